package hdae.numeric.eval;

import hdae.numeric.NumericException;
import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.Parameter;
import java.util.function.ToDoubleFunction;

/**
 * The closed form of a catalogue bound as a numeric function, read from the same formula object as
 * the bound's LaTeX. Assignments outside a parameter's domain are rejected.
 */
public final class BoundEvaluator {
    private BoundEvaluator() {
    }

    public static ToDoubleFunction<Assignment> compile(Bound bound) {
        ToDoubleFunction<Assignment> f = DoubleEvaluator.compile(bound.closedForm());
        return at -> {
            for (Parameter p : bound.parameters()) {
                if (at.asMap().containsKey(p.name()) && !p.domain().contains(at.get(p.name()))) {
                    throw NumericException.expected("a value in " + p.domain(), p.name() + " of " + bound.id(),
                            at.get(p.name()));
                }
            }
            return f.applyAsDouble(at);
        };
    }
}
