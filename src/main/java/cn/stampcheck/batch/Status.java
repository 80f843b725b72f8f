package cn.stampcheck.batch;

import cn.stampcheck.check.CheckResult;

/**
 * The verdict on one file, in the clerk's words; the command line exits with the worst of its files' (its
 * number is the command line's business).
 */
public enum Status {
    READY("可盖章"),
    NEEDS_CHANGES("需修改"),
    UNCHECKABLE("无法核查");

    private final String chinese;

    Status(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Needs changes when the check found an error; warnings alone do not stop the stamp. */
    public static Status of(CheckResult result) {
        return result.hasErrors() ? NEEDS_CHANGES : READY;
    }

    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
