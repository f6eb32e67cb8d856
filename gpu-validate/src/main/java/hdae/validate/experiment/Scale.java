package hdae.validate.experiment;

/**
 * How much data and training an experiment spends. {@code QUICK} is what {@code mvn test} runs (seconds on two
 * CPU cores); {@code FULL} is the report's scale, run from {@link Validation}.
 */
public enum Scale {
    /** 4000 training images, 2 epochs, 500 test images, 3 seeds. */
    QUICK(4_000, 500, 2, 3),
    /** All 60000 training images, 10 epochs, all 10000 test images, 5 seeds. */
    FULL(60_000, 10_000, 10, 5);

    private final int trainImages;
    private final int testImages;
    private final int epochs;
    private final int seeds;

    Scale(int trainImages, int testImages, int epochs, int seeds) {
        this.trainImages = trainImages;
        this.testImages = testImages;
        this.epochs = epochs;
        this.seeds = seeds;
    }

    /** @return MNIST training images used (the first ones of the training file) */
    public int trainImages() {
        return trainImages;
    }

    /** @return MNIST test images used (the first ones of the test file) */
    public int testImages() {
        return testImages;
    }

    /** @return training epochs */
    public int epochs() {
        return epochs;
    }

    /** @return independent training seeds where an experiment repeats its training */
    public int seeds() {
        return seeds;
    }
}
