package cn.stampcheck.extract;

import java.math.BigDecimal;

/**
 * A number found in a folded progress text, before its unit is known.
 *
 * @param start     where the number starts (for 百分之九十, at 百)
 * @param coreEnd   where the number proper ends (after 2.1 in 2.1万, after 十二 in 十二万)
 * @param coreValue the value of the number proper
 * @param multEnd   where a following multiplier (万, 千, 亿) ends, or -1 when there is none
 * @param multValue the value with the multiplier applied (2.1万 = 21000); null when there is none
 * @param percent   a 百分之… number, whose unit is % without a sign
 * @param chinese   written in Chinese numerals
 */
record NumberToken(int start, int coreEnd, BigDecimal coreValue, int multEnd, BigDecimal multValue,
                   boolean percent, boolean chinese) {
}
