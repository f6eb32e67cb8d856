package hdae.symbolic.formula;

/** One method per node kind of {@link Formula}; renderers and evaluators implement it. */
public interface FormulaVisitor<R> {
    R visitNum(Num num);

    R visitVar(Var var);

    R visitConst(Const constant);

    R visitNeg(Neg neg);

    R visitBinary(Binary binary);

    R visitCall(Call call);

    R visitIntegral(Integral integral);

    R visitSum(Sum sum);

    R visitLimit(Limit limit);

    /**
     * A declared symbol has no value and no CAS form; only printers override this. Evaluators and the
     * CAS writer inherit the refusal, so a declared symbol can never be evaluated or simplified.
     */
    default R visitDeclared(Declared declared) {
        throw new IllegalArgumentException("expected a formula without declared symbols, got " + declared.name()
                + " (a declared symbol has no value: a claim that names it follows from premises or a citation)");
    }
}
