package cn.stampcheck.marks;

import cn.stampcheck.check.Finding;
import cn.stampcheck.check.FindingCode;
import cn.stampcheck.check.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text of the checker's comments, the one mark format of the office extension and of the command
 * line's annotated copies (so the office's 清除核查标记 also clears a {@code check --annotate} copy).
 * Each finding is one line {@code 【核查】错误·未达目标：message}; an accepted one (the cell carries a
 * {@link cn.stampcheck.check.Explanation 【说明】} line) reads {@code 【核查】已说明·未达目标：message}.
 * Where the cell already has the clerk's own comment, the lines go below a separator line, and
 * {@link #strip} takes away exactly what {@link #compose} added (and any 【核查】 line), keeping whatever
 * the clerk wrote, also below our lines after the check.
 */
public final class MarkText {

    public static final String PREFIX = "【核查】";
    public static final String SEPARATOR = "──────── 核查 ────────";

    private MarkText() {
    }

    /** Fills of a marked cell (RGB): an open error, open warnings only, every finding accepted. */
    public static final int ERROR_FILL = 0xFFC7CE;
    public static final int WARNING_FILL = 0xFFEB9C;
    public static final int ACCEPTED_FILL = 0xC6EFCE;

    /** The word before the dot of an accepted finding's line. */
    public static final String ACCEPTED = "已说明";

    public static String line(Finding f) {
        return PREFIX + (f.accepted() ? ACCEPTED : f.severity().chinese()) + "·" + f.code().title() + "：" + f.message().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The fill of a cell carrying these findings. */
    public static int fill(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> !f.accepted() && f.severity() == Severity.ERROR)) {
            return ERROR_FILL;
        }
        return findings.stream().allMatch(Finding::accepted) ? ACCEPTED_FILL : WARNING_FILL;
    }

    /** Whether a fill is one of ours, so that a cell marked elsewhere (an annotated copy) can be cleared. */
    public static boolean isMarkFill(int rgb) {
        return rgb == ERROR_FILL || rgb == WARNING_FILL || rgb == ACCEPTED_FILL;
    }

    /** The comment holding {@code lines}, below the clerk's own text if there is one. */
    public static String compose(String own, List<String> lines) {
        String ours = String.join("\n", lines);
        return own == null || own.isEmpty() ? ours : own + "\n" + SEPARATOR + "\n" + ours;
    }

    public static boolean isOurs(String text) {
        return text != null && (text.startsWith(PREFIX) || text.contains("\n" + PREFIX));
    }

    /** The comment without our lines: the clerk's own text, or empty when nothing else remains. */
    public static Optional<String> strip(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int separator = -1;
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (lines.get(i).equals(SEPARATOR) && lines.get(i + 1).startsWith(PREFIX)) {
                separator = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i != separator && !lines.get(i).startsWith(PREFIX)) {
                kept.add(lines.get(i));
            }
        }
        String own = String.join("\n", kept);
        return own.isBlank() ? Optional.empty() : Optional.of(own);
    }

    /** Reads our lines back: (severity, code) of each, for the tests and the navigator. */
    public static List<FindingCode> codes(String text) {
        List<FindingCode> codes = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.startsWith(PREFIX)) {
                continue;
            }
            int dot = l.indexOf('·');
            int colon = l.indexOf('：', dot + 1);
            if (dot < 0 || colon < 0) {
                continue;
            }
            String title = l.substring(dot + 1, colon);
            for (FindingCode c : FindingCode.values()) {
                if (c.title().equals(title)) {
                    codes.add(c);
                }
            }
        }
        return codes;
    }

    /** Whether an open (not accepted) error finding is among our lines. */
    public static boolean hasError(String text) {
        String open = PREFIX + Severity.ERROR.chinese() + "·";
        return Arrays.stream(text.split("\n")).anyMatch(l -> l.startsWith(open));
    }

    /** Whether all our lines are accepted findings (and there is at least one). */
    public static boolean allAccepted(String text) {
        List<String> ours = Arrays.stream(text.split("\n")).filter(l -> l.startsWith(PREFIX)).toList();
        return !ours.isEmpty() && ours.stream().allMatch(l -> l.startsWith(PREFIX + ACCEPTED + "·"));
    }
}
