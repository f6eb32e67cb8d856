package hdae.validate.model;

/** The kind of network a {@link ModelSpec} describes. */
public enum Architecture {
    /** Softmax regression: logits \(z = W^\top x + b\), no hidden layer. */
    SOFTMAX_REGRESSION,
    /** A multilayer perceptron: dense layers with ReLU, then dense logits. */
    MLP,
    /** A small convolutional network (two 3x3 convolutions with max pooling, one dense layer). */
    CNN
}
