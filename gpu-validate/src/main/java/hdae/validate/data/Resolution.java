package hdae.validate.data;

import hdae.validate.ValidationException;

/**
 * Resolution changes of image data sets that keep what the image shows.
 *
 * <p>Area-average downsampling by an integer factor \(f\) maps an \(H \times W\) image to
 * \((H/f) \times (W/f)\) with \[ x'_{r,c} = \frac{1}{f^2} \sum_{i<f,\,j<f} x_{fr+i,\,fc+j}, \]
 * which keeps the mean intensity. Pixel-replication upsampling \(x'_{r,c} = x_{\lfloor r/f\rfloor,
 * \lfloor c/f\rfloor}\) multiplies the dimension \(n\) by \(f^2\) and adds no information (it is the contrast
 * case: more dimensions, same content). MNIST 28x28 gives 14x14 (\(f=2\)) and 7x7 (\(f=4\)).
 */
public final class Resolution {

    private Resolution() {
    }

    /**
     * Area-average downsampling.
     *
     * @param images an image data set whose height and width are multiples of {@code factor}
     * @param factor the factor f, at least 1
     * @return the downsampled set, named {@code <name>@<h>x<w>}
     */
    public static Dataset downsample(Dataset images, int factor) {
        requireImages(images);
        if (!(factor >= 1 && images.height() % factor == 0 && images.width() % factor == 0)) {
            throw ValidationException.expected("a factor >= 1 dividing " + images.height() + " and " + images.width(),
                    "factor", factor);
        }
        int height = images.height() / factor;
        int width = images.width() / factor;
        int inWidth = images.width();
        int inSize = images.dimension();
        int outSize = height * width;
        float[] in = images.storage();
        float[] out = new float[images.size() * outSize];
        double scale = 1.0 / ((double) factor * factor);
        for (int k = 0; k < images.size(); k++) {
            int inBase = k * inSize;
            int outBase = k * outSize;
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    double sum = 0;
                    for (int i = 0; i < factor; i++) {
                        int rowBase = inBase + (factor * r + i) * inWidth + factor * c;
                        for (int j = 0; j < factor; j++) {
                            sum += in[rowBase + j];
                        }
                    }
                    out[outBase + r * width + c] = (float) (sum * scale);
                }
            }
        }
        return images.withFeatures(images.name() + "@" + height + "x" + width, out, height, width, outSize);
    }

    /**
     * Pixel-replication upsampling.
     *
     * @param images an image data set
     * @param factor the factor f, at least 1
     * @return the upsampled set, named {@code <name>@<h>x<w>}
     */
    public static Dataset upsample(Dataset images, int factor) {
        requireImages(images);
        if (!(factor >= 1 && (long) images.height() * factor * images.width() * factor <= 1 << 24)) {
            throw ValidationException.expected("a factor >= 1 giving at most 2^24 pixels", "factor", factor);
        }
        int height = images.height() * factor;
        int width = images.width() * factor;
        int inWidth = images.width();
        int inSize = images.dimension();
        int outSize = height * width;
        float[] in = images.storage();
        float[] out = new float[images.size() * outSize];
        for (int k = 0; k < images.size(); k++) {
            int inBase = k * inSize;
            int outBase = k * outSize;
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    out[outBase + r * width + c] = in[inBase + (r / factor) * inWidth + c / factor];
                }
            }
        }
        return images.withFeatures(images.name() + "@" + height + "x" + width, out, height, width, outSize);
    }

    private static void requireImages(Dataset data) {
        if (!data.isImage()) {
            throw ValidationException.expected("an image data set", "images", data);
        }
    }
}
