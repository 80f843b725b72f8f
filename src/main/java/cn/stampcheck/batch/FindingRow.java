package cn.stampcheck.batch;

import cn.stampcheck.check.Finding;
import cn.stampcheck.check.FindingCode;
import java.nio.file.Path;

/**
 * One row of the overview's 问题清单 sheet: a finding, with the file it is in and the clerk's 【说明】 when
 * the finding was accepted ("" otherwise). Only these few strings are
 * kept per finding, so that a run over a thousand files holds no workbook and no rules session.
 */
public record FindingRow(Path file, String sheet, String cell, Integer item, FindingCode code, String message,
                         String explanation) {

    static FindingRow of(Path file, String sheet, Finding f) {
        return new FindingRow(file, sheet, f.cell().address(), f.item(), f.code(), f.message(),
                f.accepted() ? f.explanation() : "");
    }
}
