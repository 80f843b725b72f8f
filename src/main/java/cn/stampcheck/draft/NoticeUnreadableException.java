package cn.stampcheck.draft;

import java.io.IOException;

/**
 * A notice file the drafter cannot read as text: corrupt, of another kind than its name says, a scanned PDF
 * without a text layer. The message is one Chinese line for the clerk; the cause, if any, goes to the log.
 */
public class NoticeUnreadableException extends IOException {

    public NoticeUnreadableException(String message) {
        super(message);
    }

    public NoticeUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
