package cn.stampcheck.extract;

/**
 * Character-by-character folding of a progress text so that patterns can be written once in ASCII and
 * simplified Chinese: full-width ASCII (１２，％：；（）) becomes ASCII, every kind of space becomes
 * {@code ' '}, {@code \r} becomes {@code \n} (a space in {@code \r\n}), dash variants become {@code '-'}, wave dashes {@code '~'},
 * traditional and financial numerals (萬, 兩, 壹, 贰 …) their everyday forms (not 伍 or 陆, which are
 * mostly 队伍 and 陆续 in progress texts).
 *
 * <p>Unlike NFKC, the folded text always has exactly the length of the original, so an offset into the
 * folded text is the same offset into the original.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            // \r\n is one line break: the \r becomes a space
            out[i] = c == '\r' && i + 1 < out.length && s.charAt(i + 1) == '\n' ? ' ' : fold(c);
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000', '\u00A0', '\t', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                    '\u2009', '\u200A', '\u200B', '\u202F', '\u205F', '\uFEFF', '\u000B', '\u000C' -> {
                return ' ';
            }
            case '\r', '\u2028', '\u2029', '\u0085' -> {
                return '\n';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFE58', '\u2500' -> {
                return '-';
            }
            case '\u301C', '\u223C' -> {
                return '~';
            }
            case '\uFE6A' -> {
                return '%';
            }
            case '\uFF61' -> {
                return '。';
            }
            case '\uFF64' -> {
                return '、';
            }
            case '\u3007' -> {
                return '〇';
            }
            case '萬' -> {
                return '万';
            }
            case '億' -> {
                return '亿';
            }
            case '兩' -> {
                return '两';
            }
            case '壹' -> {
                return '一';
            }
            case '贰', '貳' -> {
                return '二';
            }
            case '叁' -> {
                return '三';
            }
            case '肆' -> {
                return '四';
            }
            case '柒' -> {
                return '七';
            }
            case '捌' -> {
                return '八';
            }
            case '玖' -> {
                return '九';
            }
            case '拾' -> {
                return '十';
            }
            case '佰' -> {
                return '百';
            }
            case '仟' -> {
                return '千';
            }
            default -> {
                return c;
            }
        }
    }

    /** Quotes and spaces that clerks put in or around a target's name; ignored when looking for keywords. */
    static boolean ignorableInKeyword(char c) {
        return switch (c) {
            case ' ', '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』', '《', '》', '〈', '〉', '`' -> true;
            default -> false;
        };
    }
}
