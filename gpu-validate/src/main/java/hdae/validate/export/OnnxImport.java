package hdae.validate.export;

import hdae.validate.ValidationException;
import hdae.validate.model.Classifier;
import hdae.validate.model.DenseLayerParameters;
import hdae.validate.model.Precision;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onnx.Onnx;
import org.nd4j.shade.protobuf.InvalidProtocolBufferException;

/**
 * A plain ONNX MLP (for example {@code torch.onnx.export} of {@code nn.Sequential(Linear, ReLU, ..., Linear)})
 * read from its protobuf with the ONNX message classes that ND4J ships ({@code onnx.Onnx}), and turned into
 * hdae's dense classifier
 * \[ h_{i+1} = \mathrm{relu}(h_i W_i + b_i)\ (i < L-1),\quad z = h_{L-1} W_{L-1} + b_{L-1}. \]
 * Supported operators, in one chain from the single graph input to the single output: {@code Gemm}
 * (\(\alpha = \beta = 1\), no transA; \(W = B^\top\) when transB) or {@code MatMul} followed by {@code Add},
 * each with its weights and bias as initializers (float32 or float64); {@code Relu} after every layer but the
 * last; {@code Flatten} (axis 1) and {@code Identity}, which leave a row of features unchanged; a final
 * {@code Softmax}, dropped as in {@link KerasImport}. Any other operator (Conv, Sigmoid, Tanh, BatchNormalization,
 * ...) is refused with the node named.
 *
 * <p>Why not Deeplearning4j's own ONNX importer: {@code samediff-import-onnx} 1.0.0-M2.1 builds a SameDiff
 * graph, not the {@code MultiLayerNetwork} whose dense layers hdae's attacks and certificates read, and would
 * bring the ONNX runtime natives of every platform and JGit; for a plain MLP the protobuf carries all there is.
 */
public final class OnnxImport {

    /** ONNX TensorProto.DataType codes (onnx.proto): FLOAT and DOUBLE. */
    private static final int FLOAT = 1;
    private static final int DOUBLE = 11;

    private OnnxImport() {
    }

    /**
     * Reads an ONNX MLP.
     *
     * @param file      the {@code .onnx} file
     * @param precision the number type of the rebuilt network
     * @return the classifier
     */
    public static Classifier read(Path file, Precision precision) {
        ModelFile.requireReadable(file);
        Onnx.GraphProto graph = parse(file).getGraph();
        Map<String, Onnx.TensorProto> initializers = new HashMap<>();
        for (Onnx.TensorProto t : graph.getInitializerList()) {
            initializers.put(t.getName(), t);
        }
        List<String> inputs = graph.getInputList().stream().map(Onnx.ValueInfoProto::getName)
                .filter(n -> !initializers.containsKey(n)).toList();
        if (inputs.size() != 1 || graph.getOutputCount() != 1 || graph.getNodeCount() == 0) {
            throw bad(file, "a graph of one input, one output and at least one node", inputs.size() + " inputs, "
                    + graph.getOutputCount() + " outputs, " + graph.getNodeCount() + " nodes");
        }
        String current = inputs.get(0);
        List<DenseLayerParameters> layers = new ArrayList<>();
        boolean activated = true;
        List<Onnx.NodeProto> nodes = graph.getNodeList();
        for (int i = 0; i < nodes.size(); i++) {
            Onnx.NodeProto node = nodes.get(i);
            String where = node.getOpType() + " node '" + node.getName() + "'";
            if (node.getInputCount() == 0 || !node.getInput(0).equals(current) || node.getOutputCount() != 1) {
                throw bad(file, "one chain of nodes from the input to the output", where + " off the chain");
            }
            switch (node.getOpType()) {
                case "Flatten", "Identity" -> {
                    if (node.getOpType().equals("Flatten") && attribute(node, "axis", 1) != 1) {
                        throw unsupported(file, where + " with axis " + attribute(node, "axis", 1));
                    }
                }
                case "Gemm" -> {
                    layers.add(gemm(file, node, where, initializers));
                    activated = false;
                }
                case "MatMul" -> {
                    Onnx.NodeProto add = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
                    if (add == null || !add.getOpType().equals("Add") || add.getInputCount() != 2
                            || !add.getInput(0).equals(node.getOutput(0))) {
                        throw unsupported(file, where + " not followed by Add of a bias");
                    }
                    double[][] w = matrix(file, tensor(file, initializers, node, 1), false);
                    layers.add(new DenseLayerParameters(w, bias(file, tensor(file, initializers, add, 1), w[0].length)));
                    node = add;
                    i++;
                    activated = false;
                }
                case "Relu" -> {
                    if (activated) {
                        throw unsupported(file, where + " not after a Gemm or MatMul+Add layer");
                    }
                    activated = true;
                }
                case "Softmax" -> {
                    if (i != nodes.size() - 1 || activated) {
                        throw unsupported(file, where + " other than last, after the last layer");
                    }
                }
                default -> throw unsupported(file, where);
            }
            current = node.getOutput(0);
        }
        if (layers.isEmpty() || !current.equals(graph.getOutput(0).getName())) {
            throw bad(file, "a chain ending in the graph's output", layers.size() + " layers, ending in " + current);
        }
        // each Relu follows a layer (checked above); one fewer than the layers leaves the last one linear
        long relus = nodes.stream().filter(n -> n.getOpType().equals("Relu")).count();
        if (relus != layers.size() - 1) {
            throw unsupported(file, relus + " Relu nodes for " + layers.size() + " layers (one between each two)");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).in() != layers.get(l - 1).out()) {
                throw bad(file, "layers that chain", "layer " + l + " takes " + layers.get(l).in() + " inputs, layer "
                        + (l - 1) + " gives " + layers.get(l - 1).out());
            }
        }
        return MlpExport.classifier(layers, precision);
    }

    private static Onnx.ModelProto parse(Path file) {
        try {
            return Onnx.ModelProto.parseFrom(Files.readAllBytes(file));
        } catch (InvalidProtocolBufferException e) {
            throw bad(file, "an ONNX model (a ModelProto protobuf)", "unreadable protobuf: " + e.getMessage());
        } catch (IOException e) {
            throw ValidationException.expected("a readable file", "file " + file, e.getMessage(), e);
        }
    }

    /** Gemm: Y = alpha A B' + beta C with B' = B or B^T; here alpha = beta = 1 and A the features. */
    private static DenseLayerParameters gemm(Path file, Onnx.NodeProto node, String where,
            Map<String, Onnx.TensorProto> initializers) {
        if (node.getInputCount() != 3 || attribute(node, "transA", 0) != 0 || attributeF(node, "alpha") != 1
                || attributeF(node, "beta") != 1) {
            throw unsupported(file, where + " other than A B + C or A B^T + C");
        }
        double[][] w = matrix(file, tensor(file, initializers, node, 1), attribute(node, "transB", 0) == 1);
        return new DenseLayerParameters(w, bias(file, tensor(file, initializers, node, 2), w[0].length));
    }

    private static Onnx.TensorProto tensor(Path file, Map<String, Onnx.TensorProto> initializers, Onnx.NodeProto node,
            int input) {
        Onnx.TensorProto t = initializers.get(node.getInput(input));
        if (t == null) {
            throw unsupported(file, node.getOpType() + " node '" + node.getName() + "' whose input " + input
                    + " is not a constant initializer");
        }
        return t;
    }

    private static double[][] matrix(Path file, Onnx.TensorProto t, boolean transpose) {
        if (t.getDimsCount() != 2 || t.getDims(0) < 1 || t.getDims(1) < 1) {
            throw bad(file, "a weight matrix of two dimensions", "tensor '" + t.getName() + "' of dims "
                    + t.getDimsList());
        }
        int rows = (int) t.getDims(0);
        int cols = (int) t.getDims(1);
        double[] v = values(file, t, (long) rows * cols);
        double[][] w = transpose ? new double[cols][rows] : new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (transpose) {
                    w[c][r] = v[r * cols + c];
                } else {
                    w[r][c] = v[r * cols + c];
                }
            }
        }
        return w;
    }

    private static double[] bias(Path file, Onnx.TensorProto t, int out) {
        long size = t.getDimsList().stream().mapToLong(Long::longValue).reduce(1, (a, b) -> a * b);
        if (size != out || t.getDimsCount() > 2) {
            throw bad(file, "a bias of " + out + " values", "tensor '" + t.getName() + "' of dims " + t.getDimsList());
        }
        return values(file, t, out);
    }

    /** The tensor's values as doubles, from raw_data (little-endian) or the typed field. */
    private static double[] values(Path file, Onnx.TensorProto t, long count) {
        if (t.getDataType() != FLOAT && t.getDataType() != DOUBLE) {
            throw bad(file, "float32 or float64 tensors", "tensor '" + t.getName() + "' of data type "
                    + t.getDataType());
        }
        boolean isFloat = t.getDataType() == FLOAT;
        double[] v = new double[(int) count];
        if (!t.getRawData().isEmpty()) {
            ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            if (raw.remaining() != count * (isFloat ? 4 : 8)) {
                throw bad(file, count + " values", "tensor '" + t.getName() + "' of " + raw.remaining() + " bytes");
            }
            for (int i = 0; i < count; i++) {
                v[i] = isFloat ? raw.getFloat() : raw.getDouble();
            }
            return v;
        }
        int stored = isFloat ? t.getFloatDataCount() : t.getDoubleDataCount();
        if (stored != count) {
            throw bad(file, count + " values", "tensor '" + t.getName() + "' of " + stored);
        }
        for (int i = 0; i < count; i++) {
            v[i] = isFloat ? t.getFloatData(i) : t.getDoubleData(i);
        }
        return v;
    }

    private static long attribute(Onnx.NodeProto node, String name, long absent) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).mapToLong(Onnx.AttributeProto::getI)
                .findFirst().orElse(absent);
    }

    private static double attributeF(Onnx.NodeProto node, String name) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name))
                .mapToDouble(Onnx.AttributeProto::getF).findFirst().orElse(1.0);
    }

    private static ValidationException unsupported(Path file, Object what) {
        return bad(file, "an MLP of Gemm or MatMul+Add layers with Relu between (also Flatten, Identity, a final "
                + "Softmax)", "unsupported " + what);
    }

    private static ValidationException bad(Path file, String expected, Object got) {
        return ValidationException.expected(expected, "file " + file, got);
    }
}
