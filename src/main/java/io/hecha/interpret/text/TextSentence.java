package io.hecha.interpret.text;

/**
 * A sentence of a body paragraph: where it stands ({@code #/paragraphs/p}, characters
 * {@code [start, end)} of the paragraph's text) and what it says.
 *
 * @param index       0-based position among all sentences of the document
 * @param paragraph   0-based position of its paragraph in {@code Document.paragraphs()}
 * @param start       offset of its first character in the paragraph's text
 * @param end         offset after its last character
 * @param text        the sentence as printed (the paragraph's text from start to end)
 * @param sectionPath the enclosing sections
 * @param page        its page, or null when unknown
 * @param bookmark    the first bookmark of its paragraph, or ""
 */
public record TextSentence(int index, int paragraph, int start, int end, String text, String sectionPath,
                           Integer page, String bookmark) {
    /** The stable reference of its paragraph. */
    public String ref() {
        return "#/paragraphs/" + paragraph;
    }
}
