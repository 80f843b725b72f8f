package cn.stampcheck.rules;

import java.math.BigDecimal;

/** How a reported figure is held against a threshold: 不少于/达到 (at least) or 不超过 (at most). */
public enum Comparator {
    AT_LEAST(">=", "不少于"),
    AT_MOST("<=", "不超过");

    private final String symbol;
    private final String words;

    Comparator(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    public String symbol() {
        return symbol;
    }

    /** The Chinese words for messages, e.g. 不少于. */
    public String words() {
        return words;
    }

    public boolean holds(BigDecimal reported, BigDecimal threshold) {
        int c = reported.compareTo(threshold);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }
}
