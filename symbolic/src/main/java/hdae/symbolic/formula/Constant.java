package hdae.symbolic.formula;

/** The named constants of the formula language. */
public enum Constant {
    /** \(\pi\). */
    PI("Pi"),
    /** Euler's number \(e\). */
    E("E"),
    /** \(+\infty\), allowed as an integration bound, a limit point or a domain end. */
    INFINITY("Infinity");

    private final String inputName;

    Constant(String inputName) {
        this.inputName = inputName;
    }

    /** The spelling in formulas (and in Symja, which uses the same names). */
    public String inputName() {
        return inputName;
    }
}
