package hdae.validate.experiment;

import hdae.numeric.mc.Estimate;
import hdae.numeric.mc.StudentMean;
import hdae.validate.experiment.EffectiveDimensionExperiment.Sizes;
import hdae.validate.experiment.MultiresolutionExperiment.ResolutionResult;

import java.util.List;
import java.util.Locale;

/**
 * The figure of {@link EffectiveDimensionExperiment}: the mean minimal L2 distance \( \bar D \) (attack, upper) and
 * the mean certified radius \( \bar R \) (CROWN, lower) against \( n \), log-log, for independent pixels and for
 * MNIST, with the cube bound \( G(\mu_0) + G(\mu_1) \) and the slope \( +1/2 \) of resolution consistency through the
 * MNIST attack mean at \( n = 784 \) as reference lines.
 */
final class EffectiveDimensionFigure {

    /** The anchor of the +1/2 reference line: 28x28. */
    private static final double ANCHOR_N = 784;
    private static final double CONFIDENCE = 0.95;

    private EffectiveDimensionFigure() {
    }

    static Figure of(double[] n, ResolutionResult[] cube, ResolutionResult[] images, double[] cubeBound,
            Sizes sizes) {
        Estimate[] cubeAttack = means(cube, true);
        Estimate[] mnistAttack = means(images, true);
        double[] consistent = new double[n.length];
        double anchor = Double.NaN;
        for (int r = 0; r < n.length; r++) {
            anchor = n[r] == ANCHOR_N ? mnistAttack[r].value() : anchor;
        }
        for (int r = 0; r < n.length; r++) {
            consistent[r] = anchor * Math.sqrt(n[r] / ANCHOR_N);
        }
        return new Figure("mean-distance-vs-n", "Mean minimal L2 perturbation against n: independent pixels (the"
                + " effective dimension grows with n) and MNIST (it does not)", "n (pixels)", "mean L2 distance", true,
                List.of(DistanceFigure.series("independent pixels, attack mean (95 % Student-t)", n, cubeAttack),
                        DistanceFigure.series("independent pixels, certified mean", n, means(cube, false)),
                        DistanceFigure.series("MNIST, attack mean (95 % Student-t)", n, mnistAttack),
                        DistanceFigure.series("MNIST, certified mean", n, means(images, false)),
                        Figure.Series.reference("cube bound G(mu_0) + G(mu_1)", n, cubeBound),
                        Figure.Series.reference("slope +1/2 through MNIST at n = 784", n, consistent)))
                .withCaption(String.format(Locale.ROOT, "Model: a ReLU MLP 128-128 per n. Independent pixels:"
                        + " uniform points of [0,1]^n labelled by the rule x_1 > 1/2; %s. MNIST: the models of the"
                        + " multiresolution experiment, correctly classified images among the first %d test images."
                        + " Per point the smallest distance of four attacks (upper) and the CROWN radius (lower);"
                        + " means with Student-t 95 %% intervals.", sizes, sizes.points()));
    }

    private static Estimate[] means(ResolutionResult[] results, boolean attack) {
        Estimate[] out = new Estimate[results.length];
        for (int r = 0; r < results.length; r++) {
            double[] values = attack ? MultiresolutionRows.finite(results[r].best()) : results[r].certified();
            out[r] = StudentMean.estimate(values, CONFIDENCE);
        }
        return out;
    }
}
