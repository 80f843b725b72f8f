package cn.stampcheck.check;

/** The report given as last quarter's cannot be compared with this one (other rules or year, or not the quarter before). */
public final class PreviousQuarterMismatchException extends Exception {

    public PreviousQuarterMismatchException(String message) {
        super(message);
    }
}
