package hdae.validate.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hdae.validate.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gap ledger: the known gaps between catalogue bounds and measurements, read from a JSON file, and the rule
 * that judges a measurement against its prediction and the ledger.
 *
 * <p>A measurement with interval \( [\ell, u] \) agrees with \( v^\ast \) when its {@link Comparison} holds. Then:
 * agreement and no entry gives {@link Verdict#HOLDS}; disagreement and an entry with the same direction whose
 * interval contains \( \hat v \) gives {@link Verdict#GAP_LEDGERED}; disagreement and no entry gives
 * {@link Verdict#GAP_UNLEDGERED}; an entry that does not reproduce (agreement, the other direction, or \( \hat v \)
 * outside the entry's interval) gives {@link Verdict#LEDGER_STALE}. Runs are seeded, so a gap reproduces to the
 * sampling error recorded in the entry's interval.
 *
 * <p>A bracket row ({@link Comparison#isBracket()}) is decided by {@link Comparison#decide}: SUPPORTED with no entry
 * gives {@link Verdict#SUPPORTED}; REFUTED (direction ABOVE for an at-most claim, BELOW for an at-least claim) and
 * INCONCLUSIVE (direction STRADDLES) need an entry that reproduces, and then give {@link Verdict#REFUTED} and
 * {@link Verdict#INCONCLUSIVE}; otherwise GAP_UNLEDGERED or LEDGER_STALE as above.
 *
 * <p>File format ({@code version} 1): {@code {"version": 1, "gaps": [{"bound", "experiment", "quantity",
 * "scale", "predicted", "measured", "lower", "upper", "direction", "why"}, ...]}}.
 */
public final class GapLedger {

    /** The ledger as committed, a class-path resource. */
    public static final String RESOURCE = "/hdae/validate/ledger/gaps.json";
    /** The only file-format version this reader knows. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> TEXT_FIELDS = List.of("bound", "experiment", "quantity", "scale", "direction",
            "why");
    private static final List<String> NUMBER_FIELDS = List.of("predicted", "measured", "lower", "upper");

    private final String source;
    private final Map<String, GapEntry> entries;

    private GapLedger(String source, Map<String, GapEntry> entries) {
        this.source = source;
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** @return the committed ledger, {@link #RESOURCE} */
    public static GapLedger standard() {
        try (InputStream in = GapLedger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw ValidationException.expected("the class-path resource to exist", "gap ledger", RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw ValidationException.expected("a readable file", "gap ledger " + RESOURCE, e.getMessage(), e);
        }
    }

    /**
     * Reads a ledger file.
     *
     * @param file the JSON file
     * @return the ledger
     */
    public static GapLedger load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw ValidationException.expected("a readable file", "gap ledger " + file, e.getMessage(), e);
        }
    }

    /**
     * Parses ledger text.
     *
     * @param json   the JSON text
     * @param source the file name, for messages
     * @return the ledger
     */
    public static GapLedger parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ValidationException.expected("well-formed JSON", "gap ledger " + source,
                    e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.expected("a JSON object at the top", "gap ledger " + source, root);
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw ValidationException.expected("\"version\": " + VERSION, source + ": version", version);
        }
        JsonNode gaps = root.get("gaps");
        if (gaps == null || !gaps.isArray()) {
            throw ValidationException.expected("an array", source + ": gaps", gaps);
        }
        Map<String, GapEntry> map = new LinkedHashMap<>();
        for (int i = 0; i < gaps.size(); i++) {
            GapEntry entry = entry(gaps.get(i), source + ": gaps[" + i + "]");
            if (map.put(entry.key(), entry) != null) {
                throw ValidationException.expected("one entry per (experiment, scale, quantity)",
                        source + ": gaps[" + i + "]", entry.key());
            }
        }
        return new GapLedger(source, map);
    }

    private static GapEntry entry(JsonNode node, String where) {
        if (!node.isObject()) {
            throw ValidationException.expected("an object", where, node);
        }
        for (String field : TEXT_FIELDS) {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual() || v.textValue().isBlank()) {
                throw ValidationException.expected("a non-empty string", where + "." + field, v);
            }
        }
        for (String field : NUMBER_FIELDS) {
            JsonNode v = node.get(field);
            if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw ValidationException.expected("a finite number", where + "." + field, v);
            }
        }
        String bound = node.get("bound").textValue();
        if (!bound.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw ValidationException.expected("a kebab-case bound id", where + ".bound", bound);
        }
        String scale = node.get("scale").textValue();
        if (!scale.equals("QUICK") && !scale.equals("FULL")) {
            throw ValidationException.expected("QUICK or FULL", where + ".scale", scale);
        }
        String direction = node.get("direction").textValue();
        if (!direction.equals("BELOW") && !direction.equals("ABOVE") && !direction.equals("STRADDLES")) {
            throw ValidationException.expected("BELOW, ABOVE or STRADDLES", where + ".direction", direction);
        }
        double measured = node.get("measured").doubleValue();
        double lower = node.get("lower").doubleValue();
        double upper = node.get("upper").doubleValue();
        if (!(lower <= measured && measured <= upper)) {
            throw ValidationException.expected("lower <= measured <= upper", where,
                    String.format(Locale.ROOT, "%s <= %s <= %s", lower, measured, upper));
        }
        return new GapEntry(bound, node.get("experiment").textValue(), node.get("quantity").textValue(), scale,
                node.get("predicted").doubleValue(), measured, lower, upper, Direction.valueOf(direction),
                node.get("why").textValue());
    }

    /** @return the file or resource it was read from */
    public String source() {
        return source;
    }

    /** @return the entries, in file order */
    public List<GapEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    /**
     * The entry for a row, if any.
     *
     * @param experiment experiment id
     * @param scale      scale name
     * @param quantity   quantity
     * @return the entry
     */
    public Optional<GapEntry> find(String experiment, String scale, String quantity) {
        return Optional.ofNullable(entries.get(GapEntry.key(experiment, scale, quantity)));
    }

    /**
     * A copy without one entry (what a test uses to show that a missing entry fails).
     *
     * @param experiment experiment id
     * @param scale      scale name
     * @param quantity   quantity
     * @return the copy
     */
    public GapLedger without(String experiment, String scale, String quantity) {
        Map<String, GapEntry> copy = new LinkedHashMap<>(entries);
        if (copy.remove(GapEntry.key(experiment, scale, quantity)) == null) {
            throw ValidationException.expected("an entry of the ledger", "key",
                    GapEntry.key(experiment, scale, quantity));
        }
        return new GapLedger(source + " without " + GapEntry.key(experiment, scale, quantity), copy);
    }

    /**
     * Judges a measurement against its prediction and this ledger.
     *
     * @param experiment the experiment id
     * @param scale      the scale name
     * @param m          the measurement
     * @return the verdict and its explanation
     */
    public Judgement judge(String experiment, String scale, Measurement m) {
        Optional<GapEntry> entry = find(experiment, scale, m.quantity());
        String now = String.format(Locale.ROOT, "%s / %s: measured %s; predicted %.4g by %s (%s; rule: %s)",
                experiment, m.quantity(), m.measuredText(), m.predicted(), m.bound(), m.source(),
                m.comparison().rule());
        if (m.comparison() == Comparison.NONE) {
            return entry.map(e -> new Judgement(Verdict.LEDGER_STALE, "ledger " + source + " lists a gap for a row"
                    + " without prediction: " + describe(e) + "; now " + now))
                    .orElseGet(() -> new Judgement(Verdict.REPORTED, now));
        }
        double lower = m.measured().interval().lower();
        double upper = m.measured().interval().upper();
        if (m.comparison().isBracket()) {
            return judgeBracket(entry, m, now);
        }
        boolean agrees = m.comparison().agrees(lower, upper, m.predicted());
        if (agrees) {
            return entry.map(e -> new Judgement(Verdict.LEDGER_STALE, "stale entry in " + source + ": the ledger"
                    + " says " + describe(e) + ", but now the measurement agrees: " + now))
                    .orElseGet(() -> new Judgement(Verdict.HOLDS, now));
        }
        Direction direction = upper < m.predicted() ? Direction.BELOW : Direction.ABOVE;
        return againstEntry(entry, m, direction, Verdict.GAP_LEDGERED, "gap", now);
    }

    private Judgement judgeBracket(Optional<GapEntry> entry, Measurement m, String now) {
        Verdict decided = m.comparison().decide(m.measured().interval().lower(), m.measured().interval().upper(),
                m.predicted());
        if (decided == Verdict.SUPPORTED) {
            return entry.map(e -> new Judgement(Verdict.LEDGER_STALE, "stale entry in " + source + ": the ledger"
                    + " says " + describe(e) + ", but now the bracket supports the claim: " + now))
                    .orElseGet(() -> new Judgement(Verdict.SUPPORTED, "bracket supports the claim: " + now));
        }
        Direction direction = decided == Verdict.INCONCLUSIVE ? Direction.STRADDLES
                : m.comparison() == Comparison.BRACKET_AT_MOST ? Direction.ABOVE : Direction.BELOW;
        return againstEntry(entry, m, direction, decided, decided + " by the bracket", now);
    }

    /**
     * A disagreement (or an undecided bracket) against the ledger: unledgered, ledgered and reproducing (the entry
     * has the same direction and bound, and its interval contains the measured value), or stale.
     */
    private Judgement againstEntry(Optional<GapEntry> entry, Measurement m, Direction direction, Verdict pass,
            String what, String now) {
        if (entry.isEmpty()) {
            return new Judgement(Verdict.GAP_UNLEDGERED, "unledgered " + what + " (" + direction + "), not in "
                    + source + ": " + now);
        }
        GapEntry e = entry.get();
        double value = m.measured().value();
        boolean reproduces = e.direction() == direction && e.bound().equals(m.bound())
                && e.lower() <= value && value <= e.upper();
        if (reproduces) {
            return new Judgement(pass, "ledgered " + what + " (" + e.why() + "): " + now);
        }
        return new Judgement(Verdict.LEDGER_STALE, "stale entry in " + source + ": the ledger says " + describe(e)
                + "; now " + what + " (" + direction + "): " + now);
    }

    private static String describe(GapEntry e) {
        return String.format(Locale.ROOT, "measured %.4g [%.4g, %.4g], %s predicted %.4g by %s", e.measured(),
                e.lower(), e.upper(), e.direction(), e.predicted(), e.bound());
    }
}
