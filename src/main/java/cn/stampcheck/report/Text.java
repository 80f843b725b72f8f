package cn.stampcheck.report;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text normalisation shared by table finding and name matching. */
public final class Text {

    // compiled once: these run on every cell of a sheet while the table is looked for
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

    private Text() {
    }

    /** Full-width folded to half-width (NFKC), all whitespace (also U+3000 and line breaks) removed. */
    public static String compact(String s) {
        return SPACE.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** A message on one line (a clerk's list or a terminal shows one line per problem); 未知错误 for none. */
    public static String oneLine(String message) {
        return message == null || message.isBlank() ? "未知错误" : LINE_BREAK.matcher(message.strip()).replaceAll(" ");
    }

    /** {@link #compact} and also without punctuation, quotes and brackets: for comparing names. */
    public static String bare(String s) {
        return PUNCTUATION.matcher(compact(s)).replaceAll("");
    }
}
