package cn.stampcheck.files;

import java.io.IOException;

/**
 * A spreadsheet that is not read on purpose: above a {@link ReadLimits} limit or password protected. Its
 * message is the one line the clerk sees, so it is not worded as "corrupt": the file may well be fine.
 */
public class RefusedFileException extends IOException {

    public RefusedFileException(String message) {
        super(message);
    }
}
