package cn.stampcheck.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's responsibility note — （责任单位：区教体局、区财政局）, （牵头单位：区妇联；配合单位：…）,
 * 〔责任单位：区妇儿工委各成员（特邀）单位，各镇（街道）〕, an unbracketed 责任单位：… sentence or a press
 * release's （市卫生健康委、市妇联负责） — and
 * the units it lists.
 *
 * @param units the units in order, without duplicates
 * @param start where the note starts in the compact item text (its opening bracket), or -1
 * @param end   where it ends (after its closing bracket), or -1
 */
public record Responsibility(List<String> units, int start, int end) {

    private static final Pattern LABEL = Pattern.compile(
            "(?:责任|牵头|主责|配合|协办|参与|实施|承办)(?:单位|部门)\\s*[:：]");
    private static final String OPEN = "（(〔【[";
    private static final String CLOSE = "）)〕】]";

    /** A press release's note: （市卫生健康委、市妇联负责）. */
    private static final Pattern IN_CHARGE = Pattern.compile("[（(]([^（）()]{2,80}?)(?:牵头)?负责[）)]");

    public static final Responsibility NONE = new Responsibility(List.of(), -1, -1);

    /** Finds the first note in a compact item text. */
    public static Responsibility find(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.find()) {
            Matcher inCharge = IN_CHARGE.matcher(text);
            return inCharge.find() ? new Responsibility(units(inCharge.group(1)), inCharge.start(), inCharge.end()) : NONE;
        }
        int labelStart = m.start();
        int open = labelStart - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        String content;
        int start;
        int end;
        if (open >= 0 && OPEN.indexOf(text.charAt(open)) >= 0) {
            int close = matching(text, open);
            start = open;
            end = close < 0 ? text.length() : close + 1;
            content = text.substring(labelStart, close < 0 ? text.length() : close);
        } else {
            int stop = text.indexOf('。', labelStart);
            start = labelStart;
            end = stop < 0 ? text.length() : stop + 1;
            content = text.substring(labelStart, stop < 0 ? text.length() : stop);
        }
        return new Responsibility(units(content), start, end);
    }

    /** Where the first note ends in a compact text, or -1 without one. */
    static int endOfNote(String compact) {
        return find(compact).end();
    }

    /** The text with the note taken out. */
    public String without(String text) {
        return start < 0 ? text : text.substring(0, start) + text.substring(Math.min(end, text.length()));
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Splits 区教体局、区财政局；配合单位：区妇联 into units, keeping bracketed parts whole. */
    static List<String> units(String content) {
        String s = LABEL.matcher(content).replaceAll("、");
        Set<String> out = new LinkedHashSet<>();
        StringBuilder unit = new StringBuilder();
        int depth = 0;
        for (char c : (s + "、").toCharArray()) {
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && "、，,；;　 \t\n".indexOf(c) >= 0) {
                add(out, unit.toString());
                unit.setLength(0);
            } else {
                unit.append(c);
            }
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String unit) {
        String u = unit.strip().replaceAll("^[。．.：:]+|[。．.：:]+$", "").replaceFirst("等$", "");
        if (!u.isEmpty()) {
            out.add(u);
        }
    }
}
