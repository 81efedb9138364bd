package org.postlens.runtime.encoder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an ONNX model file that carry weights: the graph's nodes and its float32 initializers. An ONNX
 * file is a protobuf {@code ModelProto}; only the few fields used here are decoded (field numbers from
 * {@code onnx.proto}), everything else is skipped. Initializers of other types (such as BERT's int64
 * {@code position_ids}) are left out; weights stored outside the file (ONNX external data) are refused.
 */
public final class OnnxModelFile {

    // onnx.proto field numbers
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int TENSOR_DATA_LOCATION = 14;
    private static final int DATA_TYPE_FLOAT = 1;
    private static final int DATA_LOCATION_EXTERNAL = 1;

    private final List<OnnxNode> nodes;
    private final Map<String, FloatTensor> initializers;

    private OnnxModelFile(List<OnnxNode> nodes, Map<String, FloatTensor> initializers) {
        this.nodes = Collections.unmodifiableList(nodes);
        this.initializers = Collections.unmodifiableMap(initializers);
    }

    public static OnnxModelFile read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IOException(file + " is over 2 GB: such ONNX files keep their weights outside the file");
            }
            ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return parse(bytes);
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new IOException(file + " is not a readable ONNX model: " + e.getMessage(), e);
        }
    }

    static OnnxModelFile parse(ByteBuffer bytes) {
        ProtoReader model = new ProtoReader(bytes);
        List<OnnxNode> nodes = new ArrayList<>();
        Map<String, FloatTensor> initializers = new LinkedHashMap<>();
        boolean sawGraph = false;
        while (model.hasNext()) {
            if (model.nextField() != MODEL_GRAPH) {
                model.skip();
                continue;
            }
            sawGraph = true;
            ProtoReader graph = model.message();
            while (graph.hasNext()) {
                switch (graph.nextField()) {
                    case GRAPH_NODE -> nodes.add(node(graph.message()));
                    case GRAPH_INITIALIZER -> floatTensor(graph.message(), initializers);
                    default -> graph.skip();
                }
            }
        }
        if (!sawGraph) {
            throw new IllegalArgumentException("no graph");
        }
        return new OnnxModelFile(nodes, initializers);
    }

    public List<OnnxNode> nodes() {
        return nodes;
    }

    /** The float32 initializers by name, in file order. */
    public Map<String, FloatTensor> initializers() {
        return initializers;
    }

    private static OnnxNode node(ProtoReader node) {
        String name = "";
        String opType = "";
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        while (node.hasNext()) {
            switch (node.nextField()) {
                case NODE_INPUT -> inputs.add(node.string());
                case NODE_OUTPUT -> outputs.add(node.string());
                case NODE_NAME -> name = node.string();
                case NODE_OP_TYPE -> opType = node.string();
                default -> node.skip();
            }
        }
        return new OnnxNode(name, opType, List.copyOf(inputs), List.copyOf(outputs));
    }

    private static void floatTensor(ProtoReader tensor, Map<String, FloatTensor> into) {
        String name = null;
        long dataType = 0;
        List<Long> dims = new ArrayList<>();
        ByteBuffer raw = null;
        List<Float> floats = new ArrayList<>();
        while (tensor.hasNext()) {
            switch (tensor.nextField()) {
                case TENSOR_DIMS -> readVarints(tensor, dims);
                case TENSOR_DATA_TYPE -> dataType = tensor.varint();
                case TENSOR_FLOAT_DATA -> readFloats(tensor, floats);
                case TENSOR_NAME -> name = tensor.string();
                case TENSOR_RAW_DATA -> raw = tensor.bytes();
                case TENSOR_DATA_LOCATION -> {
                    if (tensor.varint() == DATA_LOCATION_EXTERNAL) {
                        throw new IllegalArgumentException("initializer " + name + " is stored outside the file (external data)");
                    }
                }
                default -> tensor.skip();
            }
        }
        if (dataType != DATA_TYPE_FLOAT || name == null) {
            return;
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        float[] values;
        if (raw != null) {
            FloatBuffer source = raw.asFloatBuffer();
            values = new float[source.remaining()];
            source.get(values);
        } else {
            values = new float[floats.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = floats.get(i);
            }
        }
        into.put(name, new FloatTensor(shape, values));
    }

    /** Repeated scalars come packed (one length-delimited field) or one field each; readers must take both. */
    private static void readVarints(ProtoReader reader, List<Long> into) {
        if (reader.wireType() == ProtoReader.LENGTH_DELIMITED) {
            ProtoReader packed = new ProtoReader(reader.bytes());
            while (packed.hasNext()) {
                into.add(packed.varint());
            }
        } else {
            into.add(reader.varint());
        }
    }

    private static void readFloats(ProtoReader reader, List<Float> into) {
        if (reader.wireType() == ProtoReader.LENGTH_DELIMITED) {
            FloatBuffer packed = reader.bytes().asFloatBuffer();
            while (packed.hasRemaining()) {
                into.add(packed.get());
            }
        } else {
            into.add(reader.fixed32Float());
        }
    }
}
