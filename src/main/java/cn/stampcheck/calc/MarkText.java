package cn.stampcheck.calc;

import cn.stampcheck.check.Finding;
import cn.stampcheck.check.FindingCode;
import cn.stampcheck.check.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text of the checker's comments. Each finding is one line {@code 【核查】错误·未达目标：message}.
 * Where the cell already has the clerk's own comment, the lines go below a separator line, and
 * {@link #strip} takes away exactly what {@link #compose} added (and any 【核查】 line), keeping whatever
 * the clerk wrote, also below our lines after the check.
 */
public final class MarkText {

    public static final String PREFIX = "【核查】";
    public static final String SEPARATOR = "──────── 核查 ────────";

    private MarkText() {
    }

    public static String line(Finding f) {
        return PREFIX + f.severity().chinese() + "·" + f.code().title() + "：" + f.message().replaceAll("\\s*\\R\\s*", " ");
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

    public static boolean hasError(String text) {
        return codes(text).stream().anyMatch(c -> c.severity() == Severity.ERROR);
    }
}
