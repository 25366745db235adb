package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.List;

/**
 * Where the place candidates (sorted by start, as recognisers produce them) stand around an organisation name: the
 * questions the organisation rules ask of them, so those rules read as the constructions they state.
 */
final class PlaceSpans {
    /** How far back a place that ends at a position may start. */
    private static final int REACH = 12;

    /** A special administrative region's generic name, and how much of it the segmenter may leave outside a name. */
    static final String SAR = "特别行政区";
    static final int SAR_SPLIT = 2;

    private PlaceSpans() {
    }

    /** The candidates that start inside [from, to). */
    static List<Candidate> within(List<Candidate> sorted, int from, int to) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int j = lo;
        while (j < sorted.size() && sorted.get(j).start() < to) {
            j++;
        }
        return sorted.subList(lo, j);
    }

    /** Where a place (not a country) that ends at {@code pos} starts, or -1. */
    static int placeEndingAt(List<Candidate> places, int pos) {
        return within(places, Math.max(0, pos - REACH), pos).stream()
                .filter(p -> p.end() == pos && p.type().isPlace() && p.type() != EntityType.COUNTRY)
                .mapToInt(Candidate::start).min().orElse(-1);
    }

    /** Where a listed place (not a country) that starts before {@code pos} and runs past it starts, or -1. */
    static int placeCrossing(List<Candidate> places, int pos) {
        return within(places, Math.max(0, pos - REACH), pos).stream()
                .filter(p -> p.start() < pos && p.end() > pos && p.type().isPlace() && p.type() != EntityType.COUNTRY
                        && p.source() != Candidate.Source.WEAK)
                .mapToInt(Candidate::start).min().orElse(-1);
    }

    static boolean countryEndsAt(List<Candidate> places, int pos) {
        return within(places, Math.max(0, pos - REACH), pos).stream().anyMatch(p -> p.type() == EntityType.COUNTRY && p.end() == pos);
    }

    static boolean placeStartsAt(List<Candidate> places, int pos) {
        return within(places, pos, pos + 1).stream().anyMatch(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY);
    }

    /** Whether a country's name starts at {@code pos}. */
    static boolean countryStartsAt(List<Candidate> places, int pos) {
        return within(places, pos, pos + 1).stream().anyMatch(p -> p.type() == EntityType.COUNTRY && p.start() == pos);
    }

    /** Whether a city (or county, town) starts at {@code pos}. */
    static boolean cityStartsAt(List<Candidate> places, int pos) {
        return within(places, pos, pos + 1).stream().anyMatch(p -> p.type() == EntityType.CITY);
    }

    /** 亚/b of 亚琛: a token inside a place (not a country) is no modifier of the name it opens. */
    static boolean insidePlace(List<Candidate> places, Token t) {
        return within(places, Math.max(0, t.start() - REACH), t.end()).stream()
                .anyMatch(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY && p.start() <= t.start() && p.end() >= t.end());
    }

    /**
     * 土耳其伊斯坦布尔市…: a place of the country named before it; 日本台湾交流协会 keeps its country, since 台湾 (a
     * region without a country, or a place of another country) is no place of 日本.
     */
    static boolean placeOfCountryStartsAt(List<Candidate> places, int pos, String country) {
        return within(places, pos, pos + 1).stream().anyMatch(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY
                && (p.country() == null ? p.type() != EntityType.PROVINCE : p.country().equals(country)));
    }

    /** Where the place that ends at {@code sar} (香港) or runs over it into the SAR's name (香港特别行政区) starts, else {@code otherwise}. */
    static int sarPlaceStart(List<Candidate> places, int sar, int otherwise) {
        return places.stream().filter(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY && p.start() < sar
                && (p.end() == sar || p.end() == sar + SAR.length())).mapToInt(Candidate::start).min().orElse(otherwise);
    }

    /** 驻秘鲁代表处, 驻纽约办事处: a mission, named by 驻 and the country or place it is in, opens at {@code pos}. */
    static boolean missionStartsAt(String text, int pos, List<Candidate> places) {
        return pos + 1 < text.length() && text.charAt(pos) == '驻'
                && within(places, pos + 1, pos + 2).stream().anyMatch(p -> p.type().isPlace() || p.type() == EntityType.COUNTRY);
    }

    /**
     * 香港特区政府 read as one common noun: a token that begins with a place (not a country) and ends in a head noun
     * of two characters or more is a name all the same.
     */
    static boolean placeThenHead(Token t, String head, List<Candidate> places) {
        return head.length() >= 2 && t.word().length() > head.length() + 1 && within(places, t.start(), t.start() + 1).stream()
                .anyMatch(p -> p.start() == t.start() && p.type().isPlace() && p.type() != EntityType.COUNTRY && p.end() < t.end());
    }

    /**
     * 某某市长 … 烧 + 津观光协会, 烧津 + 市役所: where a city the article names elsewhere is written right before a body's
     * start, or the body starts inside it (the segmenter read its first character as a word of its own), the start
     * of that city's name; -1 when none is. The city must be written there in full, so no name is made up.
     */
    static int cityCutBefore(String text, List<Candidate> places, int at) {
        int best = -1;
        for (Candidate p : places) {
            String city = p.name();
            if (p.type() != EntityType.CITY || city.length() < 2 || p.start() <= at && at < p.end()) {
                continue;
            }
            for (int k = 1; k <= city.length() && k <= at; k++) {
                if (text.startsWith(city, at - k) && (k < city.length() || LEVELS.indexOf(text.charAt(at)) >= 0
                        || k == city.length() && localFriendshipAssociation(text, places, at))) {
                    best = best < 0 || at - k < best ? at - k : best;
                }
            }
        }
        return best;
    }

    /** The words that end a friendship association's name, in full and clipped. */
    private static final List<String> FRIENDSHIP_ASSOCIATION = List.of("友好协会", "友协");
    /** How far after its opening country a friendship association's head may end (日本中国友好协会). */
    private static final int FRIENDSHIP_REACH = 10;

    /**
     * 某町日本中国友好协会, 某市日中友协: a town's branch of a bilateral friendship association is named by the town,
     * written bare, before the countries; the body opening at {@code at} with a country is such an association.
     */
    private static boolean localFriendshipAssociation(String text, List<Candidate> places, int at) {
        if (places.stream().noneMatch(p -> p.type() == EntityType.COUNTRY && p.start() == at)
                && !(at + 1 < text.length() && "日中".indexOf(text.charAt(at)) >= 0 && "日中".indexOf(text.charAt(at + 1)) >= 0)) {
            return false;
        }
        String after = text.substring(at, Math.min(text.length(), at + FRIENDSHIP_REACH));
        return FRIENDSHIP_ASSOCIATION.stream().anyMatch(after::contains);
    }

    /**
     * 甲乙丙 + 市议会, 甲乙 + 县政府: where the segmenter glued the level character that ends a place's name (市, 县, 州…)
     * to the head noun after it, the start of that place, else -1. A place the segmenter left in pieces (an unlisted
     * foreign town read as single characters) then still opens the body's name, as a listed one read as one word does.
     */
    static int placeGluedTo(String text, List<Candidate> places, Token head) {
        int at = head.start();
        return within(places, Math.max(0, at - REACH), at).stream()
                .filter(p -> p.start() < at && p.end() == at + 1 && p.end() < head.end() && p.type().isPlace()
                        && p.type() != EntityType.COUNTRY && GLUED_LEVELS.indexOf(text.charAt(at)) >= 0)
                .mapToInt(Candidate::start).min().orElse(-1);
    }

    /** Level characters that end a place's name and that the segmenter joins to the body after them (市议会, 县政府). */
    private static final String GLUED_LEVELS = "市县州省区";

    /** The level characters that follow a city's name before its bodies (烧津 + 市役所). */
    private static final String LEVELS = "市县町村区";
}
