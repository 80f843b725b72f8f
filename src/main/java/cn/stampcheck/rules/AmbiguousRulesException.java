package cn.stampcheck.rules;

/**
 * Two live rules files fit one report (a table beside a .drl for the same place, a copy under a second
 * name): never one of them silently. The message says what to do on the command line; the office says it
 * in its own menu words, from {@link #conflict()}.
 */
public final class AmbiguousRulesException extends RulesException {

    private final String conflict;

    public AmbiguousRulesException(String conflict) {
        super(conflict + "，请删去或改名其中一个，或用 --rules 指定");
        this.conflict = conflict;
    }

    /** Which files conflict, without advice: "同一地区有两个规则文件：a 和 b". */
    public String conflict() {
        return conflict;
    }
}
