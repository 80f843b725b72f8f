package cn.stampcheck.report;

import java.util.List;

/** All sheets of one opened document, in order, with the name the document came under. */
public record Workbook(String fileName, List<Grid> sheets) {

    public Workbook {
        sheets = List.copyOf(sheets);
    }
}
