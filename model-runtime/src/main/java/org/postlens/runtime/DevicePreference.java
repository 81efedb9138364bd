package org.postlens.runtime;

/** Where the user wants models to run. AUTO takes the GPU only when the engine reports a CUDA device. */
public enum DevicePreference {
    AUTO,
    CPU,
    GPU
}
