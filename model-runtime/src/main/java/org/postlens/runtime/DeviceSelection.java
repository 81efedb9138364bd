package org.postlens.runtime;

import ai.djl.Device;

/** Turns the user's preference and the engine's GPU count into a device. */
public final class DeviceSelection {

    static final String GPU_HELP = "No CUDA GPU is usable by ONNX Runtime. To run on the GPU, put the "
            + "com.microsoft.onnxruntime:onnxruntime_gpu build (1.2x) on the class path instead of the CPU "
            + "onnxruntime jar, and install NVIDIA CUDA 12 and cuDNN 9 (onnxruntime_gpu does not bundle them); "
            + "or choose the CPU.";

    private DeviceSelection() {}

    public static Device select(DevicePreference preference, int gpuCount) {
        return switch (preference) {
            case CPU -> Device.cpu();
            case AUTO -> gpuCount > 0 ? Device.gpu() : Device.cpu();
            case GPU -> {
                if (gpuCount <= 0) {
                    throw new ModelRuntimeException(GPU_HELP);
                }
                yield Device.gpu();
            }
        };
    }

    /** "cpu" or "gpu(N)", as runs record it. */
    public static String name(Device device) {
        return device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu";
    }
}
