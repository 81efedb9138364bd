package org.postlens.runtime;

/**
 * What produced a result, as a run records it.
 *
 * @param engine the DJL engine name ("OnnxRuntime", "PyTorch")
 * @param device where it ran ("cpu", "gpu(0)")
 */
public record ModelInfo(String id, String version, int dimension, String engine, String device) {}
