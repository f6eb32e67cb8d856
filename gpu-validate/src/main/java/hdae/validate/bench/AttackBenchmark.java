package hdae.validate.bench;

import hdae.validate.attack.AttackExcess;
import hdae.validate.attack.Box;
import hdae.validate.attack.Fmn;
import hdae.validate.attack.L2Ddn;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.attack.L2Pgd;
import hdae.validate.attack.L2PgdBisection;
import hdae.validate.attack.MinimizationAttack;
import hdae.validate.data.Dataset;
import hdae.validate.experiment.MultiresolutionExperiment;
import hdae.validate.experiment.Scale;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelCache;
import hdae.validate.norm.Norm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The minimum-norm attacks side by side on the quick multiresolution MLPs (7x7 and 28x28, from the model cache), on
 * the correctly classified of the first 100 test images: per attack the mean L2 distance, the mean excess over the
 * per-image minimum of all attacks, and the number of images where it is the minimum; and the settings of the
 * bisected PGD (random start or not, step 0.025 eps or 0.05 eps). Run with {@code mvn -q -pl gpu-validate exec:java
 * -Dexec.mainClass=hdae.validate.bench.AttackBenchmark}.
 */
public final class AttackBenchmark {

    private AttackBenchmark() {
    }

    /**
     * Runs the comparison and prints one line per resolution and attack.
     *
     * @param args none
     */
    public static void main(String[] args) {
        MultiresolutionExperiment experiment = MultiresolutionExperiment.of(ModelCache.defaultCache());
        for (int side : new int[] {7, 28}) {
            Dataset test = MultiresolutionExperiment.testImages(Scale.QUICK, side);
            Classifier model = experiment.model(Scale.QUICK, side);
            CorrectlyClassified correct = CorrectlyClassified.of(model, test);
            double[][] points = correct.points();
            int[] labels = correct.labels();
            Map<String, MinimizationAttack> attacks = new LinkedHashMap<>();
            attacks.put("DeepFool", L2DeepFool.of());
            for (boolean random : new boolean[] {true, false}) {
                for (double step : new double[] {0.025, 0.05}) {
                    attacks.put(String.format(Locale.ROOT, "PGD bisection, random start %s, step %.3f eps", random,
                            step), L2PgdBisection.of().withBox(Box.UNIT).withSchedule(0.5, 8, 10)
                            .withPgd(L2Pgd.of().withRandomStart(random).withRelativeStep(step)));
                }
            }
            attacks.put("FMN-L2", Fmn.of(Norm.L2));
            attacks.put("DDN", L2Ddn.of());
            Map<String, double[]> distances = new LinkedHashMap<>();
            for (Map.Entry<String, MinimizationAttack> e : attacks.entrySet()) {
                distances.put(e.getKey(), e.getValue().attack(model, points, labels).distances());
            }
            double[] best = AttackExcess.minimum(List.copyOf(distances.values()));
            for (Map.Entry<String, double[]> e : distances.entrySet()) {
                double[] d = e.getValue();
                double[] found = Arrays.stream(d).filter(Double::isFinite).toArray();
                System.out.printf(Locale.ROOT, "%dx%d, %d images: %s: found %d, mean L2 %.4f, mean excess over the"
                        + " minimum %.1f %%, minimal on %d%n", side, side, points.length, e.getKey(), found.length,
                        Arrays.stream(found).average().orElse(Double.NaN),
                        100 * Arrays.stream(AttackExcess.excess(d, best)).average().orElse(Double.NaN),
                        AttackExcess.minimalOn(d, best));
            }
        }
    }
}
