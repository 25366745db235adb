package dev.newsie.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one layer, broken down by key (entity type, event type, role), with the false positives and
 * false negatives written out so a person can see what went wrong.
 */
public final class Tally {
    private PrfCounts total = PrfCounts.ZERO;
    private final Map<String, PrfCounts> byKey = new TreeMap<>();
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> falseNegatives = new ArrayList<>();

    public void add(String key, PrfCounts c) {
        total = total.plus(c);
        if (key != null) {
            byKey.merge(key, c, PrfCounts::plus);
        }
    }

    public void falsePositive(String key, String what) {
        add(key, new PrfCounts(0, 1, 0));
        falsePositives.add(what);
    }

    public void falseNegative(String key, String what) {
        add(key, new PrfCounts(0, 0, 1));
        falseNegatives.add(what);
    }

    public void truePositive(String key) {
        add(key, new PrfCounts(1, 0, 0));
    }

    public void addAll(Tally o) {
        total = total.plus(o.total);
        o.byKey.forEach((k, v) -> byKey.merge(k, v, PrfCounts::plus));
        falsePositives.addAll(o.falsePositives);
        falseNegatives.addAll(o.falseNegatives);
    }

    public PrfCounts total() {
        return total;
    }

    public Map<String, PrfCounts> byKey() {
        return byKey;
    }

    public List<String> falsePositives() {
        return falsePositives;
    }

    public List<String> falseNegatives() {
        return falseNegatives;
    }
}
