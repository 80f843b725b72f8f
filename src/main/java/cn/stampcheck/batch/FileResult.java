package cn.stampcheck.batch;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.FindingCode;
import cn.stampcheck.check.PreviousQuarter;
import cn.stampcheck.check.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a folder run keeps of one file: its overview row, its findings, and what it said for pairing with
 * the next quarter's report (null when it could not be checked).
 */
public record FileResult(FileSummary summary, List<FindingRow> findings, PreviousQuarter asPrevious) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    static FileResult of(Path file, CheckResult r) {
        Status status = Status.of(r);
        FileSummary summary = new FileSummary(file, r.sheet(), r.year() + "年" + r.place(), r.quarter(),
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.accepted(), status, reason(r), null, "");
        return new FileResult(summary, r.findings().stream().map(f -> FindingRow.of(file, r.sheet(), f)).toList(),
                r.asPrevious());
    }

    static FileResult uncheckable(Path file, String reason) {
        return new FileResult(FileSummary.uncheckable(file, reason), List.of(), null);
    }

    FileResult pairedWith(Path earlier, String note) {
        return new FileResult(summary.pairedWith(earlier, note), findings, asPrevious);
    }

    /** 未达目标 2 处、缺少实事 1 处 for the errors; else what the warnings are; else 未发现问题. */
    private static String reason(CheckResult r) {
        Severity shown = r.hasErrors() ? Severity.ERROR : Severity.WARNING;
        Map<FindingCode, Integer> counts = new LinkedHashMap<>();
        r.findings().stream().filter(f -> f.severity() == shown).forEach(f -> counts.merge(f.code(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return "未发现问题";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((code, n) -> parts.add(code.title() + " " + n + " 处"));
        return (shown == Severity.ERROR ? "错误：" : "无错误；提醒：") + String.join("、", parts);
    }
}
