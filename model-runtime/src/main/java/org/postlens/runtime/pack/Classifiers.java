package org.postlens.runtime.pack;

import ai.djl.Device;
import org.postlens.runtime.TextClassifier;
import org.postlens.runtime.TextEncoder;

/** Opens the classifier a pack describes, whatever its model family. */
public final class Classifiers {

    private Classifiers() {}

    /** @param device where to run, or null for the engine's default (the GPU when it sees one) */
    public static TextClassifier open(ModelPack pack, Device device) throws InvalidModelPackException {
        return open(pack, device, null);
    }

    /**
     * @param encoder for packs that read encoder vectors ({@link TextClassifier#encoderId()}): lets
     *     {@link TextClassifier#classify(java.util.List)} encode texts itself; null to require callers to pass
     *     vectors. Ignored by other packs; not closed by the classifier.
     */
    public static TextClassifier open(ModelPack pack, Device device, TextEncoder encoder) throws InvalidModelPackException {
        if (ParamsModels.isTextModel(pack.servingProperties())) {
            return TextModelClassifier.open(pack, device, encoder);
        }
        return DjlTextClassifier.open(pack, device);
    }
}
