/**
 * Text helpers shared by every stage: Chinese outline numbering, Chinese numerals, and displayed
 * numbers (full-width digits, thousands separators, percent, units) read into {@code BigDecimal}.
 */
package io.hecha.text;
