package cn.stampcheck.extract;

import java.math.BigDecimal;

/**
 * A figure read from a progress text: its value in the target's unit (2.1万名 is 21000), how its clause
 * marks it, and where it stands in the text (character offsets, end exclusive).
 */
public record Figure(BigDecimal value, Marker marker, int start, int end) {
}
