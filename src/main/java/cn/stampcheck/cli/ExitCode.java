package cn.stampcheck.cli;

import cn.stampcheck.batch.Status;

/**
 * The command line's exit statuses, numbered here and nowhere else, so that a script can rely on them:
 * nothing to fix, something for the clerk to fix (an open error in a report, a problem in a rules file),
 * nothing could be checked (a file that cannot be read, rules refused, a usage mistake, an internal error).
 */
enum ExitCode {
    OK(0),
    FINDINGS(1),
    REFUSED(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    /** A check's verdict on its files: 可盖章, 需修改, 无法核查. */
    static ExitCode of(Status verdict) {
        return switch (verdict) {
            case READY -> OK;
            case NEEDS_CHANGES -> FINDINGS;
            case UNCHECKABLE -> REFUSED;
        };
    }
}
