package cn.stampcheck.cli;

/** A report file that cannot be opened as a spreadsheet; the message says why in one line. */
public class UnreadableReportException extends Exception {

    public UnreadableReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
