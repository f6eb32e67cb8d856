package hdae.symbolic.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads hdae's formula syntax: infix {@code + - * / ^} (with {@code ^} right-associative and binding
 * tighter than unary minus), postfix {@code !}, parentheses, decimal literals, variables
 * ({@code [a-z][A-Za-z0-9]*}), the constants {@code Pi E Infinity}, calls of the allow-listed
 * functions {@link Fn}, the binders {@code Integrate(f, t, a, b)}, {@code Sum(f, k, a, b)} and
 * {@code Limit(f, n -> p)}, and references {@code @bound-id} to catalogue formulas.
 *
 * <p>Multiplication is always explicit: {@code 2*n}, never {@code 2n}.
 */
public final class FormulaParser {
    /**
     * The deepest formula read: nested parentheses, calls, signs and powers, and the terms of a chain
     * such as {@code a + b + c}, which nests to the left, each count one level. Checking, rendering and
     * the CAS all recurse over the formula; deeper input is refused with this limit in the message.
     */
    public static final int MAX_DEPTH = 200;
    /** The longest formula text read, in characters. */
    public static final int MAX_LENGTH = 20_000;
    private final Function<String, Optional<Formula>> references;
    /** Declared symbols by name; {@code null} declares every unknown capitalised call (the catalogue's own parser). */
    private final Function<String, Optional<SymbolDeclaration>> symbols;
    private String text;
    private int pos;
    private int depth;

    /** A parser that knows no {@code @bound-id} references. */
    public FormulaParser() {
        this(id -> Optional.empty());
    }

    /** A parser that expands {@code @id} with {@code references}. */
    public FormulaParser(Function<String, Optional<Formula>> references) {
        this(references, name -> Optional.empty());
    }

    /** A parser that expands {@code @id} with {@code references} and reads the declared {@code symbols}. */
    public FormulaParser(Function<String, Optional<Formula>> references,
            Function<String, Optional<SymbolDeclaration>> symbols) {
        this.references = references;
        this.symbols = symbols;
    }

    /**
     * A parser that reads every call of an unknown capitalised name as a declared symbol, of whatever
     * arity it is written with: for the catalogue, which declares its symbols by using them.
     */
    public static FormulaParser declaring() {
        return new FormulaParser(id -> Optional.empty(), null);
    }

    /** Parses a whole formula. */
    public static Formula parse(String text) {
        return new FormulaParser().formula(text);
    }

    public Formula formula(String source) {
        reset(source);
        Formula f = expr();
        expectEnd();
        return f;
    }

    /** Parses {@code lhs REL rhs} or {@code lhs isbigo rhs as n}. */
    public Relation relation(String source) {
        reset(source);
        Formula lhs = expr();
        skipSpace();
        int at = pos;
        Rel rel = readRel().orElseThrow(() -> error(at, "expected one of == <= < >= > isbigo, found " + found()));
        Formula rhs = expr();
        Optional<Var> asVar = Optional.empty();
        if (rel == Rel.IS_BIG_O) {
            skipSpace();
            if (!text.startsWith("as", pos)) {
                throw error(pos, "expected 'as VARIABLE' after an isbigo claim, found " + found());
            }
            pos += 2;
            skipSpace();
            asVar = Optional.of(new Var(lowerIdent()));
        }
        expectEnd();
        return new Relation(lhs, rel, rhs, asVar);
    }

    private void reset(String source) {
        if (source == null) {
            throw new FormulaSyntaxException(1, "expected a formula, found nothing");
        }
        if (source.length() > MAX_LENGTH) {
            throw new FormulaSyntaxException(MAX_LENGTH + 1, "expected a formula of at most " + MAX_LENGTH
                    + " characters, found " + source.length());
        }
        this.text = source;
        this.pos = 0;
        this.depth = 0;
    }

    /** One level deeper (see {@link #MAX_DEPTH}); the caller gives it back with {@code depth -= levels}. */
    private void deeper() {
        if (++depth > MAX_DEPTH) {
            throw error(pos, "expected a formula nested at most " + MAX_DEPTH + " levels deep, found a deeper one");
        }
    }

    private Formula expr() {
        int levels = 0;
        Formula left = product();
        while (true) {
            skipSpace();
            if (peek('+') || peek('-') && !text.startsWith("->", pos)) {
                Op op = peek('+') ? Op.ADD : Op.SUB;
                pos++;
                deeper();
                levels++;
                left = new Binary(op, left, product());
            } else {
                depth -= levels;
                return left;
            }
        }
    }

    private Formula product() {
        int levels = 0;
        Formula left = unary();
        while (true) {
            skipSpace();
            if (peek('*') || peek('/')) {
                Op op = peek('*') ? Op.MUL : Op.DIV;
                pos++;
                deeper();
                levels++;
                left = new Binary(op, left, unary());
            } else {
                depth -= levels;
                return left;
            }
        }
    }

    private Formula unary() {
        skipSpace();
        deeper();
        try {
            if (peek('-')) {
                pos++;
                return new Neg(unary());
            }
            return power();
        } finally {
            depth--;
        }
    }

    private Formula power() {
        Formula base = postfix();
        skipSpace();
        if (peek('^')) {
            pos++;
            return new Binary(Op.POW, base, unary());
        }
        return base;
    }

    private Formula postfix() {
        Formula f = primary();
        skipSpace();
        int levels = 0;
        while (peek('!') && !text.startsWith("!=", pos)) {
            pos++;
            deeper();
            levels++;
            f = Call.of(Fn.FACTORIAL, f);
            skipSpace();
        }
        depth -= levels;
        return f;
    }

    private Formula primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error(pos, "expected a number, a name or '(', found the end of the formula");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Formula inner = expr();
            expect(')');
            return inner;
        }
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (c == '@') {
            return reference();
        }
        if (isLower(c)) {
            return new Var(lowerIdent());
        }
        if (isUpper(c)) {
            return named();
        }
        throw error(pos, "expected a number, a name or '(', found " + found());
    }

    private Formula number() {
        int start = pos;
        while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e') && pos + 1 < text.length()
                && (isDigit(text.charAt(pos + 1))
                    || ((text.charAt(pos + 1) == '-' || text.charAt(pos + 1) == '+') && pos + 2 < text.length()
                        && isDigit(text.charAt(pos + 2))))) {
            pos += 2;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return new Num(new BigDecimal(literal));
        } catch (NumberFormatException e) {
            throw error(start, "expected a decimal number, found '" + literal + "'");
        }
    }

    private Formula reference() {
        int start = pos;
        pos++;
        int idStart = pos;
        while (pos < text.length() && (isLower(text.charAt(pos)) || isDigit(text.charAt(pos))
                || (text.charAt(pos) == '-' && pos + 1 < text.length()
                    && isLetterOrDigit(text.charAt(pos + 1))))) {
            pos++;
        }
        String id = text.substring(idStart, pos);
        if (id.isEmpty()) {
            throw error(start, "expected a bound id after '@', found " + found());
        }
        return references.apply(id).orElseThrow(() -> error(start, "unknown bound reference @" + id));
    }

    private Formula named() {
        int start = pos;
        String name = ident();
        Optional<Constant> constant = java.util.Arrays.stream(Constant.values())
                .filter(k -> k.inputName().equals(name)).findFirst();
        if (constant.isPresent()) {
            return new Const(constant.get());
        }
        skipSpace();
        if (!peek('(')) {
            throw error(start, "unknown name '" + name + "': expected a variable (lower case), Pi, E, Infinity"
                    + " or a function call");
        }
        switch (name) {
            case "Integrate":
                return binder(start, name, true);
            case "Sum":
                return binder(start, name, false);
            case "Limit":
                return limit();
            default:
                break;
        }
        Optional<String> refusal = Refused.reason(name);
        if (refusal.isPresent()) {
            throw error(start, "function " + name + " is refused by the CAS sandbox (it " + refusal.get() + ")");
        }
        Optional<Fn> known = Fn.byName(name);
        if (known.isEmpty()) {
            return declared(start, name);
        }
        Fn fn = known.get();
        pos++;
        List<Formula> args = arguments();
        if (args.size() != fn.arity()) {
            throw error(start, "expected " + fn.arity() + " argument(s) for " + name + ", found " + args.size());
        }
        return new Call(fn, args);
    }

    private List<Formula> arguments() {
        List<Formula> args = new ArrayList<>();
        args.add(expr());
        skipSpace();
        while (peek(',')) {
            pos++;
            args.add(expr());
            skipSpace();
        }
        expect(')');
        return args;
    }

    /** A declared symbol {@code Name(a, b)} or {@code Name()}, with the arity of its declaration. */
    private Formula declared(int start, String name) {
        Optional<SymbolDeclaration> decl = symbols == null ? Optional.empty() : symbols.apply(name);
        if (symbols != null && decl.isEmpty()) {
            throw error(start, "unknown function " + name + "; allowed: "
                    + java.util.Arrays.stream(Fn.values()).map(Fn::inputName).collect(Collectors.joining(", "))
                    + ", Integrate, Sum, Limit, or a declared symbol ('symbol' line or catalogue quantity)");
        }
        pos++;
        skipSpace();
        List<Formula> args;
        if (peek(')')) {
            pos++;
            args = List.of();
        } else {
            args = arguments();
        }
        if (decl.isPresent() && args.size() != decl.get().arity()) {
            throw error(start, "expected " + decl.get().arity() + " argument(s) for " + decl.get().signature()
                    + ", found " + args.size());
        }
        return new Declared(name, args);
    }

    private Formula binder(int start, String name, boolean integral) {
        pos++;
        Formula body = expr();
        expect(',');
        skipSpace();
        Var var = new Var(lowerIdent());
        expect(',');
        Formula lower = expr();
        expect(',');
        Formula upper = expr();
        expect(')');
        return integral ? new Integral(var, lower, upper, body) : new Sum(var, lower, upper, body);
    }

    private Formula limit() {
        pos++;
        Formula body = expr();
        expect(',');
        skipSpace();
        Var var = new Var(lowerIdent());
        skipSpace();
        if (!text.startsWith("->", pos)) {
            throw error(pos, "expected '->' in Limit(f, n -> point), found " + found());
        }
        pos += 2;
        Formula point = expr();
        expect(')');
        return new Limit(var, point, body);
    }

    private Optional<Rel> readRel() {
        for (String s : new String[] {"==", "<=", ">=", "isbigo", "<", ">"}) {
            if (text.startsWith(s, pos)) {
                pos += s.length();
                return Rel.bySymbol(s);
            }
        }
        return Optional.empty();
    }

    private String lowerIdent() {
        if (pos >= text.length() || !isLower(text.charAt(pos))) {
            throw error(pos, "expected a variable name (lower case), found " + found());
        }
        return ident();
    }

    private String ident() {
        int start = pos;
        while (pos < text.length() && isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw error(pos, "expected '" + c + "', found " + found());
        }
        pos++;
    }

    private void expectEnd() {
        skipSpace();
        if (pos < text.length()) {
            throw error(pos, "expected an operator or the end of the formula, found " + found());
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String found() {
        if (pos >= text.length()) {
            return "the end of the formula";
        }
        int end = Math.min(text.length(), pos + 12);
        return "'" + text.substring(pos, end) + (end < text.length() ? "...'" : "'");
    }

    // The syntax is ASCII: java.lang.Character would also accept letters and digits of other scripts,
    // which Var and Num do not (and which would then escape as a non-syntax exception).
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLower(c) || isUpper(c) || isDigit(c);
    }

    private FormulaSyntaxException error(int at, String message) {
        return new FormulaSyntaxException(at + 1, message);
    }
}
