package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds countries, provinces, cities and listed organisations by longest gazetteer match, extends a place
 * by the administrative suffix that follows it (科克 + 市), and reads administrative chains: after a country
 * or province, a run of characters ending in a suffix is a place even if no list knows it
 * (智利 + 纽夫莱大区 + 奇廉市), typed by the suffix in that country (GOLD.md §2).
 */
public final class PlaceRecognizer {
    /** Unknown names in a chain are this long at most (characters before the suffix). */
    static final int MAX_UNKNOWN_STEM = 8;
    /** Characters that never occur inside a place name: function words, conjunctions, punctuation. */
    static final String STOP = "的与和在及是等了为对将向从把被让给同并或、,，。;；:：!！?？“”\"「」『』()（）《》【】0123456789 \n·";

    private final Gazetteer gazetteer;
    private final PlaceSuffixRules suffixes;

    public PlaceRecognizer(Gazetteer gazetteer, PlaceSuffixRules suffixes) {
        this.gazetteer = gazetteer;
        this.suffixes = suffixes;
    }

    public List<Candidate> recognize(String text) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Candidate c = known(text, i, null);
            if (c == null) {
                i++;
                continue;
            }
            out.add(c);
            i = c.end();
            if (c.type() != EntityType.ORGANIZATION) {
                String country = c.type() == EntityType.COUNTRY ? c.name() : c.country();
                i = chain(text, i, country, out);
            }
        }
        return out;
    }

    /** Follows an administrative chain from {@code pos}; returns where it ends. */
    private int chain(String text, int pos, String country, List<Candidate> out) {
        while (pos < text.length()) {
            Candidate next = known(text, pos, country);
            if (next == null) {
                next = unknown(text, pos, country);
            }
            if (next == null || next.type() == EntityType.ORGANIZATION || next.type() == EntityType.COUNTRY) {
                return pos;
            }
            out.add(next);
            pos = next.end();
            if (next.country() != null) {
                country = next.country();
            }
        }
        return pos;
    }

    /** The longest gazetteer entry at {@code pos}, extended by a following suffix; null when none. */
    Candidate known(String text, int pos, String contextCountry) {
        for (int len = Math.min(gazetteer.maxLength(), text.length() - pos); len >= 2; len--) {
            String surface = text.substring(pos, pos + len);
            List<Place> entries = gazetteer.lookup(surface);
            if (entries.isEmpty()) {
                continue;
            }
            PlaceSuffixRules.Suffix following = suffixes.at(text, pos + len);
            boolean surfaceHasSuffix = suffixes.endOf(surface) != null;
            Place p = choose(entries, following != null && !surfaceHasSuffix, contextCountry);
            if (p == null) {
                continue;
            }
            if (p.type() == EntityType.COUNTRY || p.type() == EntityType.ORGANIZATION) {
                return new Candidate(pos, pos + len, p.type(), p.name(), null, Candidate.Source.GAZETTEER);
            }
            String country = p.country() != null ? p.country() : contextCountry;
            if (following != null && !surfaceHasSuffix && !startsTitle(text, pos + len)) {
                return new Candidate(pos, pos + len + following.text().length(), following.typeFor(country), p.name(),
                        country, Candidate.Source.PATTERN);
            }
            if (p.weak() && len <= 2) {
                continue; // a bare two-character KBP name is too often a common word
            }
            EntityType type = p.type();
            PlaceSuffixRules.Suffix own = suffixes.endOf(surface);
            if (own != null && p.weak()) {
                type = own.typeFor(country);
            }
            return new Candidate(pos, pos + len, type, p.name(), country,
                    p.weak() ? Candidate.Source.WEAK : Candidate.Source.GAZETTEER);
        }
        return null;
    }

    /** Among a name's entries: places over organisations when a suffix follows; a bare name is a CITY before a PROVINCE. */
    private static Place choose(List<Place> entries, boolean suffixFollows, String contextCountry) {
        Place best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Place p : entries) {
            int score = switch (p.type()) {
                case COUNTRY -> suffixFollows ? 1 : 5;
                case CITY -> 4;
                case PROVINCE -> 3;
                case ORGANIZATION -> suffixFollows ? 0 : 6;
                case PERSON -> 0;
            };
            if (!p.weak()) {
                score += 10;
            }
            if (contextCountry != null && contextCountry.equals(p.country())) {
                score += 5;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** An unlisted NAME + suffix right at {@code pos} (chains only); null when the text does not read so. */
    private Candidate unknown(String text, int pos, String country) {
        if (pos >= text.length() || suffixes.startsSuffix(text.charAt(pos))) {
            return null;
        }
        for (int k = pos + 2; k <= Math.min(text.length() - 1, pos + MAX_UNKNOWN_STEM); k++) {
            char c = text.charAt(k - 1);
            if (STOP.indexOf(c) >= 0 || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return null;
            }
            PlaceSuffixRules.Suffix s = suffixes.at(text, k);
            if (s != null && !startsTitle(text, k)) {
                String stem = text.substring(pos, k);
                return new Candidate(pos, k + s.text().length(), s.typeFor(country),
                        CanonicalNames.surfaceForm(stem), country, Candidate.Source.PATTERN);
            }
        }
        return null;
    }

    /** 市长, 州长, 省长, 区长…: a suffix character that begins a title is not a suffix. */
    private static boolean startsTitle(String text, int pos) {
        return pos + 1 < text.length() && (text.charAt(pos + 1) == '长' || text.startsWith("委", pos + 1)
                || text.startsWith("政府", pos + 1) || text.startsWith("民", pos + 1));
    }
}
