package hdae.symbolic.cas;

import hdae.symbolic.SymbolicException;
import hdae.symbolic.formula.Const;
import hdae.symbolic.formula.Formula;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Neg;
import hdae.symbolic.formula.Num;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.Var;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only door to the computer algebra system (Symja 3.0.0). Every call runs under a time limit and
 * comes back as a {@link CasResult}: DONE with a result, TIMEOUT, or UNKNOWN with a reason. Inputs are
 * hdae {@link Formula}s, so they can only use the allow-listed vocabulary; the {@link Sandbox} checks
 * each string sent to Symja once more, and Symja's file system access is switched off.
 *
 * <p>Results are not trusted alone: callers cross-check them numerically (see module proofs). Two
 * known defects of Symja 3.0.0 are guarded here: {@link #series} checks its polynomial against the
 * function numerically (Symja drops an order in products with a Laurent factor), and unevaluated or
 * conditional forms ({@code Limit(...)}, {@code ConditionalExpression}, {@code Indeterminate}) are
 * reported as UNKNOWN, never as results.
 */
public final class Cas implements AutoCloseable {
    /** Default time limit of one facade call. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);
    private static final Pattern GAVE_UP = Pattern.compile(
            "Limit\\(|Integrate\\(|Sum\\(|Series|ConditionalExpression|Indeterminate|ComplexInfinity|Undefined"
            + "|Direction|Interval|\\bI\\b|Hold|Failed|Piecewise|Root|DirectedInfinity"
            // a command echoed back unevaluated: Symja refused it (an integer beyond its size limit, say)
            + "|Simplify\\(|Refine\\(|Assuming\\(|Expand\\(|\\bN\\(");
    private static final Pattern DECIMAL = Pattern.compile("(-?)(\\d+(?:\\.\\d*)?)(?:\\*10\\^\\(?(-?\\d+)\\)?)?");

    private final Duration limit;
    private final SymjaEngine engine = new SymjaEngine();
    private long timeouts;
    /** Each integral's evaluation, by its Symja input (see {@link HeldIntegrals}). */
    private final Map<String, HeldIntegrals.Evaluated> integrals = new HashMap<>();

    public Cas(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw SymbolicException.expected("a positive duration", "limit", limit);
        }
        this.limit = limit;
    }

    public Cas() {
        this(DEFAULT_LIMIT);
    }

    public Duration limit() {
        return limit;
    }

    /**
     * How many calls so far ran into the time limit. A caller that makes many calls for one step (one per
     * random point) compares this before and after, and gives up after the first: each further call would
     * likely cost the whole limit again.
     */
    public long timeouts() {
        return timeouts;
    }

    /**
     * The CPU time the CAS thread spent on this facade's calls so far (without the one-time warm-up of Symja's
     * rules): the difference over a piece of work is what that work cost the CAS, whatever else the machine ran.
     */
    public Duration cpuUsed() {
        return engine.cpuUsed();
    }

    /** @return {@link #worstCase(Duration)} of this facade's limit */
    public Duration worstCase() {
        return worstCase(limit);
    }

    /**
     * The longest wall time one call with this limit can take: {@link SymjaEngine#WALL_FACTOR} times the limit (the
     * limit counts the CAS thread's CPU time, capped at that much wall time), plus the time to stop a worker that
     * ignores the request (twice a grace of 250 ms, see the engine).
     *
     * @param limit the CPU-time limit of a call
     * @return the bound
     */
    public static Duration worstCase(Duration limit) {
        return limit.multipliedBy(SymjaEngine.WALL_FACTOR).plus(SymjaEngine.GRACE.multipliedBy(2));
    }

    private SymjaEngine.Outcome evaluate(String input, Duration budget) {
        SymjaEngine.Outcome o = engine.evaluate(input, budget);
        if (o.timedOut()) {
            timeouts++;
        }
        return o;
    }

    /** Symja's evaluation of {@code f} (integrals, sums and limits inside it are computed). */
    public CasResult evaluate(Formula f) {
        SymjaNames names = new SymjaNames();
        return run(new SymjaWriter(names).write(f), names, limit);
    }

    /**
     * {@code Simplify}, then {@code Refine} under the assumptions, then {@code FullSimplify}, then {@code Together}
     * (over a common denominator, which counts only when it gives 0); first exact zero wins.
     * Integrals are evaluated first, once each, and those that Symja leaves unevaluated are held as opaque symbols
     * during the attempts ({@link HeldIntegrals}); the time limit covers the integrals and the attempts together.
     */
    public CasResult simplify(Formula f, Assumptions assumptions) {
        return simplify(f, assumptions, budget());
    }

    /** The one limit of an operation of several calls, counted as a single call's ({@link CallBudget}). */
    private CallBudget budget() {
        return new CallBudget(limit, engine::cpuUsed, engine.measuresCpu());
    }

    private CasResult simplify(Formula f, Assumptions assumptions, CallBudget budget) {
        SymjaNames names = new SymjaNames();
        String x = new SymjaWriter(names).write(f);
        String cond = condition(assumptions, names);
        long start = System.nanoTime();
        HeldIntegrals held = new HeldIntegrals(integrals, this::evaluate, budget);
        if (x.contains(HeldIntegrals.INTEGRATE)) {
            Optional<String> evaluated = held.evaluate(x);
            if (evaluated.isEmpty() && held.stopped() != null) {
                HeldIntegrals.Evaluated e = held.stopped();
                Duration spent = Duration.ofNanos(System.nanoTime() - start);
                return e.timedOut() ? new CasResult(CasStatus.TIMEOUT, "", Optional.empty(), "an integral did not evaluate"
                        + " within " + e.budget().toMillis() + " ms", spent) : CasResult.unknown("the CAS threw " + e.failure(), spent);
            }
            x = evaluated.orElse(x);
        }
        List<String> attempts = new ArrayList<>(List.of("Simplify(" + x + ")", "Simplify(Expand(" + x + "))"));
        if (!cond.isEmpty()) {
            attempts.add("Simplify(Refine(" + x + "," + cond + "))");
            attempts.add("Assuming(" + cond + ",FullSimplify(" + x + "))");
        } else {
            attempts.add("FullSimplify(" + x + ")");
        }
        CasResult best = CasResult.unknown("no attempt ran", Duration.ZERO);
        for (String attempt : attempts) {
            Duration left = budget.left();
            if (left.isZero()) {
                return best.isDone() ? best : new CasResult(CasStatus.TIMEOUT, "", Optional.empty(),
                        "simplification did not finish within " + limit.toMillis() + " ms of CAS CPU time", limit);
            }
            CasResult r = held.release(run(attempt, names, left), names);
            if (r.isDone() && r.formula().filter(Cas::isZeroLiteral).isPresent()) {
                return r;
            }
            if (r.isDone() || !best.isDone()) {
                best = r;
            }
        }
        // last, over a common denominator: rational normalisation, valid wherever the expression is defined, settles
        // rational functions (of the variables and of transcendental terms) that Simplify leaves as a sum of fractions;
        // it counts only when it gives 0 (it is no simplification otherwise)
        Duration left = budget.left();
        if (!left.isZero()) {
            CasResult r = held.release(run("Together(" + x + ")", names, left), names);
            if (r.isDone() && r.formula().filter(Cas::isZeroLiteral).isPresent()) {
                return r;
            }
        }
        return best;
    }

    /**
     * Whether the CAS reduces {@code f} to exactly 0 under the assumptions; DONE means "yes, zero". A combination of
     * integrals over one range is first tried as one integral, whose integrand must vanish on the range
     * ({@link OneRangeIntegrals}); then {@code f} as it is, in the time left of the one limit.
     */
    public CasResult provesZero(Formula f, Assumptions assumptions) {
        CallBudget budget = budget();
        Optional<OneRangeIntegrals.Merged> merged = OneRangeIntegrals.of(f, assumptions);
        if (merged.isPresent()) {
            List<Relation> conditions = new ArrayList<>(assumptions.conditions());
            conditions.addAll(merged.get().range());
            CasResult pointwise = simplify(merged.get().integrand(), new Assumptions(conditions, assumptions.integers()),
                    budget);
            if (pointwise.isDone() && pointwise.formula().filter(Cas::isZeroLiteral).isPresent()) {
                return pointwise.withReason(CasStatus.DONE, "as one integral over the common range, whose integrand"
                        + " reduces to 0 there");
            }
        }
        CasResult r = simplify(f, assumptions, budget);
        if (!r.isDone()) {
            return r;
        }
        return r.formula().filter(Cas::isZeroLiteral).isPresent() ? r
                : r.withReason(CasStatus.UNKNOWN, "simplified to " + r.text() + ", not to 0");
    }

    /**
     * Whether the CAS shows that {@code f} is the derivative of {@code h} in {@code v}: Symja's {@code D(h, v)}, read
     * back as a formula, minus {@code f} reduces to exactly 0 under the assumptions; DONE means "yes". One limit covers
     * the differentiation and the simplification. The derivative is formal (the rules of differentiation applied to
     * the expression): where it means the derivative of the function is for the caller to establish (see module
     * proofs, AntiderivativeCheck).
     */
    public CasResult provesDerivative(Formula h, Var v, Formula f, Assumptions assumptions) {
        CallBudget budget = budget();
        SymjaNames names = new SymjaNames();
        String x = new SymjaWriter(names).write(h);
        CasResult d = run("D(" + x + "," + names.symbolOf(v.name()) + ")", names, budget.left());
        if (!d.isDone() || d.formula().isEmpty()) {
            return d.isDone() ? d.withReason(CasStatus.UNKNOWN, "the derivative is not readable: " + abbreviate(d.text())) : d;
        }
        CasResult r = simplify(Formulas.minus(d.formula().get(), f), assumptions, budget);
        if (!r.isDone()) {
            return r;
        }
        return r.formula().filter(Cas::isZeroLiteral).isPresent() ? r
                : r.withReason(CasStatus.UNKNOWN, "the derivative minus the integrand simplified to " + abbreviate(r.text())
                        + ", not to 0");
    }

    /** Symja's {@code Limit(body, var -> point)}; unevaluated or conditional answers are UNKNOWN. */
    public CasResult limit(Formula body, Var var, Formula point) {
        return evaluate(new hdae.symbolic.formula.Limit(var, point, body));
    }

    /**
     * The Taylor polynomial of {@code f} in {@code t} at 0 up to {@code t^order}, with Symja's known
     * wrong-order defect guarded: the series of the expanded input is taken, and the polynomial must
     * match {@code f} numerically with a remainder of order {@code t^(order+1)} at t = 10^-3 and 10^-4.
     */
    public CasResult series(Formula f, Var t, int order) {
        if (order < 0 || order > 12) {
            throw SymbolicException.expected("an order in [0, 12]", "order", order);
        }
        SymjaNames names = new SymjaNames();
        String x = new SymjaWriter(names).write(f);
        String tv = names.symbolOf(t.name());
        CasResult r = run("Normal(Series(Expand(" + x + "),{" + tv + ",0," + order + "}))", names, limit);
        if (!r.isDone() || r.formula().isEmpty()) {
            return r.isDone() ? r.withReason(CasStatus.UNKNOWN, "series not readable: " + r.text()) : r;
        }
        Formula remainder = Formulas.minus(f, r.formula().get());
        Optional<BigDecimal> r3 = numeric(remainder, Map.of(t.name(), new BigDecimal("0.001")), 40);
        Optional<BigDecimal> r4 = numeric(remainder, Map.of(t.name(), new BigDecimal("0.0001")), 40);
        if (r3.isEmpty() || r4.isEmpty()) {
            return r.withReason(CasStatus.UNKNOWN, "could not evaluate the remainder numerically");
        }
        double a = Math.abs(r3.get().doubleValue());
        double b = Math.abs(r4.get().doubleValue());
        // remainder = c t^(order+1) + ...: tenfold smaller t divides it by about 10^(order+1)
        boolean ok = b == 0.0 || (a > 0 && Math.log10(a / b) >= order + 1 - 0.5);
        return ok ? r : r.withReason(CasStatus.UNKNOWN, String.format(Locale.ROOT,
                "series failed its numeric check: remainder %.3e at t=1e-3 and %.3e at t=1e-4 is not O(t^%d)",
                a, b, order + 1));
    }

    /**
     * The value of {@code f} at a point, to {@code digits} significant digits (Symja's {@code N} with
     * apfloat), or empty when it is not a finite real number or the call did not finish.
     */
    public Optional<BigDecimal> numeric(Formula f, Map<String, BigDecimal> point, int digits) {
        // Each value enters as N(exact decimal, digits): Symja then works in apfloat throughout instead
        // of forming exact rational powers such as (1 - 2 eps)^10000 first (seconds instead of milliseconds).
        String x = new SymjaWriter(new SymjaNames(), point, digits).write(f);
        SymjaEngine.Outcome o = evaluate("N(" + x + "," + digits + ")", limit);
        if (o.result() == null) {
            return Optional.empty();
        }
        Matcher m = DECIMAL.matcher(o.result().replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(m.group(2));
        if (m.group(3) != null) {
            // an exponent beyond the int range (exp(-s^2/2) at s = 10^5) is no usable value
            long exponent;
            try {
                exponent = Long.parseLong(m.group(3));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (Math.abs(exponent) > 100_000_000L) {
                return Optional.empty();
            }
            v = v.scaleByPowerOfTen((int) exponent);
        }
        return Optional.of(m.group(1).isEmpty() ? v : v.negate());
    }

    /** Symja's answers for a value that is not a finite real number: a pole, an indeterminate form, a complex number. */
    private static final Pattern NOT_REAL = Pattern.compile("ComplexInfinity|Indeterminate|Infinity|\\bI\\b");

    /**
     * Whether {@code f} has no finite real value at the point, decided by Symja in {@code digits}-digit
     * arithmetic: TRUE when Symja answers with a pole, an indeterminate or a complex number (as for
     * \(1/0\), \(\ln 0\), \(\ln(-1)\)), FALSE when it answers with a real number, empty when it did not
     * answer within the limit or answered otherwise.
     */
    public Optional<Boolean> undefinedAt(Formula f, Map<String, BigDecimal> point, int digits) {
        String x = new SymjaWriter(new SymjaNames(), point, digits).write(f);
        SymjaEngine.Outcome o = evaluate("N(" + x + "," + digits + ")", limit);
        if (o.result() == null) {
            return Optional.empty();
        }
        String text = o.result().replace(" ", "");
        if (DECIMAL.matcher(text).matches()) {
            return Optional.of(false);
        }
        return NOT_REAL.matcher(text).find() ? Optional.of(true) : Optional.empty();
    }

    private CasResult run(String input, SymjaNames names, Duration budget) {
        SymjaEngine.Outcome o = evaluate(input, budget);
        if (o.timedOut()) {
            return new CasResult(CasStatus.TIMEOUT, "", Optional.empty(), o.failure(), o.elapsed());
        }
        if (o.result() == null) {
            return CasResult.unknown("the CAS threw " + o.failure(), o.elapsed());
        }
        String text = names.restore(o.result());
        if (GAVE_UP.matcher(text).find()) {
            return CasResult.unknown("the CAS returned an unevaluated or conditional form: " + abbreviate(text), o.elapsed());
        }
        Optional<Formula> formula;
        try {
            formula = Optional.of(FormulaParser.parse(text));
        } catch (SymbolicException e) {
            formula = Optional.empty();
        }
        return new CasResult(CasStatus.DONE, text, formula, "", o.elapsed());
    }

    private static String condition(Assumptions a, SymjaNames names) {
        List<String> parts = new ArrayList<>();
        SymjaWriter w = new SymjaWriter(names);
        for (Relation r : a.conditions()) {
            parts.add(w.write(r.lhs()) + r.rel().symbol() + w.write(r.rhs()));
        }
        for (String i : a.integers()) {
            parts.add("Element(" + names.symbolOf(i) + ",Integers)");
        }
        return String.join("&&", parts);
    }

    private static boolean isZeroLiteral(Formula f) {
        return f instanceof Num n && n.value().signum() == 0;
    }

    static boolean isInfinity(Formula f) {
        return f instanceof Const c && c.constant() == hdae.symbolic.formula.Constant.INFINITY;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    @Override
    public void close() {
        engine.close();
    }
}
