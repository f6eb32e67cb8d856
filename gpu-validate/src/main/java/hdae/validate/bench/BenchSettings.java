package hdae.validate.bench;

import hdae.validate.ValidationException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the toolkit benchmark runs: the network trained, how much data, and the attacks' settings. Every
 * figure is defined so that the PyTorch reference ({@code gpu-validate/bench/torch_reference.py}) can run
 * the same workload.
 *
 * @param epochs       training epochs, in [1, 1000]
 * @param trainSize    training images, in [1, 60000] (the MNIST training set)
 * @param images       attacked test images, in [1, 10000]
 * @param hidden       hidden widths of the ReLU MLP, for example [128] or [128, 128]
 * @param pgdSteps     PGD-L2 steps T (step 2.5 eps / T), at least 1
 * @param deepFoolBox  whether DeepFool is box-aware (clipped to [0,1]) or the textbook, unclipped attack
 * @param bisection    whether to time the minimal-L2 PGD bisection (slower)
 * @param seed         seed of training and of the random starts
 * @param export       where to write the trained network as {@code .npz}, if anywhere
 */
public record BenchSettings(int epochs, int trainSize, int images, List<Integer> hidden, int pgdSteps,
        boolean deepFoolBox, boolean bisection, long seed, Optional<Path> export) {

    /** Training images in MNIST. */
    public static final int MNIST_TRAIN = 60_000;
    /** Test images in MNIST. */
    public static final int MNIST_TEST = 10_000;

    public BenchSettings {
        // MNIST has 60,000 training and 10,000 test images: a larger count is refused, not silently cut
        requireIn(epochs, 1, 1000, "--epochs");
        requireIn(trainSize, 1, MNIST_TRAIN, "--train-size");
        requireIn(images, 1, MNIST_TEST, "--images");
        requireIn(pgdSteps, 1, 10_000, "--pgd-steps");
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty()) {
            throw ValidationException.expected("at least one hidden layer", "--hidden", hidden);
        }
        hidden.forEach(w -> requireIn(w, 1, 65_536, "--hidden"));
    }

    /** @return the defaults: one epoch of all 60,000 images, 1000 attacked images, 784-128-10, PGD of 20 steps */
    public static BenchSettings defaults() {
        return new BenchSettings(1, MNIST_TRAIN, 1000, List.of(128), 20, true, false, 1L, Optional.empty());
    }

    /** @return the architecture, for example {@code 784-128-10} */
    public String architecture() {
        StringBuilder s = new StringBuilder("784");
        hidden.forEach(w -> s.append('-').append(w));
        return s.append("-10").toString();
    }

    /**
     * The one range check of the benchmarks' options.
     *
     * @param value  the value given
     * @param low    the least allowed
     * @param high   the largest allowed
     * @param option the option's name on the command line, for the message
     * @throws ValidationException "expected low to high for option, got value"
     */
    public static void requireIn(int value, int low, int high, String option) {
        if (!(value >= low && value <= high)) {
            throw ValidationException.expected(low + " to " + high, option, value);
        }
    }
}
