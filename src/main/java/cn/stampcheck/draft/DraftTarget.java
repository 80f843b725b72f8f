package cn.stampcheck.draft;

import cn.stampcheck.rules.Comparator;
import cn.stampcheck.rules.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target the drafter read from a notice sentence, or a number it only suggests (doubt set): written
 * as {@code Target.of(item, label).keywords(…).atLeast(amount, unit)…}.
 *
 * @param amount    the threshold as written in the rules file: "5", "2.1万", "0.5"
 * @param deadline  a deadline other than the year's end, or null
 * @param schedule  a schedule other than the default, or null
 * @param sentence  the notice's sentence, quoted above the target
 * @param doubt     null for a target; else why the number may not be a goal (the line is commented out, 待确认)
 */
public record DraftTarget(int item, String label, List<String> keywords, Comparator comparator, BigDecimal threshold,
                          String amount, String unit, List<String> aliases, LocalDate deadline, Schedule schedule,
                          String sentence, String doubt) {

    public DraftTarget {
        keywords = List.copyOf(keywords);
        aliases = List.copyOf(aliases);
    }

    public boolean suggestion() {
        return doubt != null;
    }

    DraftTarget withLabel(String newLabel) {
        return new DraftTarget(item, newLabel, keywords, comparator, threshold, amount, unit, aliases, deadline,
                schedule, sentence, doubt);
    }
}
