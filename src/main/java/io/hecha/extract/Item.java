package io.hecha.extract;

/**
 * A numbered problem or suggestion.
 *
 * @param headingPath the heading path down to the item
 * @param number      its printed number
 * @param title       its heading text (without number)
 * @param text        the text under it
 * @param category    绩效目标, 合同管理, 财务管理, 资产管理, 政府采购, 目标未完成, … or 其他
 * @param where       where it stands
 */
public record Item(String headingPath, String number, String title, String text, String category, Where where) {
}
