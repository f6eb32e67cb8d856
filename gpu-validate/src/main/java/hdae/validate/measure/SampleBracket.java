package hdae.validate.measure;

/**
 * One input's bracket on its minimal adversarial L2 distance \(d^*\) inside the box:
 * {@code certified <= d* <= upper}, where {@code upper} is the smallest distance any attack found.
 *
 * @param index     the input's index in the data
 * @param label     its label
 * @param predicted the network's class
 * @param certified certified radius (0 when misclassified)
 * @param deepFool  DeepFool-L2 distance (+infinity when it failed, 0 when misclassified)
 * @param bisection minimal-L2 PGD bisection distance (likewise)
 * @param upper     {@code min(deepFool, bisection)}
 */
public record SampleBracket(int index, int label, int predicted, double certified, double deepFool,
        double bisection, double upper) {

    /** @return whether the network classifies the input correctly */
    public boolean correct() {
        return label == predicted;
    }

    /** @return whether the input is certified robust at budget eps (no adversarial within distance eps) */
    public boolean certifiedAt(double eps) {
        return correct() && certified > eps;
    }

    /** @return whether no attack found an adversarial within eps (the input may still have one) */
    public boolean unbrokenAt(double eps) {
        return correct() && upper > eps;
    }
}
