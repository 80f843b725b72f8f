package cn.stampcheck.report;

/** The workbook holds no sheet with a 序号 / 实事名称 / 进度 header row. */
public class NoReportTableException extends Exception {

    public NoReportTableException(String message) {
        super(message);
    }
}
