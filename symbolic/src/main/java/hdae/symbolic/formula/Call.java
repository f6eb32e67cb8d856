package hdae.symbolic.formula;

import java.util.List;
import java.util.Objects;

/** A call of an allow-listed function, \(f(a_1, \dots, a_k)\). */
public record Call(Fn fn, List<Formula> args) implements Formula {
    public Call {
        Objects.requireNonNull(fn, "fn");
        args = List.copyOf(args);
        if (args.size() != fn.arity()) {
            throw new IllegalArgumentException("expected " + fn.arity() + " argument(s) for " + fn.inputName()
                    + ", got " + args.size());
        }
    }

    public static Call of(Fn fn, Formula... args) {
        return new Call(fn, List.of(args));
    }

    @Override
    public <R> R accept(FormulaVisitor<R> visitor) {
        return visitor.visitCall(this);
    }
}
