package org.postlens.runtime.pack;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.postlens.runtime.DevicePreference;
import org.postlens.runtime.DeviceSelection;
import org.postlens.runtime.ModelRuntimeException;
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

    /**
     * Opens the pack where the user wants it: AUTO takes the GPU when the pack's engine reports one.
     *
     * @throws org.postlens.runtime.ModelRuntimeException when GPU is required and the engine sees none
     */
    public static TextClassifier openPreferring(ModelPack pack, DevicePreference preference) throws InvalidModelPackException {
        int gpus = Engine.getEngine(pack.engine()).getGpuCount();
        if (preference == DevicePreference.GPU && gpus <= 0 && pack.engine().equals("PyTorch")) {
            throw new ModelRuntimeException(PYTORCH_GPU_HELP);
        }
        return open(pack, DeviceSelection.select(preference, gpus));
    }

    static final String PYTORCH_GPU_HELP = "No CUDA GPU is usable by PyTorch (this build ships the CPU libtorch). To run"
            + " PyTorch packs on the GPU, install a CUDA build of libtorch 2.7.1 (e.g. the lib folder of a torch==2.7.1"
            + " CUDA install) and point PYTORCH_LIBRARY_PATH at it; or choose the CPU.";
}
