package cn.stampcheck.rules;

/**
 * A notice .drl file that is not declarations only (a condition, a call, a variable, a loop, a character
 * with no place in a declaration): refused as a whole, with its line, and never handed to the rules engine.
 */
public final class NotDeclarationsException extends RulesException {

    public NotDeclarationsException(String message) {
        super(message);
    }
}
