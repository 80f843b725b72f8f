package cn.stampcheck.check;

/** The report given as last quarter's cannot be compared with this one (other rules, year, or not earlier). */
public final class PreviousQuarterMismatchException extends Exception {

    public PreviousQuarterMismatchException(String message) {
        super(message);
    }
}
