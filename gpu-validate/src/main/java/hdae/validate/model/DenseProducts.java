package hdae.validate.model;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasColMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three matrix products of {@link DenseTraining}'s step, each one call of OpenBLAS's {@code cblas_?gemm} on the
 * native buffers, in the argument forms that give the bits of ND4J's own calls (the library ND4J's CPU backend calls,
 * with the same operands, transpositions and output layout; DenseTrainingTest compares the trained parameters with
 * DL4J's {@code fit} bit for bit). For a minibatch \(H\) (B rows of n inputs, row-major), a layer's weights \(W\)
 * (n by m, column-major in DL4J's parameter buffer) and the gradient \(\Delta\) of its output (B by m, row-major):
 * <ul>
 * <li>{@link #forward}: \(Z = H W\) into a column-major B by m array, the product ND4J's {@code mmuli} computes
 *     into a column-major temporary and then copies row-major;</li>
 * <li>{@link #weightGradient}: \(\partial W = H^\top \Delta\) into W's column-major layout ({@code Nd4j.gemm});</li>
 * <li>{@link #backward}: \(G = \Delta W^\top\), row-major B by n ({@code Nd4j.gemm}).</li>
 * </ul>
 * Calling the library directly leaves out ND4J's dispatch, validation and copy around each product: measured in a
 * loop of 1000 on this machine (thread CPU, under load), the forward product of 784-128-10 at B = 128 took 380 to
 * 420 us through {@code mmuli} and 270 to 295 us as one {@code cblas_sgemm}, the weight gradient 315 to 326 against
 * 291 to 296 us. Only the CPU backend's buffers are host memory that OpenBLAS can read: {@link #available()}.
 */
final class DenseProducts {

    private DenseProducts() {
    }

    /**
     * @return whether ND4J runs on its CPU backend, whose buffers these products read and write (on another
     *         backend the trainer keeps DL4J's {@code fit})
     */
    static boolean available() {
        return "CpuBackend".equals(Nd4j.getBackend().getClass().getSimpleName());
    }

    /**
     * \(Z = H W\).
     *
     * @param h       H, B by n, row-major at the start of its buffer
     * @param w       the buffer holding W
     * @param wOffset where W (n by m, column-major) starts in it
     * @param z       Z's buffer, written column-major (B by m)
     * @param rows    B
     * @param n       inputs
     * @param m       outputs
     */
    static void forward(DataBuffer h, DataBuffer w, long wOffset, DataBuffer z, int rows, int n, int m) {
        gemm(CblasTrans, CblasNoTrans, rows, m, n, h, 0, n, w, wOffset, n, z, 0, rows);
    }

    /**
     * \(\partial W = H^\top \Delta\).
     *
     * @param h        H, B by n, row-major at the start of its buffer
     * @param delta    \(\Delta\), B by m, row-major at the start of its buffer
     * @param gradient the buffer holding \(\partial W\)
     * @param offset   where \(\partial W\) (n by m, column-major) starts in it
     * @param rows     B
     * @param n        inputs
     * @param m        outputs
     */
    static void weightGradient(DataBuffer h, DataBuffer delta, DataBuffer gradient, long offset, int rows, int n,
                               int m) {
        gemm(CblasNoTrans, CblasTrans, n, m, rows, h, 0, n, delta, 0, m, gradient, offset, n);
    }

    /**
     * \(G = \Delta W^\top\).
     *
     * @param delta   \(\Delta\), B by m, row-major at the start of its buffer
     * @param w       the buffer holding W
     * @param wOffset where W (n by m, column-major) starts in it
     * @param g       G's buffer, written row-major (B by n)
     * @param rows    B
     * @param n       inputs
     * @param m       outputs
     */
    static void backward(DataBuffer delta, DataBuffer w, long wOffset, DataBuffer g, int rows, int n, int m) {
        gemm(CblasNoTrans, CblasNoTrans, n, rows, m, w, wOffset, n, delta, 0, m, g, 0, n);
    }

    /** \(C = \mathrm{op}(A)\,\mathrm{op}(B)\), column-major, in the buffers' type (FLOAT or DOUBLE). */
    private static void gemm(int transA, int transB, int rows, int cols, int inner, DataBuffer a, long aOffset,
                             int lda, DataBuffer b, long bOffset, int ldb, DataBuffer c, long cOffset, int ldc) {
        if (c.dataType() == DataType.FLOAT) {
            cblas_sgemm(CblasColMajor, transA, transB, rows, cols, inner, 1f,
                    new FloatPointer(a.addressPointer()).position(aOffset), lda,
                    new FloatPointer(b.addressPointer()).position(bOffset), ldb, 0f,
                    new FloatPointer(c.addressPointer()).position(cOffset), ldc);
        } else {
            cblas_dgemm(CblasColMajor, transA, transB, rows, cols, inner, 1.0,
                    new DoublePointer(a.addressPointer()).position(aOffset), lda,
                    new DoublePointer(b.addressPointer()).position(bOffset), ldb, 0.0,
                    new DoublePointer(c.addressPointer()).position(cOffset), ldc);
        }
    }
}
