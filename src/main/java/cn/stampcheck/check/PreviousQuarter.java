package cn.stampcheck.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What one report said, kept for the check of the same department's next report: each target's figure
 * and each item's deadline. Small on purpose: a folder run keeps one per file, never the workbooks.
 *
 * @param file  the report's file name, shown in messages and in the overview
 * @param rules the rules file it was checked with; only a report checked with the same rules is compared
 */
public record PreviousQuarter(String file, String rules, int year, int quarter,
                              List<PreviousReading> readings, List<PreviousDeadline> deadlines) {

    public PreviousQuarter {
        readings = List.copyOf(readings);
        deadlines = List.copyOf(deadlines);
    }

    /** The facts a session of the shared checks gets. */
    List<Object> facts() {
        List<Object> facts = new ArrayList<>(readings);
        facts.addAll(deadlines);
        return facts;
    }
}
