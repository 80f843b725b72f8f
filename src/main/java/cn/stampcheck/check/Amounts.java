package cn.stampcheck.check;

import java.math.BigDecimal;

/** Writes amounts the way the notices do: 20, 2.5, 21000 (no exponent, no trailing zeros). */
public final class Amounts {

    private Amounts() {
    }

    public static String format(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
