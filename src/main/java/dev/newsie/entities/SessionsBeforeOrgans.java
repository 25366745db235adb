package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 宁波市十四届、十五届政协主席, 某市第十五届人大常委会: the terms (届) of a place's assembly or committee can stand
 * between the place and the organ's name. The organ is the place's own body, named by the place and the organ
 * (某市政协), as when the term opens the phrase (十二届某省政协); the head noun alone would name nothing.
 */
final class SessionsBeforeOrgans {
    /** One or more terms, listed with 、 or 和 or as a span, right before the organ. */
    private static final Pattern TERMS = Pattern.compile("(?:第?[一二三四五六七八九十百零〇两\\d]+届[、和至到—-]?)+$");
    /** How far back the terms may reach. */
    private static final int REACH = 24;

    /** A name read as one token with its terms inside (某市十五届政协/nt): place, terms, organ. */
    private static final Pattern TERMS_INSIDE = Pattern.compile("^(.+?)((?:第?[一二三四五六七八九十百零〇两\\d]+届[、和至到—-]?)+)(.+)$");

    private SessionsBeforeOrgans() {
    }

    /**
     * The body of a name read as one token, {@code start} .. {@code end}, made of a place, its terms and a bare head
     * noun (某市十五届政协 → 某市政协), or null when the name is not so made.
     */
    static Candidate bodyInside(String text, int start, int end, List<Candidate> places, Predicate<String> bareHead) {
        Matcher m = TERMS_INSIDE.matcher(text.substring(start, end));
        if (!m.matches() || !bareHead.test(m.group(3))) {
            return null;
        }
        int placeEnd = start + m.end(1);
        int placeStart = PlaceSpans.placeEndingAt(places, placeEnd);
        if (placeStart != start && dev.newsie.canon.PlaceLevelWords.isCommon(text.charAt(placeEnd - 1))) {
            placeStart = PlaceSpans.placeEndingAt(places, placeEnd - 1);
        }
        return placeStart == start
                ? new Candidate(start, end, EntityType.ORGANIZATION, m.group(1) + m.group(3), null, Candidate.Source.PATTERN)
                : null;
    }

    /**
     * The body named by the place before the terms that stand right before the head noun at {@code headStart}
     * .. {@code headEnd}, or null when no terms stand there or no place (not a country) opens them.
     */
    static Candidate body(String text, int headStart, int headEnd, List<Candidate> places) {
        int from = Math.max(0, headStart - REACH);
        Matcher m = TERMS.matcher(text.substring(from, headStart));
        if (!m.find() || m.end() - m.start() < 2) {
            return null;
        }
        int terms = from + m.start();
        if (terms > 0 && text.charAt(terms - 1) == '、') {
            return null; // the terms are the second item of a list, not the place's
        }
        int placeEnd = terms;
        int placeStart = PlaceSpans.placeEndingAt(places, placeEnd);
        if (placeStart < 0 && placeEnd > 0 && dev.newsie.canon.PlaceLevelWords.isCommon(text.charAt(placeEnd - 1))) {
            placeStart = PlaceSpans.placeEndingAt(places, placeEnd - 1);
        }
        if (placeStart < 0) {
            return null;
        }
        String name = text.substring(placeStart, placeEnd) + text.substring(headStart, headEnd);
        return new Candidate(placeStart, headEnd, EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }
}
