package hdae.validate.bench;

import hdae.validate.ValidationException;
import hdae.validate.attack.Box;
import hdae.validate.attack.L2DeepFool;
import hdae.validate.certify.BoundMethod;
import hdae.validate.certify.BoundPropagation;
import hdae.validate.certify.CertifiedRadius;
import hdae.validate.certify.InputRegion;
import hdae.validate.certify.ReluNetwork;
import hdae.validate.data.Dataset;
import hdae.validate.data.Mnist;
import hdae.validate.experiment.MultiresolutionExperiment;
import hdae.validate.experiment.Scale;
import hdae.validate.model.Classifier;
import hdae.validate.model.ModelCache;
import hdae.validate.model.ModelSpec;
import hdae.validate.model.TrainingSpec;
import hdae.validate.norm.Norm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The speed and tightness benchmark of the certified bounds on one thread: for the MNIST MLPs 784-128-10 (2 epochs
 * on 4000 images), 49-128-128-10 and 784-128-128-10 (the quick multiresolution models at 7x7 and 28x28, from the
 * model cache), on the correctly classified of the first M test images: milliseconds of thread CPU time per image
 * for one CROWN bound (L2, in [0,1]^n, at half the DeepFool distance) and for the certified radius by bisection
 * (CROWN and alpha-CROWN, tolerance 0.1 %, started from the DeepFool distance), and the median ratio of the
 * certified radius to the DeepFool distance. CPU time, not wall time, so that a loaded machine slows the figures
 * little.
 *
 * <p>Options: {@code --images M} (default 50). Run with {@code mvn -q -pl gpu-validate exec:java
 * -Dexec.mainClass=hdae.validate.bench.CertifyBenchmark -Dexec.args="--images 50"}.
 */
public final class CertifyBenchmark {

    private CertifyBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args options, see the class documentation
     */
    public static void main(String[] args) {
        try {
            int images = 50;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--images") && i + 1 < args.length) {
                    images = parse(args[++i]);
                } else {
                    throw ValidationException.expected("--images M", "argument", args[i]);
                }
            }
            run(images);
        } catch (ValidationException e) {
            System.err.println("hdae certify benchmark: " + e.getMessage());
            System.exit(2);
        }
    }

    private static int parse(String value) {
        try {
            int m = Integer.parseInt(value);
            if (m >= 2) {
                return m;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ValidationException.expected("an integer >= 2", "--images", value);
    }

    /**
     * Measures every model and prints one line per model and method.
     *
     * @param images test images per model
     */
    public static void run(int images) {
        ModelCache cache = ModelCache.defaultCache();
        MultiresolutionExperiment multiresolution = MultiresolutionExperiment.of(cache);
        Dataset train = Mnist.train().subset(0, 4_000);
        Classifier shallow = cache.getOrTrain(ModelSpec.mlp(784, List.of(128), 10), TrainingSpec.of(2, 64, 1L),
                train).classifier();
        report("784-128-10", shallow, Mnist.test().subset(0, images));
        for (int side : new int[] {7, 28}) {
            Dataset test = MultiresolutionExperiment.testImages(Scale.QUICK, side);
            report(side * side + "-128-128-10", multiresolution.model(Scale.QUICK, side),
                    test.subset(0, Math.min(images, test.size())));
        }
    }

    private static void report(String name, Classifier model, Dataset test) {
        CorrectlyClassified correct = CorrectlyClassified.of(model, test);
        double[][] points = correct.points();
        int[] labels = correct.labels();
        double[] attack = L2DeepFool.of().attack(model, points, labels).distances();
        ReluNetwork net = ReluNetwork.of(model);
        BoundPropagation bounds = BoundPropagation.of(net);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // warm-up (JIT) on the first image
        bounds.marginLowerBounds(new InputRegion(points[0], attack[0] / 2, Norm.L2, Box.UNIT), labels[0],
                BoundMethod.CROWN);
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < points.length; i++) {
            bounds.marginLowerBounds(new InputRegion(points[i], attack[i] / 2, Norm.L2, Box.UNIT), labels[i],
                    BoundMethod.CROWN);
        }
        double oneBound = (threads.getCurrentThreadCpuTime() - t0) / 1e6 / points.length;
        System.out.printf(Locale.ROOT, "%s, %d images: CROWN at one eps %.1f ms/image%n", name, points.length,
                oneBound);
        for (BoundMethod method : new BoundMethod[] {BoundMethod.CROWN, BoundMethod.ALPHA_CROWN}) {
            CertifiedRadius radius = CertifiedRadius.of(net, Norm.L2, Box.UNIT, method);
            long t1 = threads.getCurrentThreadCpuTime();
            double[] r = radius.radii(points, labels, attack);
            double perImage = (threads.getCurrentThreadCpuTime() - t1) / 1e6 / points.length;
            double[] ratio = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                ratio[i] = r[i] / attack[i];
            }
            Arrays.sort(ratio);
            System.out.printf(Locale.ROOT, "%s: %s certified radius %.1f ms/image; mean %.4f; median certified/"
                            + "DeepFool %.3f%n", name, method, perImage, Arrays.stream(r).average().orElse(Double.NaN),
                    ratio[ratio.length / 2]);
        }
    }
}
