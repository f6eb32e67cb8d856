package hdae.proofs.format;

import hdae.symbolic.bound.BoundCatalogue;
import hdae.symbolic.bound.Domain;
import hdae.symbolic.bound.Parameter;
import hdae.symbolic.bound.Provenance;
import hdae.symbolic.formula.FormulaParser;
import hdae.symbolic.formula.FormulaSyntaxException;
import hdae.symbolic.formula.Formulas;
import hdae.symbolic.formula.Relation;
import hdae.symbolic.formula.SymbolDeclaration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads derivation files (format: docs/derivation-format.md). Every problem is reported as
 * {@code file:line:column: expected ..., found ...}; nothing else escapes.
 */
public final class DerivationParser {
    private static final Set<String> HEADER_KEYS = Set.of("derivation", "title", "provenance", "source", "param",
            "assume", "statement", "symbol", "bound", "step");
    private static final Set<String> STEP_KEYS = Set.of("claim", "text", "by", "cite", "where", "param", "concludes",
            "expect", "from", "antiderivative");
    private static final Set<String> VERDICTS = Set.of("PROVED", "CHECKED", "CITED", "FAILED", "UNKNOWN");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern STEP = Pattern.compile("step\\s+(\\S+)\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile("([a-z][A-Za-z0-9]*)\\s+(.+?)(\\s+--\\s+(.*))?");

    /**
     * The largest derivation read, in bytes (characters for text), about a hundred times the largest shipped one. Each
     * formula is further limited in length and nesting depth ({@link FormulaParser#MAX_DEPTH}).
     */
    public static final int MAX_CHARS = 1 << 20;
    private final BoundCatalogue catalogue;

    public DerivationParser(BoundCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Derivation parse(Path file) {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_CHARS) {
                throw new DerivationSyntaxException(file.toString(), 1, 1, "expected a file of at most " + MAX_CHARS
                        + " bytes, found " + size + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DerivationSyntaxException(file.toString(), 1, 1, "expected UTF-8 text, found bytes that are not UTF-8");
        } catch (IOException e) {
            throw new DerivationSyntaxException(file.toString(), 1, 1, "cannot read the file: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** Parses {@code text}; {@code file} names it in messages and gives the expected id (its name without .deriv). */
    public Derivation parse(String file, String text) {
        if (text.length() > MAX_CHARS) {
            throw new DerivationSyntaxException(file, 1, 1, "expected a file of at most " + MAX_CHARS
                    + " characters, found " + text.length());
        }
        return new Reader(file, text).read();
    }

    private final class Reader {
        private final String file;
        private final String[] lines;
        private String id;
        private String title;
        private Provenance provenance;
        private String source;
        private StringBuilder statement;
        private final List<Parameter> params = new ArrayList<>();
        private final List<Relation> assumptions = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private final java.util.Map<String, SymbolDeclaration> symbols = new java.util.LinkedHashMap<>();
        /** The file's own bounds ({@code bound} blocks), in order; {@code @id} refers to them as to the catalogue's. */
        private final java.util.Map<String, BoundBlock> blocks = new java.util.LinkedHashMap<>();
        private final FormulaParser formulas = new FormulaParser(
                ref -> Optional.ofNullable(blocks.get(ref)).flatMap(BoundBlock::closedForm)
                        .or(() -> catalogue.find(ref).map(hdae.symbolic.bound.Bound::closedForm)),
                name -> Optional.ofNullable(symbols.get(name)).or(() -> Optional.ofNullable(catalogue.symbols().get(name))));
        private BoundBlock block;
        private StepDraft step;
        private StringBuilder continuing;

        Reader(String file, String text) {
            this.file = file;
            this.lines = text.replace("\r\n", "\n").split("\n", -1);
        }

        Derivation read() {
            for (int i = 0; i < lines.length; i++) {
                String raw = lines[i];
                int lineNo = i + 1;
                if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                    continuing = raw.isBlank() ? null : continuing;
                    continue;
                }
                if (raw.indexOf('\t') >= 0) {
                    throw error(lineNo, raw.indexOf('\t') + 1, "expected spaces for indentation, found a tab");
                }
                boolean indented = Character.isWhitespace(raw.charAt(0));
                int col = indent(raw) + 1;
                String line = raw.strip();
                String key = firstWord(line);
                String value = line.substring(key.length()).strip();
                int valueCol = col + key.length() + (line.length() - key.length() - value.length());
                if (!indented) {
                    header(lineNo, key, value, valueCol);
                } else if (step != null && STEP_KEYS.contains(key)) {
                    stepKey(lineNo, key, value, valueCol);
                } else if (block != null && BoundBlock.KEYS.contains(key)) {
                    boundKey(lineNo, key, value, valueCol);
                } else if (continuing != null) {
                    continuing.append(' ').append(line);
                } else {
                    throw error(lineNo, col, step != null
                            ? "expected one of " + sorted(STEP_KEYS) + " in a step, found '" + key + "'"
                            : block != null ? "expected one of " + sorted(BoundBlock.KEYS) + " in a bound, found '" + key + "'"
                            : "expected a header keyword at the start of the line, found indented '" + key + "'");
                }
            }
            finishStep();
            int end = lines.length;
            require(id, "derivation", end);
            require(title, "title", end);
            require(provenance, "provenance", end);
            require(source, "source", end);
            require(statement, "statement", end);
            if (steps.isEmpty()) {
                throw error(end, 1, "expected at least one step, found none");
            }
            List<hdae.symbolic.bound.Bound> bounds = new ArrayList<>();
            for (BoundBlock b : blocks.values()) {
                try {
                    bounds.add(b.build(id));
                } catch (ReferenceSyntax.Problem e) {
                    throw error(b.line, 1, e.getMessage());
                }
                if (steps.stream().noneMatch(st -> st.concludes().contains(b.id))) {
                    throw error(b.line, 1, "expected a step that concludes bound " + b.id + " ('concludes " + b.id
                            + "'), found none");
                }
            }
            return new Derivation(id, file, title, provenance, source, statement.toString().strip(), params,
                    assumptions, List.copyOf(symbols.values()), steps, bounds);
        }

        private void header(int lineNo, String key, String value, int col) {
            continuing = null;
            block = null;
            if (!HEADER_KEYS.contains(key)) {
                throw error(lineNo, 1, "expected one of " + sorted(HEADER_KEYS) + ", found '" + key + "'");
            }
            if (!key.equals("step") && step != null) {
                throw error(lineNo, 1, "expected step keywords (indented) or a new step after the steps began, found '"
                        + key + "'");
            }
            switch (key) {
                case "derivation" -> {
                    once(id, key, lineNo);
                    if (!ID.matcher(value).matches()) {
                        throw error(lineNo, col, "expected a kebab-case id, found '" + value + "'");
                    }
                    String stem = Path.of(file).getFileName().toString().replaceFirst("\\.deriv$", "");
                    if (file.endsWith(".deriv") && !stem.equals(value)) {
                        throw error(lineNo, col, "expected the id to match the file name '" + stem + "', found '" + value + "'");
                    }
                    id = value;
                }
                case "title" -> {
                    once(title, key, lineNo);
                    title = nonEmpty(value, key, lineNo, col);
                }
                case "provenance" -> {
                    once(provenance, key, lineNo);
                    provenance = provenance(value, lineNo, col);
                }
                case "source" -> {
                    once(source, key, lineNo);
                    source = nonEmpty(value, key, lineNo, col);
                }
                case "statement" -> {
                    once(statement, key, lineNo);
                    statement = new StringBuilder(value);
                    continuing = statement;
                }
                case "param" -> params.add(param(value, lineNo, col, names()));
                case "assume" -> assumptions.add(relation(value, lineNo, col, names()));
                case "symbol" -> symbol(value, lineNo, col);
                case "bound" -> startBound(lineNo, value, col);
                default -> startStep(lineNo, value);
            }
        }

        /** {@code bound ID}: a bound this file declares, with indented keys (see {@link BoundBlock}). */
        private void startBound(int lineNo, String value, int col) {
            if (!ID.matcher(value).matches()) {
                throw error(lineNo, col, "expected a kebab-case bound id, found '" + value + "'");
            }
            if (catalogue.find(value).isPresent() || blocks.containsKey(value)) {
                throw error(lineNo, col, "expected a new bound id, found '" + value + "', which is already "
                        + (blocks.containsKey(value) ? "declared in this file" : "a bound of the catalogue or of a file read before"));
            }
            block = new BoundBlock(value, lineNo);
            blocks.put(value, block);
        }

        private void boundKey(int lineNo, String key, String value, int col) {
            continuing = null;
            try {
                switch (key) {
                    case "title" -> {
                        once(block.title.isEmpty() ? null : block.title, key, lineNo);
                        block.title = nonEmpty(value, key, lineNo, col);
                    }
                    case "quantity" -> {
                        once(block.quantity, key, lineNo);
                        block.quantity = ReferenceSyntax.symbol(value,
                                name -> symbols.containsKey(name) || catalogue.symbols().containsKey(name));
                        symbols.put(block.quantity.name(), block.quantity);
                    }
                    case "param" -> block.params.add(param(value, lineNo, col, block.names()));
                    case "relation" -> {
                        once(block.relation, key, lineNo);
                        block.relation(relation(value, lineNo, col, block.names()));
                    }
                    case "provenance" -> {
                        once(block.provenance, key, lineNo);
                        block.provenance = provenance(value, lineNo, col);
                    }
                    case "source" -> {
                        once(block.source, key, lineNo);
                        block.source = nonEmpty(value, key, lineNo, col);
                    }
                    default -> {
                        once(block.statement, key, lineNo);
                        block.statement = new StringBuilder(nonEmpty(value, key, lineNo, col));
                        continuing = block.statement;
                    }
                }
            } catch (ReferenceSyntax.Problem e) {
                throw error(lineNo, col, e.getMessage().replace("'symbol Name(parameters)", "'quantity Name(parameters)"));
            }
        }

        private Provenance provenance(String value, int lineNo, int col) {
            try {
                return Provenance.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw error(lineNo, col, "expected one of " + Arrays.toString(Provenance.values()) + ", found '" + value + "'");
            }
        }

        private void startStep(int lineNo, String rest) {
            finishStep();
            Matcher m = STEP.matcher("step " + rest);
            String number = m.matches() ? m.group(1) : "";
            int expected = steps.size() + 1;
            if (!number.equals(String.valueOf(expected))) {
                throw error(lineNo, 6, "expected step number " + expected + ", found '" + number + "'");
            }
            step = new StepDraft(expected, m.group(2).strip(), lineNo);
        }

        private void stepKey(int lineNo, String key, String value, int col) {
            continuing = null;
            switch (key) {
                case "claim" -> {
                    if (step.claim != null || step.text != null) {
                        throw error(lineNo, col, "expected one claim per step, found a second claim");
                    }
                    step.claim = relation(value, lineNo, col, step.names());
                    if (step.claim.lhs().equals(step.claim.rhs())) {
                        throw error(lineNo, col, "expected a claim that states something, found both sides identical"
                                + " after expanding @ references: " + step.claim.toInputForm());
                    }
                }
                case "from" -> premises(value, lineNo, col);
                case "text" -> {
                    if (step.claim != null || step.text != null) {
                        throw error(lineNo, col, "expected one claim per step, found a second claim");
                    }
                    step.text = new StringBuilder(nonEmpty(value, key, lineNo, col));
                    continuing = step.text;
                }
                case "by", "cite" -> {
                    if (step.justification != null) {
                        throw error(lineNo, col, "expected one justification (by or cite) per step, found a second");
                    }
                    step.cited = key.equals("cite");
                    step.justification = new StringBuilder(nonEmpty(value, key, lineNo, col));
                    continuing = step.justification;
                }
                case "where" -> step.where.add(relation(value, lineNo, col, step.names()));
                case "param" -> step.params.add(param(value, lineNo, col, step.names()));
                case "antiderivative" -> antiderivative(value, lineNo, col);
                case "concludes" -> {
                    for (String c : value.split("\\s*,\\s*")) {
                        if (!ID.matcher(c).matches()) {
                            throw error(lineNo, col, "expected bound ids separated by commas, found '" + c + "'");
                        }
                        step.concludes.add(c);
                    }
                }
                default -> {
                    if (!VERDICTS.contains(value)) {
                        throw error(lineNo, col, "expected one of " + sorted(VERDICTS) + ", found '" + value + "'");
                    }
                    step.expected = value;
                }
            }
        }

        /**
         * {@code antiderivative H}: after a claim {@code Integrate(f, v, a, b) == rhs}, a formula in v (and the step's
         * parameters) whose derivative in v is f.
         */
        private void antiderivative(String value, int lineNo, int col) {
            if (step.antiderivative != null) {
                throw error(lineNo, col, "expected one 'antiderivative' line per step, found a second");
            }
            if (step.claim == null || step.claim.rel() != hdae.symbolic.formula.Rel.EQ
                    || !(step.claim.lhs() instanceof hdae.symbolic.formula.Integral)) {
                throw error(lineNo, col, "expected 'antiderivative' after a claim Integrate(f, v, a, b) == ..., found "
                        + (step.claim == null ? "no claim before it" : "the claim " + step.claim.toInputForm()));
            }
            Set<String> known = step.names();
            known.add(((hdae.symbolic.formula.Integral) step.claim.lhs()).var().name());
            step.antiderivative = formula(value, lineNo, col, known);
            step.antiderivativeLine = lineNo;
        }

        private void finishStep() {
            if (step == null) {
                return;
            }
            if (step.antiderivative != null && (step.cited || !step.premises.isEmpty())) {
                throw error(step.antiderivativeLine, 1, "expected 'antiderivative' in a step with 'by' and without 'from'"
                        + " (it says how the claim itself is proved), found it with " + (step.cited ? "'cite'" : "'from'"));
            }
            if (step.claim == null && step.text == null) {
                throw error(step.line, 1, "expected a 'claim' or 'text' line in " + "step " + step.number + ", found none");
            }
            if (step.justification == null) {
                throw error(step.line, 1, "expected a 'by' or 'cite' line in step " + step.number + ", found none");
            }
            if (step.text != null && !step.cited) {
                throw error(step.line, 1, "expected 'cite' for a claim in words (step " + step.number
                        + "): only a formal claim can be checked");
            }
            steps.add(new Step(step.number, step.title, step.line, Optional.ofNullable(step.claim),
                    step.text == null ? "" : step.text.toString().strip(),
                    new Justification(step.cited, step.justification.toString().strip()),
                    Optional.ofNullable(step.antiderivative), step.params, step.where,
                    step.premises, step.concludes, Optional.ofNullable(step.expected)));
            step = null;
        }

        /** {@code symbol Name(p, q) -- meaning}: a quantity with a meaning in words and no value. */
        private void symbol(String value, int lineNo, int col) {
            try {
                SymbolDeclaration d = ReferenceSyntax.symbol(value,
                        name -> symbols.containsKey(name) || catalogue.symbols().containsKey(name));
                symbols.put(d.name(), d);
            } catch (ReferenceSyntax.Problem e) {
                throw error(lineNo, col, e.getMessage());
            }
        }

        /** {@code from 5, 6} or {@code from 12 with s = Sqrt(2*Pi)*t, u = 1}. */
        private void premises(String value, int lineNo, int col) {
            try {
                step.premises.addAll(ReferenceSyntax.premises(value, step.number, steps, names(),
                        f -> formula(f, lineNo, col, step.names())));
            } catch (ReferenceSyntax.Problem e) {
                throw error(lineNo, col, e.getMessage());
            }
        }

        private hdae.symbolic.formula.Formula formula(String value, int lineNo, int col, Set<String> known) {
            hdae.symbolic.formula.Formula f;
            try {
                f = formulas.formula(value);
            } catch (FormulaSyntaxException e) {
                throw error(lineNo, col, e.problem());
            }
            Set<String> unknown = new TreeSet<>(Formulas.freeVariables(f));
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw error(lineNo, col, "expected every variable declared with 'param', found undeclared " + unknown);
            }
            return f;
        }

        private Parameter param(String value, int lineNo, int col, Set<String> known) {
            Matcher m = PARAM.matcher(value);
            if (!m.matches()) {
                throw error(lineNo, col, "expected 'param NAME DOMAIN [-- meaning]', found '" + value + "'");
            }
            String name = m.group(1);
            if (known.contains(name)) {
                throw error(lineNo, col, "expected a new parameter name, found '" + name + "' declared twice");
            }
            Domain d;
            try {
                d = DomainSyntax.parse(m.group(2));
            } catch (FormulaSyntaxException e) {
                throw error(lineNo, col + m.start(2) + e.column() - 1, e.problem());
            }
            return Parameter.of(name, d, m.group(4) == null ? "" : m.group(4).strip());
        }

        private Relation relation(String value, int lineNo, int col, Set<String> known) {
            Relation r;
            try {
                r = formulas.relation(value);
            } catch (FormulaSyntaxException e) {
                throw error(lineNo, col + e.column() - 1, e.problem());
            }
            Set<String> unknown = new TreeSet<>(Formulas.freeVariables(r));
            r.asymptoticVar().ifPresent(v -> unknown.remove(v.name()));
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw error(lineNo, col, "expected every variable declared with 'param', found undeclared " + unknown);
            }
            return r;
        }

        private Set<String> names() {
            Set<String> s = new TreeSet<>();
            params.forEach(p -> s.add(p.name()));
            return s;
        }

        private final class StepDraft {
            final int number;
            final String title;
            final int line;
            Relation claim;
            StringBuilder text;
            StringBuilder justification;
            boolean cited;
            final List<Parameter> params = new ArrayList<>();
            final List<Relation> where = new ArrayList<>();
            final List<String> concludes = new ArrayList<>();
            final List<Premise> premises = new ArrayList<>();
            String expected;
            hdae.symbolic.formula.Formula antiderivative;
            int antiderivativeLine;

            StepDraft(int number, String title, int line) {
                this.number = number;
                this.title = title;
                this.line = line;
            }

            Set<String> names() {
                Set<String> s = Reader.this.names();
                params.forEach(p -> s.add(p.name()));
                return s;
            }
        }

        private void once(Object current, String key, int lineNo) {
            if (current != null) {
                throw error(lineNo, 1, "expected one '" + key + "' line, found a second");
            }
        }

        private void require(Object value, String key, int lineNo) {
            if (value == null) {
                throw error(lineNo, 1, "expected a '" + key + "' line before the end of the file, found none");
            }
        }

        private String nonEmpty(String value, String key, int lineNo, int col) {
            if (value.isEmpty()) {
                throw error(lineNo, col, "expected text after '" + key + "', found nothing");
            }
            return value;
        }

        private DerivationSyntaxException error(int line, int column, String problem) {
            return new DerivationSyntaxException(file, line, column, problem);
        }
    }

    private static String firstWord(String line) {
        int i = 0;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.substring(0, i);
    }

    private static int indent(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String sorted(Set<String> s) {
        return String.join(", ", new TreeSet<>(s));
    }
}
