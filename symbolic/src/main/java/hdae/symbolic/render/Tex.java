package hdae.symbolic.render;

/** Escaping of plain text for LaTeX. */
public final class Tex {
    private Tex() {
    }

    /** Escapes the characters that LaTeX treats specially in text mode. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '%', '_' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\^{}");
                case '~' -> sb.append("\\~{}");
                case '<' -> sb.append("\\textless{}");
                case '>' -> sb.append("\\textgreater{}");
                case '|' -> sb.append("\\textbar{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
