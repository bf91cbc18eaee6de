package io.hecha.extract;

import java.util.List;
import java.util.Map;

/**
 * Puts a problem or suggestion in a category by the mapping's keyword lists: the title decides first
 * (its words are the most specific), then the text; the first category whose words occur wins; else 其他.
 */
final class Categories {
    private Categories() {
    }

    static String of(String all, String title, Map<String, List<String>> categories) {
        for (String text : new String[]{title, all}) {
            List<String> words = Words.of(text);
            for (var e : categories.entrySet()) {
                for (String k : e.getValue()) {
                    List<String> kw = Words.of(k);
                    if (!kw.isEmpty() && words.containsAll(kw) || Words.clean(text).contains(Words.clean(k))) return e.getKey();
                }
            }
        }
        return "其他";
    }
}
