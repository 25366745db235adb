package dev.newsie.entities;

import java.util.ArrayList;
import java.util.List;

/** Unlisted foreign places found in a chain, found again where the article repeats them without it. */
final class PlacesNamedAgain {
    private PlacesNamedAgain() {
    }

    /** A bare name (no suffix) is taken from this length: two characters are too often a word. */
    static final int MIN_BARE = 3;

    /**
     * 日本东京八王子市 … 八王子市市长: an unlisted foreign place, found once in its administrative chain, is the same
     * place where the article names it again with its suffix but without the chain, and, from three characters, where
     * it names it bare (访问帕萨迪纳的…).
     */
    static List<Candidate> find(String text, List<Candidate> found) {
        java.util.BitSet covered = new java.util.BitSet(text.length());
        java.util.Map<String, Candidate> unlisted = new java.util.LinkedHashMap<>();
        for (Candidate c : found) {
            covered.set(c.start(), c.end());
            if (c.source() == Candidate.Source.PATTERN && c.type().isPlace() && c.country() != null && !c.country().equals("中国")
                    && c.length() >= 3 && c.name().length() >= 2 && text.startsWith(c.name(), c.start())) {
                unlisted.putIfAbsent(text.substring(c.start(), c.end()), c);
            }
        }
        // 访问帕萨迪纳的…帕萨迪纳市市长: a name of three or more characters is the same place bare, before or after
        for (Candidate c : List.copyOf(unlisted.values())) {
            if (c.name().length() >= MIN_BARE && !c.name().equals(text.substring(c.start(), c.end()))) {
                unlisted.putIfAbsent(c.name(), c);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (java.util.Map.Entry<String, Candidate> e : unlisted.entrySet()) {
            for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + 1)) {
                int end = at + e.getKey().length();
                int clash = covered.nextSetBit(at);
                if (clash < 0 || clash >= end) {
                    Candidate c = e.getValue();
                    out.add(new Candidate(at, end, c.type(), c.name(), c.country(), Candidate.Source.PATTERN));
                    covered.set(at, end);
                }
            }
        }
        return out;
    }
}
