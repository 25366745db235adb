package dev.newsie.eval;

import java.util.HashMap;
import java.util.Map;

/** True positives, false positives and false negatives that add up; P, R and F1 derive from them. */
public record PrfCounts(int tp, int fp, int fn) {
    public static final PrfCounts ZERO = new PrfCounts(0, 0, 0);

    /** Nothing predicted and nothing expected: there was nothing to count, so no score (printed as –). */
    public boolean isEmpty() {
        return tp == 0 && fp == 0 && fn == 0;
    }

    public PrfCounts plus(PrfCounts o) {
        return new PrfCounts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision; 1.0 when nothing was predicted and nothing was expected, 0 when nothing was predicted but something was. */
    public double precision() {
        if (tp + fp == 0) {
            return fn == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fp);
    }

    public double recall() {
        if (tp + fn == 0) {
            return fp == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Counts for two multisets of items: tp is the size of their intersection. */
    public static <T> PrfCounts compare(Iterable<T> predicted, Iterable<T> gold) {
        Map<T, Integer> g = new HashMap<>();
        int goldSize = 0;
        for (T t : gold) {
            g.merge(t, 1, Integer::sum);
            goldSize++;
        }
        int tp = 0, predSize = 0;
        for (T t : predicted) {
            predSize++;
            Integer n = g.get(t);
            if (n != null && n > 0) {
                tp++;
                g.put(t, n - 1);
            }
        }
        return new PrfCounts(tp, predSize - tp, goldSize - tp);
    }

    /** The JSON shape of the report: p, r, f1, tp, fp, fn. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("p", isEmpty() ? null : round(precision()));
        m.put("r", isEmpty() ? null : round(recall()));
        m.put("f1", isEmpty() ? null : round(f1()));
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
