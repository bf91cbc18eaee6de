package io.hecha.extract;

import io.hecha.model.Location;

/**
 * A number stated in running text with its label (the words before it), e.g. 净值合计 1,234.50 万元.
 *
 * @param label    the label words before the number
 * @param value    the number with unit
 * @param sentence the whole sentence
 * @param where    where it stands
 */
public record Fact(String label, Value value, String sentence, Location where) {
}
