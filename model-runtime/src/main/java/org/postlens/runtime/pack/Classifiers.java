package org.postlens.runtime.pack;

import ai.djl.Device;
import org.postlens.runtime.TextClassifier;

/** Opens the classifier a pack describes, whatever its model family. */
public final class Classifiers {

    private Classifiers() {}

    /** @param device where to run, or null for the engine's default (the GPU when it sees one) */
    public static TextClassifier open(ModelPack pack, Device device) throws InvalidModelPackException {
        return DjlTextClassifier.open(pack, device);
    }
}
