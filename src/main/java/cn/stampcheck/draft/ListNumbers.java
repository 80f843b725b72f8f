package cn.stampcheck.draft;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The numbers Word's automatic list numbering shows before paragraphs (一、 1. （一）): they are not in the
 * paragraphs' text, so a notice typed with them would read as unnumbered. Counted per list and level, a level
 * starting again under each new item of the level above, and written with the level's text (%1、) in its
 * format (Chinese counting or digits).
 */
final class ListNumbers {

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label Word shows before the paragraph ("三、"), or "" when it is no list paragraph. */
    String label(XWPFParagraph p) {
        BigInteger list = p.getNumID();
        String text = p.getNumLevelText();
        if (list == null || text == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(list, k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        StringBuilder label = new StringBuilder(text);
        for (int l = 0; l <= level; l++) {
            int at = label.indexOf("%" + (l + 1));
            if (at >= 0) {
                label.replace(at, at + 2, format(Math.max(1, count[l]), format));
            }
        }
        return label.toString();
    }

    private static String format(int n, String format) {
        return format.toLowerCase(java.util.Locale.ROOT).matches(".*(chinese|ideograph|taiwanese|japanese).*")
                ? chinese(n) : Integer.toString(n);
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (lists are short). */
    static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n >= 100) {
            return Integer.toString(n);
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
