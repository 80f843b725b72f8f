package cn.stampcheck.batch;

import cn.stampcheck.check.CheckResult;

/**
 * The verdict on one file, in the clerk's words, and the exit status it stands for: the command line exits
 * with the worst of its files.
 */
public enum Status {
    READY("可盖章", 0),
    NEEDS_CHANGES("需修改", 1),
    UNCHECKABLE("无法核查", 2);

    private final String chinese;
    private final int exitCode;

    Status(String chinese, int exitCode) {
        this.chinese = chinese;
        this.exitCode = exitCode;
    }

    public String chinese() {
        return chinese;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Needs changes when the check found an error; warnings alone do not stop the stamp. */
    public static Status of(CheckResult result) {
        return result.hasErrors() ? NEEDS_CHANGES : READY;
    }

    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
