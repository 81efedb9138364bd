package org.postlens.runtime.encoder;

import java.util.List;

/** One node of an ONNX graph: its operator and the names of the values it reads and writes. */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs) {}
