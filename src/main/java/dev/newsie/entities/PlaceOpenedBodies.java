package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A backoff for bodies whose head noun is also an ordinary noun (中心, 公会, 党, 运动… from
 * {@code models/place-opened-heads.tsv}): a run of name tokens that opens with a place or country the article
 * names and ends in such a word is the name of a body (某市文化艺术中心, 某县旅行公会, 某国全国抵抗运动). It answers
 * only where the head-noun rules found no organisation: it is a fallback, not a rule of its own.
 * The named place is what tells a body from a common noun (市中心, 一场运动); venues (会议中心) are never taken.
 */
public final class PlaceOpenedBodies {
    /** Most tokens such a name spans. */
    static final int MAX_TOKENS = 6;
    /** Fewest characters between the opening place and the head: the body's own words (上海中心 is a tower). */
    static final int MIN_OWN_WORDS = 2;

    private final List<String> heads;
    private final List<String> venues;
    /** Heads of parties and movements: a foreign country before one says whose it is and is no part of its name. */
    private final java.util.Set<String> parties;
    /** Kinds of parties or bodies (执政党): a name that is only one, after its place, names none. */
    private final java.util.Set<String> kinds;

    public PlaceOpenedBodies(List<String> heads, List<String> venues) {
        this(heads, venues, List.of());
    }

    public PlaceOpenedBodies(List<String> heads, List<String> venues, List<String> parties) {
        this(heads, venues, parties, List.of());
    }

    public PlaceOpenedBodies(List<String> heads, List<String> venues, List<String> parties, List<String> kinds) {
        List<String> all = new ArrayList<>(heads);
        all.addAll(parties);
        this.heads = all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.venues = List.copyOf(venues);
        this.parties = java.util.Set.copyOf(parties);
        this.kinds = java.util.Set.copyOf(kinds);
    }

    public static PlaceOpenedBodies load() {
        List<String> heads = new ArrayList<>(), venues = new ArrayList<>(), parties = new ArrayList<>(), kinds = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("place-opened-heads.tsv", 2)) {
            switch (r.get(0)) {
                case "HEAD" -> heads.add(r.get(1));
                case "PARTY" -> parties.add(r.get(1));
                case "VENUE" -> venues.add(r.get(1));
                case "KIND" -> kinds.add(r.get(1));
                default -> throw r.error("kind must be HEAD, PARTY, VENUE or KIND, not '" + r.get(0) + "'");
            }
        }
        return new PlaceOpenedBodies(heads, venues, parties, kinds);
    }

    /**
     * The bodies this backoff names where no candidate found so far (an organisation or a person) overlaps them.
     * @param places the document's place candidates
     * @param found the candidates the specific rules found
     */
    public List<Candidate> fallback(String text, List<Token> tokens, List<Candidate> places, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : recognize(text, tokens, places)) {
            boolean taken = found.stream().anyMatch(f -> (f.type() == EntityType.ORGANIZATION || f.type() == EntityType.PERSON)
                    && f.start() < c.end() && c.start() < f.end());
            if (!taken) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every name this backoff would give, whatever other rules found. */
    public List<Candidate> recognize(String text, List<Token> tokens, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token last = tokens.get(i);
            String head = headOf(last.word());
            if (head == null || !NameTokens.isNameToken(last) || venues.stream().anyMatch(v -> text.startsWith(v, last.end() - v.length()))) {
                continue;
            }
            int first = i, opening = -1;
            while (first > 0 && i - first + 1 < MAX_TOKENS && tokens.get(first - 1).end() == tokens.get(first).start()) {
                if (first >= 3 && bracketedPlace(tokens, first - 3, places)) {
                    first -= 3; // 某国(某市)某某中心: the place in brackets after the opening one is part of the name
                    continue;
                }
                if (first >= 2 && CLOSING.indexOf(tokens.get(first).word().charAt(0)) >= 0 && bracketOpensPlace(tokens, first - 2, places)) {
                    first -= 2; // the segmenter glued the closing bracket to the words after it: (某市 + )某某中心
                    continue;
                }
                if (!NameTokens.isNameToken(tokens.get(first - 1))
                        || NameTokens.isBarrier(tokens.get(first - 1)) && !EVENT_COMMITTEES.contains(head)) {
                    break;
                }
                first--;
                if (placeStartsAt(places, tokens.get(first).start())) {
                    opening = tokens.get(first).start(); // the leftmost named place opens the name
                }
            }
            if (opening < 0 && placeStartsAt(places, last.start()) && last.word().length() > head.length()) {
                opening = last.start(); // one token: 某地某某中心
            }
            if (opening < 0) {
                continue;
            }
            int ownFrom = placeEndAt(places, opening);
            if (last.end() - head.length() - ownFrom < MIN_OWN_WORDS) {
                continue;
            }
            if (parties.contains(head)) {
                if (!partyOpening(places, opening, head)) {
                    continue; // 某市全民健身运动: a city's campaign, no movement; parties and movements are named by a state
                }
                opening = afterForeignCountry(places, opening, last.end() - head.length());
            }
            if (kinds.contains(text.substring(ownFrom, last.end())) || kinds.contains(text.substring(opening, last.end()))) {
                continue; // 某国执政党: the ruling party, not its name
            }
            out.add(CountryBeforeBodies.without(text, new Candidate(opening, last.end(), EntityType.ORGANIZATION,
                    text.substring(opening, last.end()), null, Candidate.Source.PATTERN), places));
        }
        return out;
    }

    private static final String CLOSING = ")）";

    /** An event's organising committees, named by the event before them (某某博览会组委会): a gathering opens their name. */
    static final java.util.Set<String> EVENT_COMMITTEES = java.util.Set.of("组委会", "筹委会");

    /** An opening bracket and a place right after it: tokens {@code at} and {@code at + 1}. */
    private static boolean bracketOpensPlace(List<Token> tokens, int at, List<Candidate> places) {
        Token open = tokens.get(at), place = tokens.get(at + 1);
        return ("(".equals(open.word()) || "（".equals(open.word())) && open.end() == place.start()
                && places.stream().anyMatch(p -> p.start() == place.start() && p.end() == place.end());
    }

    /** Opening brackets, a place, closing brackets: tokens {@code at}..{@code at + 2}. */
    private static boolean bracketedPlace(List<Token> tokens, int at, List<Candidate> places) {
        Token open = tokens.get(at), place = tokens.get(at + 1), close = tokens.get(at + 2);
        return ("(".equals(open.word()) || "（".equals(open.word())) && (")".equals(close.word()) || "）".equals(close.word()))
                && open.end() == place.start() && place.end() == close.start()
                && places.stream().anyMatch(p -> p.start() == place.start() && p.end() == place.end());
    }

    /** China's own parties are named with it (中国某某党); its campaigns (中国某某运动) are no movements. */
    private static final String HOME_PARTY = "党";

    /**
     * Whether a party's or movement's name opens as one does: with a country — a foreign one, or China for a party.
     */
    private static boolean partyOpening(List<Candidate> places, int opening, String head) {
        return places.stream().anyMatch(p -> p.start() == opening && p.type() == EntityType.COUNTRY
                && (!CountryBeforeBodies.HOME.contains(p.name()) || head.equals(HOME_PARTY)));
    }

    /**
     * 某国革命党: a foreign country opening a party's or movement's name says whose it is; the name starts after it
     * when the party's own words remain (China's own parties keep the country: 中国共产党).
     */
    private static int afterForeignCountry(List<Candidate> places, int opening, int headStart) {
        for (Candidate p : places) {
            if (p.start() == opening && p.type() == EntityType.COUNTRY && !CountryBeforeBodies.HOME.contains(p.name())
                    && headStart - p.end() >= MIN_OWN_WORDS) {
                return p.end();
            }
        }
        return opening;
    }

    private String headOf(String word) {
        for (String h : heads) {
            if (word.endsWith(h)) {
                return h;
            }
        }
        return null;
    }

    private static boolean placeStartsAt(List<Candidate> places, int pos) {
        return places.stream().anyMatch(p -> p.start() == pos && (p.type().isPlace() || p.type() == EntityType.COUNTRY));
    }

    /** Where the longest place opening at {@code pos} ends (its level included: 某某市). */
    private static int placeEndAt(List<Candidate> places, int pos) {
        return places.stream().filter(p -> p.start() == pos && (p.type().isPlace() || p.type() == EntityType.COUNTRY))
                .mapToInt(Candidate::end).max().orElse(pos);
    }
}
