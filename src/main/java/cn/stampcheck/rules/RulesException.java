package cn.stampcheck.rules;

/** A rules file that cannot be used; the message names the file and line: "rules/2024/linzi.drl:12: …". */
public class RulesException extends Exception {

    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
