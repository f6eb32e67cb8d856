package hdae.validate.model;

import hdae.validate.ValidationException;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds DL4J configurations from a {@link ModelSpec}: the trainable network (softmax output with
 * cross-entropy loss) and its logit twin, the same layers and parameter layout with an identity last layer,
 * through which input gradients of any weighted sum of logits are back-propagated.
 */
final class Networks {

    /** Output channels of the CNN's two convolutions. */
    private static final int[] CNN_CHANNELS = {8, 16};

    private Networks() {
    }

    /**
     * The trainable network, initialised from the seed.
     *
     * @param spec         the shape
     * @param seed         seed of the weight initialisation
     * @param learningRate Adam step size
     * @return an initialised network
     */
    static MultiLayerNetwork trainable(ModelSpec spec, long seed, double learningRate) {
        Layer output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(spec.classes())
                .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration(spec, seed, output,
                new NeuralNetConfiguration.Builder().updater(new Adam(learningRate)), WorkspaceMode.ENABLED));
        network.init();
        return network;
    }

    /**
     * The logit twin, carrying a copy of the parameters of {@code trained}.
     *
     * @param spec    the shape
     * @param trained a network built by {@link #trainable}
     * @return the twin, whose output is the logits z
     * @throws ValidationException if {@code trained} does not have the parameter count of {@code spec}
     */
    static MultiLayerNetwork logitTwin(ModelSpec spec, MultiLayerNetwork trained) {
        Layer output = new DenseLayer.Builder().nOut(spec.classes()).activation(Activation.IDENTITY)
                .weightInit(WeightInit.XAVIER).build();
        // no workspaces in the twin: the arrays it hands out must outlive the call that made them
        MultiLayerNetwork twin = new MultiLayerNetwork(configuration(spec, 0L, output,
                new NeuralNetConfiguration.Builder().updater(new NoOp()), WorkspaceMode.NONE));
        twin.init();
        if (twin.numParams() != trained.numParams()) {
            throw ValidationException.expected(twin.numParams() + " parameters for " + spec.canonical(),
                    "network", trained.numParams());
        }
        twin.setParams(trained.params());
        return twin;
    }

    private static MultiLayerConfiguration configuration(ModelSpec spec, long seed, Layer output,
                                                         NeuralNetConfiguration.Builder builder,
                                                         WorkspaceMode workspaces) {
        NeuralNetConfiguration.ListBuilder list = builder.seed(seed)
                .dataType(spec.precision().dataType())
                .trainingWorkspaceMode(workspaces)
                .inferenceWorkspaceMode(workspaces)
                .list();
        int index = 0;
        switch (spec.architecture()) {
            case SOFTMAX_REGRESSION:
                list.setInputType(InputType.feedForward(spec.inputs()));
                break;
            case MLP:
                list.setInputType(InputType.feedForward(spec.inputs()));
                for (int width : spec.hidden()) {
                    list.layer(index++, new DenseLayer.Builder().nOut(width).activation(Activation.RELU)
                            .weightInit(WeightInit.RELU).build());
                }
                break;
            case CNN:
                list.setInputType(InputType.convolutionalFlat(spec.height(), spec.width(), 1));
                for (int channels : CNN_CHANNELS) {
                    list.layer(index++, new ConvolutionLayer.Builder(3, 3).nOut(channels)
                            .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU)
                            .weightInit(WeightInit.RELU).build());
                    list.layer(index++, new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                            .kernelSize(2, 2).stride(2, 2).convolutionMode(ConvolutionMode.Truncate).build());
                }
                list.layer(index++, new DenseLayer.Builder().nOut(spec.hidden().get(0)).activation(Activation.RELU)
                        .weightInit(WeightInit.RELU).build());
                break;
            default:
                throw new AssertionError(spec.architecture());
        }
        list.layer(index, output);
        return list.build();
    }
}
