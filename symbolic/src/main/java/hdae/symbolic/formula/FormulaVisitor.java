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
}
