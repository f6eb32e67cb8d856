package hdae.numeric.mc.geometry;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.RandomStreams;

/**
 * The seeded kernel runs shared by the coverage tests and the wrong-constant tests, so that both use exactly the
 * same machinery. Every run is seeded from the kernel and n; sample sizes keep each run well under a second on
 * two cores (about \( 2 \cdot 10^7 \) coordinate draws at most) and all at confidence
 * {@link KernelAssertions#CONFIDENCE}.
 */
final class KernelRuns {

    private KernelRuns() {
    }

    /** Samples for a kernel that costs about n draws per sample: \( \min(10^5, \max(2000, 2 \cdot 10^7/n)) \). */
    static int samplesFor(int n) {
        return Math.min(100_000, Math.max(2000, 20_000_000 / n));
    }

    /** At least 20 000 points: the half shell then has a Clopper-Pearson width below 0.04 at alpha = 1e-6. */
    static Estimate cubeShell(int n, double eps) {
        return CubeShellSampler.estimate(n, eps, Math.max(20_000, samplesFor(n)), RandomStreams.create(1_000_000L + n),
                KernelAssertions.CONFIDENCE);
    }

    static Estimate ballShell(int n, double eps, BallPoints points) {
        return BallShellSampler.estimate(n, eps, samplesFor(n), RandomStreams.create(2_000_000L + n),
                KernelAssertions.CONFIDENCE, points);
    }

    static Estimate pairSquared(int n) {
        return CubeDistanceSampler.estimatePairSquared(n, samplesFor(2 * n), RandomStreams.create(3_000_000L + n),
                KernelAssertions.CONFIDENCE);
    }

    static Estimate centreSquared(int n) {
        return CubeDistanceSampler.estimateCentreSquared(n, samplesFor(n), RandomStreams.create(4_000_000L + n),
                KernelAssertions.CONFIDENCE);
    }

    static Estimate innerProductMean(int n) {
        return SphereInnerProductSampler.estimateMean(n, samplesFor(2 * n), RandomStreams.create(5_000_000L + n),
                KernelAssertions.CONFIDENCE);
    }

    static Estimate innerProductSecondMoment(int n) {
        return SphereInnerProductSampler.estimateSecondMoment(n, samplesFor(2 * n),
                RandomStreams.create(6_000_000L + n), KernelAssertions.CONFIDENCE);
    }

    /** Hit-or-miss needs about \( 10^3/\mathit{ratio} \) samples for a 3 % relative error: \( 10^6 \) up to n = 10. */
    static Estimate ballVolume(int n) {
        return BallVolumeSampler.estimate(n, 1_000_000, RandomStreams.create(7_000_000L + n),
                KernelAssertions.CONFIDENCE);
    }
}
