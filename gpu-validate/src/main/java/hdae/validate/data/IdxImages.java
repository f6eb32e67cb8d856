package hdae.validate.data;

/**
 * The content of an IDX image file: {@code count} greyscale images of {@code rows x columns} unsigned bytes,
 * stored row-major one image after the other.
 *
 * @param source  the file or resource the images came from
 * @param count   the number of images
 * @param rows    pixel rows per image
 * @param columns pixel columns per image
 * @param pixels  {@code count * rows * columns} bytes, each read as an unsigned value 0..255
 */
public record IdxImages(String source, int count, int rows, int columns, byte[] pixels) {

    /**
     * One pixel value.
     *
     * @param image the image index
     * @param pixel the pixel index within the image, row-major
     * @return the value in [0, 255]
     */
    public int pixel(int image, int pixel) {
        return pixels[image * rows * columns + pixel] & 0xFF;
    }
}
