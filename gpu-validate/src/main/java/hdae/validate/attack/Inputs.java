package hdae.validate.attack;

import hdae.validate.ValidationException;
import hdae.validate.criterion.Criterion;
import hdae.validate.model.Batch;
import hdae.validate.model.Classifier;

import java.util.Arrays;

/** Checks shared by the attack base classes, and batched evaluation of the criterion. */
final class Inputs {

    private Inputs() {
    }

    /** Validates inputs and labels against the model and the box, and copies the inputs into a batch. */
    static Batch batch(Classifier model, double[][] inputs, int[] labels, Box box) {
        if (model == null) {
            throw ValidationException.expected("a classifier", "model", null);
        }
        if (!(inputs.length >= 1 && inputs.length == labels.length)) {
            throw ValidationException.expected("at least one input and one label per input (" + inputs.length + ")",
                    "labels.length", labels.length);
        }
        Batch x = Batch.of(inputs);
        if (x.cols() != model.inputs()) {
            throw ValidationException.expected("inputs of dimension " + model.inputs(), "inputs[0].length", x.cols());
        }
        for (int i = 0; i < labels.length; i++) {
            if (!(labels[i] >= 0 && labels[i] < model.classes())) {
                throw ValidationException.expected("labels in [0, " + model.classes() + ")", "labels[" + i + "]",
                        labels[i]);
            }
        }
        if (!box.contains(x)) {
            throw ValidationException.expected("inputs inside the box " + box + " (no NaN)", "inputs",
                    "an entry outside");
        }
        return x;
    }

    /** The criterion for every row, evaluating the model in chunks of {@code batchSize} rows. */
    static boolean[] adversarial(Classifier model, Batch x, int[] labels, Criterion criterion, int batchSize) {
        boolean[] result = new boolean[x.rows()];
        for (int from = 0; from < x.rows(); from += batchSize) {
            int to = Math.min(x.rows(), from + batchSize);
            Batch logits = model.forward(x, from, to).logits();
            boolean[] part = criterion.isAdversarial(logits, Arrays.copyOfRange(labels, from, to));
            System.arraycopy(part, 0, result, from, part.length);
        }
        return result;
    }

    /** The indices where {@code flags} is false. */
    static int[] falseIndices(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            if (!flag) {
                count++;
            }
        }
        int[] result = new int[count];
        int next = 0;
        for (int i = 0; i < flags.length; i++) {
            if (!flags[i]) {
                result[next++] = i;
            }
        }
        return result;
    }

    /** The indices where {@code flags} is true. */
    static int[] trueIndices(boolean[] flags) {
        boolean[] inverted = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            inverted[i] = !flags[i];
        }
        return falseIndices(inverted);
    }

    /** The rows a bisection still works on: neither found nor given up. */
    static int[] openRows(boolean[] found, boolean[] gaveUp) {
        boolean[] closed = new boolean[found.length];
        for (int i = 0; i < found.length; i++) {
            closed[i] = found[i] || gaveUp[i];
        }
        return falseIndices(closed);
    }

    /** The integers from (inclusive) to (exclusive). */
    static int[] range(int from, int to) {
        int[] result = new int[to - from];
        for (int i = 0; i < result.length; i++) {
            result[i] = from + i;
        }
        return result;
    }

    /** Picks entries by index. */
    static int[] pick(int[] values, int[] indices) {
        int[] result = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            result[i] = values[indices[i]];
        }
        return result;
    }

    /** Picks entries by index. */
    static double[] pick(double[] values, int[] indices) {
        double[] result = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            result[i] = values[indices[i]];
        }
        return result;
    }

    /** Whether row {@code row} of a batch has a NaN or infinite entry. */
    static boolean hasNonFinite(Batch batch, int row) {
        return hasNonFinite(batch.values(), row * batch.cols(), batch.cols());
    }

    /** Whether the {@code n} entries from {@code offset} on have a NaN or infinite one. */
    static boolean hasNonFinite(double[] values, int offset, int n) {
        for (int j = offset; j < offset + n; j++) {
            if (!Double.isFinite(values[j])) {
                return true;
            }
        }
        return false;
    }

    /** Checks that a subclass returned one row of the right dimension per input row. */
    static void checkShape(Batch out, Batch in, String attack) {
        if (out == null || out.rows() != in.rows() || out.cols() != in.cols()) {
            throw new IllegalStateException(attack + ".run returned "
                    + (out == null ? "null" : out.rows() + " x " + out.cols()) + ", expected " + in.rows() + " x "
                    + in.cols());
        }
    }
}
