package hdae.symbolic.cas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A renaming of hdae variables to Symja symbols {@code hv$1, hv$2, ...} and back. Symja treats user
 * symbols case-insensitively and resolves some lower-case names ({@code gamma}, {@code e}) to
 * built-ins, so hdae's names never reach it verbatim.
 */
final class SymjaNames {
    private static final Pattern SYMBOL = Pattern.compile("hv\\$(\\d+)");
    private final Map<String, String> toSymja = new LinkedHashMap<>();
    private final Map<String, String> fromSymja = new LinkedHashMap<>();

    String symbolOf(String name) {
        return toSymja.computeIfAbsent(name, k -> {
            String s = "hv$" + (toSymja.size() + 1);
            fromSymja.put(s, k);
            return s;
        });
    }

    /** Replaces every {@code hv$k} in Symja output by the hdae name. */
    String restore(String symjaText) {
        Matcher m = SYMBOL.matcher(symjaText);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(fromSymja.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
