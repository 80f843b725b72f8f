package cn.stampcheck.draft;

/** Small text helpers for notice prose. */
final class Chinese {

    private Chinese() {
    }

    /**
     * The text without layout whitespace: line breaks and spaces inside Chinese prose come from page
     * layout (a PDF copy breaks lines mid-word), so they are dropped; a space between two Latin letters or
     * digits is kept. Full-width digits and ％ become ASCII.
     */
    static String compact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = fold(s.charAt(i));
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                char prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                int j = i;
                while (j < n && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000' || s.charAt(j) == '\u00a0')) {
                    j++;
                }
                char next = j < n ? fold(s.charAt(j)) : ' ';
                if (latin(prev) && latin(next)) {
                    out.append(' ');
                }
                i = j - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static char fold(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        if (c == '％') {
            return '%';
        }
        if (c == '．') {
            return '.';
        }
        return c;
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** True for an opening quote or bracket character. */
    static boolean opens(char c) {
        return "“‘「『《〈\"".indexOf(c) >= 0;
    }
}
