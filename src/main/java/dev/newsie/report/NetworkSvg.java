package dev.newsie.report;

import dev.newsie.model.Relation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sister-city network of a run as an SVG picture: places on a circle, one line per pair (thicker when more
 * documents state it). Places are ordered by a breadth-first walk from the best-connected place, so partners
 * sit near each other and few lines cross the circle. Pure function of the relations; no layout library.
 */
public final class NetworkSvg {
    private static final int LABEL_MARGIN = 110;

    private NetworkSvg() {
    }

    public static String render(List<Relation> relations) {
        Map<String, Set<String>> neighbours = new TreeMap<>();
        Map<String, Integer> pairCounts = new TreeMap<>();
        for (Relation r : relations) {
            if (r.parties().size() != 2 || r.parties().get(0).equals(r.parties().get(1))) {
                continue;
            }
            String a = r.parties().get(0), b = r.parties().get(1);
            neighbours.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
            neighbours.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            pairCounts.merge(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a, 1, Integer::sum);
        }
        if (neighbours.isEmpty()) {
            return "<p class=\"meta network-empty\">No sister-city relations in this run.</p>";
        }
        List<String> order = circleOrder(neighbours);
        int n = order.size();
        // About 20 units of circumference per place: radial labels of 12-unit type then just clear each other.
        double radius = Math.max(120, n * 20 / (2 * Math.PI));
        double size = 2 * (radius + LABEL_MARGIN);
        double c = size / 2;
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n - Math.PI / 2;
            at.put(order.get(i), new double[]{c + radius * Math.cos(angle), c + radius * Math.sin(angle), angle});
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-label=\"sister-city network: %d places, %d pairs\">", size, size, n, pairCounts.size()));
        s.append("<g class=\"edges\" stroke=\"#1565c0\" stroke-opacity=\"0.55\">");
        for (Map.Entry<String, Integer> p : pairCounts.entrySet()) {
            String[] ab = p.getKey().split("\u0000");
            double[] a = at.get(ab[0]), b = at.get(ab[1]);
            s.append(String.format(Locale.ROOT, "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\">"
                    + "<title>%s — %s (%d)</title></line>", a[0], a[1], b[0], b[1], Math.min(6, 1 + p.getValue() * 0.8),
                    ArticleView.esc(ab[0]), ArticleView.esc(ab[1]), p.getValue()));
        }
        s.append("</g><g class=\"nodes\">");
        for (String place : order) {
            double[] p = at.get(place);
            int degree = neighbours.get(place).size();
            boolean right = Math.cos(p[2]) >= 0;
            // Labels point away from the centre, turned upright on the left half so they read left to right.
            double degrees = Math.toDegrees(p[2]) + (right ? 0 : 180);
            s.append(String.format(Locale.ROOT, "<g class=\"node\" data-name=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#c2185b\">"
                            + "<title>%s: %d partner%s</title></circle>"
                            + "<text transform=\"translate(%.1f %.1f) rotate(%.1f)\" x=\"%d\" text-anchor=\"%s\" dominant-baseline=\"middle\">%s</text></g>",
                    ArticleView.esc(place), p[0], p[1], Math.min(9, 2.5 + Math.sqrt(degree) * 1.5), ArticleView.esc(place), degree,
                    degree == 1 ? "" : "s", p[0], p[1], degrees, right ? 10 : -10, right ? "start" : "end", ArticleView.esc(place)));
        }
        s.append("</g></svg>");
        return s.toString();
    }

    /** Components one after another, each walked breadth-first from its best-connected place. */
    static List<String> circleOrder(Map<String, Set<String>> neighbours) {
        List<String> byDegree = new ArrayList<>(neighbours.keySet());
        byDegree.sort(Comparator.comparingInt((String p) -> -neighbours.get(p).size()).thenComparing(p -> p));
        Set<String> seen = new LinkedHashSet<>();
        for (String root : byDegree) {
            if (seen.contains(root)) {
                continue;
            }
            Deque<String> queue = new ArrayDeque<>(List.of(root));
            seen.add(root);
            while (!queue.isEmpty()) {
                for (String next : neighbours.get(queue.poll())) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        return new ArrayList<>(seen);
    }
}
