package cn.stampcheck.report;

import java.text.Normalizer;

/** Text normalisation shared by table finding and name matching. */
public final class Text {

    private Text() {
    }

    /** Full-width folded to half-width (NFKC), all whitespace (also U+3000 and line breaks) removed. */
    public static String compact(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    /** A message on one line (a clerk's list or a terminal shows one line per problem); 未知错误 for none. */
    public static String oneLine(String message) {
        return message == null || message.isBlank() ? "未知错误" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@link #compact} and also without punctuation, quotes and brackets: for comparing names. */
    public static String bare(String s) {
        return compact(s).replaceAll("[\\p{P}\\p{S}]+", "");
    }
}
