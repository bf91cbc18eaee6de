package io.hecha.extract;

import io.hecha.model.Location;

/**
 * A numbered problem or suggestion.
 *
 * @param headingPath the heading path down to the item (section path, then parent items)
 * @param number      its printed number
 * @param title       its heading text (without number)
 * @param text        the text under it
 * @param category    绩效目标, 合同管理, 财务管理, 资产管理, 政府采购, 目标未完成, … or 其他
 * @param where       where it stands
 * @param level       0 for a top-level item (a group such as （二）内控管理方面), 1 for its sub-items, …
 */
public record Item(String headingPath, String number, String title, String text, String category, Location where,
                   int level) {
    /** A top-level item. */
    public Item(String headingPath, String number, String title, String text, String category, Location where) {
        this(headingPath, number, title, text, category, where, 0);
    }
}
