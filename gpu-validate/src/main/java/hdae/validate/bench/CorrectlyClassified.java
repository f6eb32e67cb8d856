package hdae.validate.bench;

import hdae.validate.data.Dataset;
import hdae.validate.model.Classifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The test points a classifier labels correctly, the ones a minimal adversarial distance is measured on.
 *
 * @param points the points, one row each
 * @param labels their (true and predicted) labels
 */
record CorrectlyClassified(double[][] points, int[] labels) {

    /**
     * Selects the correctly classified points.
     *
     * @param model the classifier
     * @param test  labelled points
     * @return those whose prediction is their label
     */
    static CorrectlyClassified of(Classifier model, Dataset test) {
        double[][] all = test.rows(0, test.size());
        int[] predicted = model.predict(all);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (predicted[i] == test.label(i)) {
                x.add(all[i]);
                y.add(test.label(i));
            }
        }
        return new CorrectlyClassified(x.toArray(new double[0][]), y.stream().mapToInt(Integer::intValue).toArray());
    }
}
