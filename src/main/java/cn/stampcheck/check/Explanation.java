package cn.stampcheck.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clerk's explanation for accepting the findings on a cell, kept as a comment line
 * {@code 【说明】<text>（yyyy-mm-dd）}: plain text, so it travels with the file and shows in Excel or WPS,
 * and every later check (office or command line) reads it back and reports the cell's findings as
 * accepted. The explanation belongs to the cell, not to a figure: it stays valid when the cell's text
 * changes, until the clerk removes it (核查 ▸ 清除说明), because the clerk who accepted a figure is the one
 * who knows whether a new figure still fits the phone call.
 */
public record Explanation(String text, LocalDate date) {

    public static final String PREFIX = "【说明】";
    private static final Pattern LINE = Pattern.compile("^" + PREFIX + "(.*?)(?:（(\\d{4}-\\d{2}-\\d{2})）)?\\s*$");

    public Explanation {
        text = text.replaceAll("\\s*\\R\\s*", " ").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("说明不能为空");
        }
    }

    /** The comment line, e.g. {@code 【说明】已电话确认，11月完成（2024-10-08）}. */
    public String line() {
        return PREFIX + text + (date == null ? "" : "（" + date + "）");
    }

    /** The last 【说明】 line of a comment (a later explanation replaces an earlier one), if any. */
    public static Optional<Explanation> find(String comment) {
        Explanation found = null;
        if (comment != null) {
            for (String l : comment.split("\\R")) {
                Explanation e = parse(l.strip());
                found = e != null ? e : found;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The comment with the new explanation: replaces the cell's earlier 【说明】 lines, keeps the rest. */
    public static String add(String comment, Explanation e) {
        Optional<String> rest = remove(comment);
        return rest.map(r -> r + "\n" + e.line()).orElse(e.line());
    }

    /** The comment without its 【说明】 lines; empty when nothing else remains. */
    public static Optional<String> remove(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        for (String l : comment.split("\n", -1)) {
            if (!l.strip().startsWith(PREFIX)) {
                kept.add(l);
            }
        }
        String rest = String.join("\n", kept).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    public static boolean present(String comment) {
        return find(comment).isPresent();
    }

    private static Explanation parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches() || m.group(1).isBlank()) {
            return null;
        }
        LocalDate date = null;
        try {
            date = m.group(2) == null ? null : LocalDate.parse(m.group(2));
        } catch (DateTimeParseException e) {
            return new Explanation(m.group(1) + "（" + m.group(2) + "）", null);
        }
        return new Explanation(m.group(1), date);
    }
}
