package hdae.numeric.eval;

import hdae.numeric.NumericException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Values of the free variables of a formula, by name. */
public final class Assignment {
    private final Map<String, Double> values;

    private Assignment(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Assignment of(Map<String, Double> values) {
        return new Assignment(values);
    }

    public static Assignment of(String name, double value) {
        return new Assignment(Map.of(name, value));
    }

    public static Assignment of(String n1, double v1, String n2, double v2) {
        return new Assignment(Map.of(n1, v1, n2, v2));
    }

    /** A copy with {@code name} set to {@code value}. */
    public Assignment with(String name, double value) {
        Map<String, Double> m = new TreeMap<>(values);
        m.put(name, value);
        return new Assignment(m);
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw NumericException.expected("a value in the assignment " + values.keySet(), "variable", name);
        }
        return v;
    }

    public Map<String, Double> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
