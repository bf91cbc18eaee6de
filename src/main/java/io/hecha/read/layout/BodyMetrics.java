package io.hecha.read.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body text's usual geometry, measured over all lines outside tables: left and right margins
 * (where most lines start; where full lines end: the rightmost common end, at least the
 * 95th percentile of line ends for ragged text), font size (by characters) and line pitch. Paragraph breaks and headings are judged against it.
 *
 * @param left     x where most body lines start
 * @param right    x where full body lines end
 * @param fontSize the most used font size (by characters)
 * @param pitch    the usual distance between baselines of body lines
 * @param pitchBySize the usual distance between baselines per font size
 */
record BodyMetrics(double left, double right, double fontSize, double pitch, Map<Double, Double> pitchBySize) {
    public BodyMetrics {
        pitchBySize = Map.copyOf(pitchBySize);
    }

    /** The usual baseline distance of lines in this font size (estimated when unseen). */
    public double pitchFor(double size) {
        Double p = pitchBySize.get(size);
        if (p != null) return p;
        return Math.abs(size - fontSize) <= 0.6 ? pitch : size * 1.6;
    }

    /** Measures the lines of a document. */
    public static BodyMetrics of(List<TextLine> lines) {
        if (lines.isEmpty()) return new BodyMetrics(0, 0, 12, 18, Map.of());
        Map<Double, Integer> sizes = new HashMap<>();
        for (TextLine l : lines) sizes.merge(l.fontSize(), l.text().length(), Integer::sum);
        double size = mode(sizes);
        Map<Double, Integer> lefts = new HashMap<>(), rights = new HashMap<>();
        Map<Double, Map<Double, Integer>> pitches = new HashMap<>();
        int body = 0;
        TextLine prev = null;
        for (TextLine l : lines) {
            body++;
            lefts.merge((double) Math.round(l.x0()), 1, Integer::sum);
            rights.merge((double) Math.round(l.x1()), 1, Integer::sum);
            if (prev != null && prev.page() == l.page() && prev.fontSize() == l.fontSize()) {
                double d = l.baseline() - prev.baseline();
                if (d > l.fontSize() * 0.8 && d < l.fontSize() * 3) {
                    pitches.computeIfAbsent(l.fontSize(), k -> new HashMap<>()).merge(Math.round(d * 2) / 2.0, 1, Integer::sum);
                }
            }
            prev = l;
        }
        int minCount = Math.max(2, body / 10);
        double left = mode(lefts);
        double[] ends = lines.stream().mapToDouble(TextLine::x1).sorted().toArray();
        double ragged = ends[(int) Math.floor((ends.length - 1) * 0.95)];
        double right = Math.max(ragged, rights.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .mapToDouble(Map.Entry::getKey).max().orElse(ragged));
        Map<Double, Double> bySize = new HashMap<>();
        pitches.forEach((k, v) -> bySize.put(k, mode(v)));
        double pitch = bySize.getOrDefault(size, size * 1.5);
        return new BodyMetrics(left, right, size, pitch, bySize);
    }

    private static double mode(Map<Double, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }
}
