package io.hecha.read.ocr;

import java.util.List;

/** Page numbers written as ranges for a message: {@code 1–3, 5}. */
final class PageRanges {
    private PageRanges() {
    }

    static String of(List<Integer> ascending) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ascending.size(); ) {
            int j = i;
            while (j + 1 < ascending.size() && ascending.get(j + 1) == ascending.get(j) + 1) j++;
            if (b.length() > 0) b.append(", ");
            b.append(ascending.get(i));
            if (j > i) b.append('–').append(ascending.get(j));
            i = j + 1;
        }
        return b.toString();
    }
}
