/**
 * Labelled data: a strict reader of the IDX format, the real MNIST digits bundled on the classpath,
 * resolution changes that keep the image content (area-average downsampling, pixel-replication
 * upsampling), and seeded synthetic sets (a random teacher on the cube, concentric spheres, two Gaussians).
 * A {@link hdae.validate.data.Dataset} stores points row-major in single precision.
 *
 * <p>Legend: \(x \in \mathbb{R}^n\) a point; \(n\) the dimension (784 for 28x28 MNIST); \(H, W\) image height
 * and width; \(f\) a resolution factor; \(K\) the number of classes; {@code mass} the fraction of points in
 * class 1; \(r\) a sphere radius; \(d\) the distance between two class means; \(\sigma\) a standard deviation.
 */
package hdae.validate.data;
