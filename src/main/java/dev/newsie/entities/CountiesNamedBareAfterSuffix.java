package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chinese county whose two-character stem is also a common word (a salt, a plant, a craft), named bare on a page
 * that also names it with its suffix: 甲县政府 … 王某代表甲致欢迎词 (a headline may name it short before the body names
 * it in full, so the bare stem is looked for on the whole page). Bare, such a stem is a place only where the
 * segmenter reads it as one (Gazetteer.addCounty); once the article has named the county in full, a bare stem that
 * the segmenter keeps as a word of its own is that county, the way a report names its own county short.
 */
final class CountiesNamedBareAfterSuffix {
    private CountiesNamedBareAfterSuffix() {
    }

    static List<Candidate> find(String text, List<Token> tokens, List<Candidate> found, Gazetteer gazetteer) {
        BitSet covered = new BitSet(text.length());
        Map<String, Candidate> named = new LinkedHashMap<>();
        for (Candidate c : found) {
            covered.set(c.start(), c.end());
            if (c.type() == EntityType.CITY && "中国".equals(c.country()) && c.name().length() == 2 && c.length() > 2
                    && text.startsWith(c.name(), c.start()) && gazetteer.county(c.name()) != null) {
                named.putIfAbsent(c.name(), c); // 甲县 (also opening 甲县政府): the county named with its suffix
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Candidate> e : named.entrySet()) {
            String stem = e.getKey();
            for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
                int end = at + stem.length();
                int clash = covered.nextSetBit(at);
                if ((clash < 0 || clash >= end) && standsAlone(tokens, at, end)) {
                    Candidate c = e.getValue();
                    out.add(new Candidate(at, end, c.type(), c.name(), c.country(), Candidate.Source.GAZETTEER));
                    covered.set(at, end);
                }
            }
        }
        return out;
    }

    /**
     * Whether the segmenter keeps {@code [at, end)} as a word of its own: a token begins at {@code at} (or the token
     * holding it is a year glued before it, 2008年甲) and a token ends at {@code end}.
     */
    static boolean standsAlone(List<Token> tokens, int at, int end) {
        boolean opens = false, closes = false;
        for (Token t : tokens) {
            boolean yearBefore = t.start() < at && t.end() == end && t.word().substring(0, at - t.start()).matches("\\d{2,4}年");
            opens |= t.start() == at || yearBefore;
            closes |= t.end() == end;
            if (t.start() < end && t.end() > end || t.start() < at && t.end() > at && !yearBefore) {
                return false; // the stem runs into a longer word
            }
        }
        return opens && closes;
    }
}
