package cn.stampcheck.check;

/** Neither the caller, the title, the sheet name nor the file name says which quarter a report is for. */
public class UnknownQuarterException extends Exception {

    public UnknownQuarterException(String message) {
        super(message);
    }
}
