package io.hecha.index;

import java.math.BigDecimal;

/**
 * One indicator of a report's score sheet as indexed.
 *
 * @param name   the indicator's name as printed
 * @param weight its weight (分值), or null when not stated
 * @param score  its score (得分), or null
 * @param rate   score ÷ weight (0.5 = half the weight), or the stated 得分率 when the weight is unknown; null when neither
 */
public record IndicatorScore(String name, BigDecimal weight, BigDecimal score, BigDecimal rate) {
}
