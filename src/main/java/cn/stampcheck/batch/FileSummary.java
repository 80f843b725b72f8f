package cn.stampcheck.batch;

import java.nio.file.Path;

/**
 * One row of the overview's 总览 sheet: what was checked in one file and the verdict.
 *
 * @param sheet    the sheet holding the report, "" when none was found
 * @param rules    the rules as the clerk knows them (2024年临淄区), "" when none were chosen
 * @param quarter  0 when not settled
 * @param explained findings accepted with the clerk's 【说明】 (not counted in errors and warnings)
 * @param reason   the verdict in one line: what to fix, or why the file could not be checked
 * @param previous the earlier report this one was compared with, or null; {@link #pairing} says why not
 * @param pairing  what the comparison with last quarter came to, in one line ("" when not applicable)
 */
public record FileSummary(Path file, String sheet, String rules, int quarter, long errors, long warnings,
                          long explained, Status status, String reason, Path previous, String pairing) {

    static FileSummary uncheckable(Path file, String reason) {
        return new FileSummary(file, "", "", 0, 0, 0, 0, Status.UNCHECKABLE, reason, null, "");
    }

    FileSummary pairedWith(Path earlier, String note) {
        return new FileSummary(file, sheet, rules, quarter, errors, warnings, explained, status, reason, earlier, note);
    }
}
