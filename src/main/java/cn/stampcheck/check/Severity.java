package cn.stampcheck.check;

/** How urgent a finding is: an error must be fixed before stamping, a warning deserves a look. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "提醒");

    private final String id;
    private final String chinese;

    Severity(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }
}
