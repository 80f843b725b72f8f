package cn.stampcheck.rules;

/**
 * What a target expects before its deadline (contract §2): a pro-rata share by quarter, the whole
 * threshold in every quarter, or nothing until the deadline.
 */
public enum Schedule {
    PRO_RATA("pro-rata"),
    CONSTANT("constant"),
    BY_DEADLINE("by-deadline");

    private final String id;

    Schedule(String id) {
        this.id = id;
    }

    /** The name used in JSON and rules files. */
    public String id() {
        return id;
    }
}
