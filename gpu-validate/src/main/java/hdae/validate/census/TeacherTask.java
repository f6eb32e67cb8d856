package hdae.validate.census;

import hdae.validate.ValidationException;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.util.Locale;

/**
 * A seeded regression task: Gaussian inputs labelled by a random tanh teacher network plus Gaussian noise.
 *
 * <p>\[ x_s \sim N(0, I_d), \qquad y_s = \sum_{i=1}^{h_T} u_i \tanh(t_i \cdot x_s + e_i) + \sigma \xi_s, \]
 * with \( t_i \sim N(0, I_d / d) \), \( e_i, u_i, \xi_s \sim N(0, 1) \) independent (generator
 * {@code XO_RO_SHI_RO_128_PP} with the given seed). The noise keeps the zero-loss manifold out of reach, so the
 * student's minima have positive loss and generic (non-degenerate) Hessians.
 *
 * @param inputs the inputs \( x_s \), \( m \times d \)
 * @param targets the targets \( y_s \), length \( m \)
 * @param description one line naming the task and its parameters
 */
public record TeacherTask(double[][] inputs, double[] targets, String description) {

    /**
     * Draws a task.
     *
     * @param inputDimension \( d \ge 1 \)
     * @param teacherWidth \( h_T \ge 1 \)
     * @param samples \( m \ge 1 \)
     * @param noise \( \sigma \ge 0 \)
     * @param seed the seed
     * @return the task
     */
    public static TeacherTask draw(int inputDimension, int teacherWidth, int samples, double noise, long seed) {
        if (!(inputDimension >= 1 && teacherWidth >= 1 && samples >= 1)) {
            throw ValidationException.expected("inputDimension, teacherWidth and samples >= 1",
                    "task shape", inputDimension + "," + teacherWidth + "," + samples);
        }
        if (!(noise >= 0 && noise < Double.POSITIVE_INFINITY)) {
            throw ValidationException.expected("finite noise >= 0", "noise", noise);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] t = new double[teacherWidth][inputDimension];
        double[] e = new double[teacherWidth];
        double[] u = new double[teacherWidth];
        double scale = 1 / Math.sqrt(inputDimension);
        for (int i = 0; i < teacherWidth; i++) {
            for (int j = 0; j < inputDimension; j++) {
                t[i][j] = scale * gauss.sample();
            }
            e[i] = gauss.sample();
            u[i] = gauss.sample();
        }
        double[][] x = new double[samples][inputDimension];
        double[] y = new double[samples];
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < inputDimension; j++) {
                x[s][j] = gauss.sample();
            }
            double out = 0;
            for (int i = 0; i < teacherWidth; i++) {
                double z = e[i];
                for (int j = 0; j < inputDimension; j++) {
                    z += t[i][j] * x[s][j];
                }
                out += u[i] * Math.tanh(z);
            }
            y[s] = out + noise * gauss.sample();
        }
        String text = String.format(Locale.ROOT,
                "tanh teacher: d = %d, teacher width %d, m = %d Gaussian inputs, noise sd %.3g, seed %d",
                inputDimension, teacherWidth, samples, noise, seed);
        return new TeacherTask(x, y, text);
    }
}
