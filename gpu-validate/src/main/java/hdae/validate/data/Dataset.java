package hdae.validate.data;

import hdae.validate.ValidationException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A labelled data set: {@code size} points of \(\mathbb{R}^n\) stored row-major in single precision, each with
 * a class label in \(\{0,\dots,K-1\}\). Images are stored as their pixel rows one after the other
 * (height x width, one channel). Immutable.
 */
public final class Dataset {

    /** A short name naming the source and any transformation, for reports and cache keys. */
    private final String name;
    /** Features, row-major, {@code size * dimension} entries. */
    private final float[] features;
    /** Labels, one per point, in [0, classes). */
    private final int[] labels;
    /** Dimension n of each point. */
    private final int dimension;
    /** Number of classes K. */
    private final int classes;
    /** Image height in pixels, or 0 when the points are not images. */
    private final int height;
    /** Image width in pixels, or 0 when the points are not images. */
    private final int width;

    private Dataset(String name, float[] features, int[] labels, int dimension, int classes, int height,
                    int width) {
        this.name = name;
        this.features = features;
        this.labels = labels;
        this.dimension = dimension;
        this.classes = classes;
        this.height = height;
        this.width = width;
    }

    /**
     * A data set of plain vectors (not images). The arrays are taken over, not copied.
     *
     * @param name      a short name
     * @param features  row-major features, {@code labels.length * dimension} finite entries
     * @param labels    labels in [0, classes)
     * @param dimension the dimension n, at least 1
     * @param classes   the number of classes, at least 2
     * @return the data set
     */
    public static Dataset of(String name, float[] features, int[] labels, int dimension, int classes) {
        return ofImages(name, features, labels, dimension, classes, 0, 0);
    }

    /**
     * A data set of single-channel images of {@code height x width} pixels. The arrays are taken over.
     *
     * @param name     a short name
     * @param features row-major pixels, {@code labels.length * height * width} finite entries
     * @param labels   labels in [0, classes)
     * @param classes  the number of classes, at least 2
     * @param height   image height, at least 1
     * @param width    image width, at least 1
     * @return the data set
     */
    public static Dataset ofImages(String name, float[] features, int[] labels, int classes, int height,
                                   int width) {
        if (!(height >= 1 && width >= 1)) {
            throw ValidationException.expected("height >= 1 and width >= 1", "image shape", height + "x" + width);
        }
        return ofImages(name, features, labels, height * width, classes, height, width);
    }

    private static Dataset ofImages(String name, float[] features, int[] labels, int dimension, int classes,
                                    int height, int width) {
        if (name == null || name.isBlank()) {
            throw ValidationException.expected("a non-blank name", "name", name);
        }
        if (!(dimension >= 1)) {
            throw ValidationException.expected("dimension >= 1", "dimension", dimension);
        }
        if (!(classes >= 2)) {
            throw ValidationException.expected("classes >= 2", "classes", classes);
        }
        if ((long) labels.length * dimension != features.length) {
            throw ValidationException.expected("labels.length * dimension = " + (long) labels.length * dimension,
                    "features.length", features.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (!(labels[i] >= 0 && labels[i] < classes)) {
                throw ValidationException.expected("labels in [0, " + classes + ")", "labels[" + i + "]", labels[i]);
            }
        }
        for (int i = 0; i < features.length; i++) {
            if (!Float.isFinite(features[i])) {
                throw ValidationException.expected("finite features", "features[" + i + "]", features[i]);
            }
        }
        return new Dataset(name, features, labels, dimension, classes, height, width);
    }

    /** @return the short name */
    public String name() {
        return name;
    }

    /** @return the number of points */
    public int size() {
        return labels.length;
    }

    /** @return the dimension n of each point */
    public int dimension() {
        return dimension;
    }

    /** @return the number of classes K */
    public int classes() {
        return classes;
    }

    /** @return whether the points are images (height and width known) */
    public boolean isImage() {
        return height > 0;
    }

    /** @return image height in pixels, 0 for non-images */
    public int height() {
        return height;
    }

    /** @return image width in pixels, 0 for non-images */
    public int width() {
        return width;
    }

    /**
     * The label of one point.
     *
     * @param index the point, in [0, size)
     * @return its label
     */
    public int label(int index) {
        return labels[index];
    }

    /** @return a copy of all labels */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * One point, in double precision.
     *
     * @param index the point, in [0, size)
     * @return a fresh array of length n
     */
    public double[] row(int index) {
        double[] row = new double[dimension];
        int offset = index * dimension;
        for (int j = 0; j < dimension; j++) {
            row[j] = features[offset + j];
        }
        return row;
    }

    /**
     * The points {@code from} (inclusive) to {@code to} (exclusive), in double precision.
     *
     * @param from first index
     * @param to   index after the last
     * @return a fresh {@code (to - from) x n} matrix
     */
    public double[][] rows(int from, int to) {
        checkRange(from, to);
        double[][] rows = new double[to - from][];
        for (int i = from; i < to; i++) {
            rows[i - from] = row(i);
        }
        return rows;
    }

    /**
     * Copies the selected points into a row-major buffer (used to build training batches without exposing
     * the storage).
     *
     * @param indices the points to copy, in order
     * @param target  a buffer with at least {@code indices.length * n} entries
     */
    public void copyRows(int[] indices, float[] target) {
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(features, indices[i] * dimension, target, i * dimension, dimension);
        }
    }

    /**
     * The points {@code from} (inclusive) to {@code to} (exclusive) as a new data set.
     *
     * @param from first index
     * @param to   index after the last
     * @return the subset, named after this set and the range
     */
    public Dataset subset(int from, int to) {
        checkRange(from, to);
        float[] part = Arrays.copyOfRange(features, from * dimension, to * dimension);
        return new Dataset(name + "[" + from + ":" + to + "]", part, Arrays.copyOfRange(labels, from, to),
                dimension, classes, height, width);
    }

    /**
     * A new data set with the same labels and shape but other features (used by resolution changes).
     *
     * @param newName     its name
     * @param newFeatures row-major features for the same number of points
     * @param newHeight   image height, or 0 for non-images
     * @param newWidth    image width, or 0 for non-images
     * @param newDimension the dimension of each point
     * @return the data set
     */
    Dataset withFeatures(String newName, float[] newFeatures, int newHeight, int newWidth, int newDimension) {
        return ofImages(newName, newFeatures, labels.clone(), newDimension, classes, newHeight, newWidth);
    }

    /** @return the features' raw storage, for package-local transformations only */
    float[] storage() {
        return features;
    }

    /**
     * A SHA-256 fingerprint of the content (name excluded): shape, classes, features and labels. Two data
     * sets with the same fingerprint train the same model.
     *
     * @return 64 lower-case hex digits
     */
    public String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        digest.update(String.format(Locale.ROOT, "n=%d K=%d h=%d w=%d size=%d;", dimension, classes,
                height, width, labels.length).getBytes(StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : features) {
            if (buffer.remaining() < Float.BYTES) {
                digest.update(buffer.flip());
                buffer.clear();
            }
            buffer.putFloat(f);
        }
        for (int label : labels) {
            if (buffer.remaining() < Integer.BYTES) {
                digest.update(buffer.flip());
                buffer.clear();
            }
            buffer.putInt(label);
        }
        digest.update(buffer.flip());
        return HexFormat.of().formatHex(digest.digest());
    }

    private void checkRange(int from, int to) {
        if (!(from >= 0 && from <= to && to <= labels.length)) {
            throw ValidationException.expected("0 <= from <= to <= " + labels.length, "range", from + ":" + to);
        }
    }

    @Override
    public String toString() {
        return name + " (" + labels.length + " points, n=" + dimension + ", K=" + classes + ")";
    }
}
