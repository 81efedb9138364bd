package org.postlens.runtime.encoder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT model's weights under Hugging Face's names ({@code encoder.layer.0.attention.self.query.weight}, ...)
 * and in PyTorch's layout, from an ONNX export of it.
 *
 * <p>PyTorch's exporter keeps the names of biases and LayerNorm weights, but writes each Linear layer's weight
 * as an anonymous, transposed MatMul operand ({@code onnx::MatMul_787}, [in, out]). Such a weight is named
 * here after the bias that the graph adds to its product ({@code ...query.bias} gives {@code ...query.weight})
 * and transposed back to [out, in].
 */
public final class BertStateDict {

    private BertStateDict() {}

    public static Map<String, FloatTensor> fromOnnx(OnnxModelFile onnx) {
        Map<String, FloatTensor> initializers = onnx.initializers();
        Map<String, OnnxNode> consumers = new HashMap<>();
        for (OnnxNode node : onnx.nodes()) {
            for (String input : node.inputs()) {
                consumers.putIfAbsent(input, node);
            }
        }
        Map<String, FloatTensor> weights = new LinkedHashMap<>();
        for (Map.Entry<String, FloatTensor> initializer : initializers.entrySet()) {
            if (!isAnonymous(initializer.getKey())) {
                weights.put(initializer.getKey(), initializer.getValue());
            }
        }
        for (OnnxNode node : onnx.nodes()) {
            if (!node.opType().equals("MatMul") || node.inputs().size() != 2 || !initializers.containsKey(node.inputs().get(1))) {
                continue;
            }
            String matrix = node.inputs().get(1);
            String bias = addedBias(consumers.get(node.outputs().get(0)), node.outputs().get(0), initializers);
            if (bias == null || !bias.endsWith(".bias")) {
                throw new IllegalArgumentException("Cannot name the weight " + matrix + " of " + node.name()
                        + ": no bias is added to its product");
            }
            String name = bias.substring(0, bias.length() - ".bias".length()) + ".weight";
            if (weights.put(name, initializers.get(matrix).transposed()) != null) {
                throw new IllegalArgumentException("Two weights would be named " + name);
            }
        }
        return weights;
    }

    private static boolean isAnonymous(String name) {
        return name.startsWith("onnx::");
    }

    private static String addedBias(OnnxNode add, String product, Map<String, FloatTensor> initializers) {
        if (add == null || !add.opType().equals("Add")) {
            return null;
        }
        List<String> operands = add.inputs();
        for (String operand : operands) {
            if (!operand.equals(product) && initializers.containsKey(operand)) {
                return operand;
            }
        }
        return null;
    }
}
