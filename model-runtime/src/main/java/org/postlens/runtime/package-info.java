/**
 * Local model inference behind engine-neutral types, on DJL 0.35.1, offline.
 *
 * <p>Start-up: {@link org.postlens.runtime.RuntimeEnvironment#configure} (called by the encoder itself)
 * sets offline mode and puts DJL's caches under the app's data dir. {@link org.postlens.runtime.MiniLmTextEncoder}
 * copies all-MiniLM-L6-v2 out of the langchain4j jar into that dir (checked by sha256) and runs it on
 * ONNX Runtime, on the CPU unless a CUDA build of ONNX Runtime reports a GPU.
 */
package org.postlens.runtime;
