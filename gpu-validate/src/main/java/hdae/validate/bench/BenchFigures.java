package hdae.validate.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one benchmark run, named as the PyTorch reference names them so that the two can be
 * compared key by key. Times are wall-clock; NaN where a workload was not run.
 *
 * @param architecture          for example {@code 784-128-10}
 * @param threads               ND4J's maximum native threads
 * @param trainSecondsPerEpoch  seconds per training epoch (batch 128, Adam 1e-3, float32)
 * @param fgsmMsPerImage        FGSM (L-infinity, eps 0.1), milliseconds per image
 * @param fgsmSuccessRate       its success rate
 * @param pgdMsPerImage         PGD-L2 (eps 1.0), milliseconds per image
 * @param pgdSuccessRate        its success rate
 * @param deepFoolMsPerImage    DeepFool-L2, milliseconds per image
 * @param deepFoolSuccessRate   its success rate
 * @param deepFoolMeanL2        mean L2 distance of its successes on correctly classified images
 * @param deepFoolMeanIterations its mean number of iterations over all attacked images (0 for those already
 *                              misclassified), counted as the PyTorch reference counts them
 * @param bisectionMsPerImage   minimal-L2 PGD bisection, milliseconds per image
 * @param bisectionMeanL2       its mean L2 distance where it succeeded
 */
public record BenchFigures(String architecture, int threads, double trainSecondsPerEpoch, double fgsmMsPerImage,
        double fgsmSuccessRate, double pgdMsPerImage, double pgdSuccessRate, double deepFoolMsPerImage,
        double deepFoolSuccessRate, double deepFoolMeanL2, double deepFoolMeanIterations, double bisectionMsPerImage,
        double bisectionMeanL2) {

    /** @return the figures under the keys of {@code torch_reference.py}'s JSON (NaN figures left out) */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("framework", "hdae (Deeplearning4j 1.0.0-M2.1)");
        m.put("architecture", architecture);
        m.put("threads", threads);
        put(m, "train_seconds_per_epoch", trainSecondsPerEpoch);
        put(m, "fgsm_ms_per_image", fgsmMsPerImage);
        put(m, "fgsm_success_rate", fgsmSuccessRate);
        put(m, "pgd_ms_per_image", pgdMsPerImage);
        put(m, "pgd_success_rate", pgdSuccessRate);
        put(m, "deepfool_ms_per_image", deepFoolMsPerImage);
        put(m, "deepfool_success_rate", deepFoolSuccessRate);
        put(m, "deepfool_mean_l2", deepFoolMeanL2);
        put(m, "deepfool_mean_iterations", deepFoolMeanIterations);
        put(m, "bisection_ms_per_image", bisectionMsPerImage);
        put(m, "bisection_mean_l2", bisectionMeanL2);
        return m;
    }

    private static void put(Map<String, Object> m, String key, double value) {
        if (!Double.isNaN(value)) {
            m.put(key, value);
        }
    }
}
