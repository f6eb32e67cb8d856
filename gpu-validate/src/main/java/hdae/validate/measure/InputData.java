package hdae.validate.measure;

import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.data.Resolution;
import hdae.validate.export.Npz;
import hdae.validate.export.NpyArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the inputs of a measurement come from: the bundled MNIST test set at a chosen side (7, 14, 28 or 56
 * pixels: area-averaged down or replicated up from 28x28), or a user's pair of files, each either IDX (plain
 * or gzip, as MNIST) or NumPy {@code .npy}. An {@code .npy} image array has shape (N, n) or (N, h, w), dtype
 * float (values in [0,1]) or uint8 (values 0-255, divided by 255); labels have shape (N,) and integer values
 * in [0, classes). Every problem is one {@link ValidationException} naming the file.
 */
public final class InputData {

    private InputData() {
    }

    /**
     * The bundled MNIST test set at a side length.
     *
     * @param side 7, 14, 28 or 56
     * @return the test set, 10,000 images of side x side pixels
     */
    public static Dataset mnist(int side) {
        Dataset test = Mnist.test();
        return switch (side) {
            case 7 -> Resolution.downsample(test, 4);
            case 14 -> Resolution.downsample(test, 2);
            case 28 -> test;
            case 56 -> Resolution.upsample(test, 2);
            default -> throw ValidationException.expected("an MNIST side of 7, 14, 28 or 56", "--data mnist:SIDE", side);
        };
    }

    /**
     * A user's images and labels.
     *
     * @param images  the images, {@code .npy} or IDX (plain or gzip)
     * @param labels  the labels, {@code .npy} or IDX
     * @param classes the number of classes of the network they are for
     * @return the data set
     */
    public static Dataset files(Path images, Path labels, int classes) {
        requireFile(images);
        requireFile(labels);
        if (!isNpy(images) && !isNpy(labels)) {
            Dataset d = Mnist.fromFiles(images, labels, images.toString());
            if (d.classes() > classes) {
                throw ValidationException.expected("labels below the network's " + classes + " classes", "file "
                        + labels, d.classes() + " classes");
            }
            return d;
        }
        if (!isNpy(images) || !isNpy(labels)) {
            throw ValidationException.expected("images and labels in the same format (.npy, or IDX)", "files",
                    images + " and " + labels);
        }
        NpyArray x = Npz.decode(read(images), "file " + images);
        NpyArray y = Npz.decode(read(labels), "file " + labels);
        return fromArrays(x, y, classes, images, labels);
    }

    private static Dataset fromArrays(NpyArray x, NpyArray y, int classes, Path images, Path labels) {
        int[] shape = x.shape();
        if (!(shape.length == 2 || shape.length == 3) || shape[0] < 1) {
            throw ValidationException.expected("an image array of shape (N, n) or (N, h, w)", "file " + images,
                    java.util.Arrays.toString(shape));
        }
        if (y.shape().length != 1 || y.shape()[0] != shape[0]) {
            throw ValidationException.expected("labels of shape (" + shape[0] + ",), one per image", "file " + labels,
                    java.util.Arrays.toString(y.shape()));
        }
        double max = 0;
        for (double v : x.data()) {
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw ValidationException.expected("finite pixel values >= 0", "file " + images, v);
            }
            max = Math.max(max, v);
        }
        // uint8 images (0-255) are scaled to [0,1]; float images must already lie in [0,1]
        double scale = max > 1 ? 1 / 255.0 : 1;
        if (max > 255) {
            throw ValidationException.expected("pixel values in [0,1] (float) or 0-255 (uint8)", "file " + images, max);
        }
        float[] features = new float[x.data().length];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) (x.data()[i] * scale);
        }
        int[] label = new int[shape[0]];
        for (int i = 0; i < label.length; i++) {
            double v = y.data()[i];
            if (!(v >= 0 && v < classes && v == Math.rint(v))) {
                throw ValidationException.expected(String.format(Locale.ROOT, "integer labels in [0, %d)", classes),
                        "file " + labels, "label " + v + " at index " + i);
            }
            label[i] = (int) v;
        }
        String name = images.toString();
        return shape.length == 3
                ? Dataset.ofImages(name, features, label, classes, shape[1], shape[2])
                : Dataset.of(name, features, label, shape[1], classes);
    }

    private static boolean isNpy(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw ValidationException.expected("a readable file", "file " + file,
                    Files.exists(file) ? "not a readable regular file" : "no such file");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ValidationException.expected("a readable file", "file " + file, "no such file", e);
        } catch (IOException e) {
            throw ValidationException.expected("a readable file", "file " + file, e.getMessage(), e);
        }
    }
}
