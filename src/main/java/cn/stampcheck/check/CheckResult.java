package cn.stampcheck.check;

import java.util.List;

/**
 * The outcome of checking one report: what was checked against what, every target's verdict and every
 * finding, findings in reading order (row, then column).
 *
 * @param rules the rules file's name, e.g. rules/2024/linzi.drl
 * @param place the notice's place (临淄区): with the year, the rules as the clerk knows them
 * @param asPrevious what this report said, for comparing the same department's next quarter with it
 */
public record CheckResult(String file, String sheet, int sheetIndex, String rules, int year, int quarter,
                          List<TargetCheck> checks, List<Finding> findings, String place,
                          PreviousQuarter asPrevious) {

    public CheckResult {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
    }

    public CheckResult(String file, String sheet, int sheetIndex, String rules, int year, int quarter,
                       List<TargetCheck> checks, List<Finding> findings) {
        this(file, sheet, sheetIndex, rules, year, quarter, checks, findings, null, null);
    }

    /** The rules as the clerk knows them, e.g. 2024年临淄区: never a path in what the clerk reads. */
    public String noticeName() {
        return year + "年" + (place == null || place.isBlank() ? "" : place);
    }

    public CheckResult withFindings(List<Finding> changed) {
        return new CheckResult(file, sheet, sheetIndex, rules, year, quarter, checks, changed, place, asPrevious);
    }

    /** Open findings of that severity: accepted ones are counted by {@link #accepted()}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> !f.accepted() && f.severity() == severity).count();
    }

    public long accepted() {
        return findings.stream().filter(Finding::accepted).count();
    }

    /** Whether an open error stops the stamp; accepted errors do not. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
