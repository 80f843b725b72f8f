package cn.stampcheck.lint;

/**
 * One problem in a rules file, at a line (0 when the line is not known).
 *
 * @param code a stable name for tests and tools: DRL_ERROR, UNKNOWN_UNIT, ITEM_NO_NAME, ITEM_NO_UNITS,
 *             DUPLICATE_ITEM, DUPLICATE_TARGET, DEADLINE_OUTSIDE_YEAR, KEYWORD_NOT_IN_SENTENCE, …
 */
public record LintFinding(String file, int line, String code, String message) {

    /**
     * {@code rules/2024/linzi.drl:12: message}, the form compilers use, so editors can jump to the line;
     * {@code rules/2025/linzi.xlsx 目标表!H7：message} for a table's cell.
     */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ": " : message.matches("(?s)^\\S+![A-Z]+\\d+：.*") ? " " : ": ") + message;
    }
}
