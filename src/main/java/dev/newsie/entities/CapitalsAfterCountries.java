package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capital named right after its country (某国首都甲乙市, 某某联邦首都甲乙): the words after 首都 name that country's
 * capital, whatever local transliteration writes them. Taiwan and overseas papers spell the capitals of small states
 * their own way, which no list of ours holds, while gold writes the mainland name; the country list
 * ({@code models/gazetteer/countries.tsv}) gives each country's capital by that name, so the capital is known from
 * the construction alone. The same written name elsewhere in the article is the same city.
 */
final class CapitalsAfterCountries {
    /** 首都 right after the country, or after the word for its form of state (某某联邦首都). */
    private static final Pattern LINK = Pattern.compile("(?:联邦|王国|共和国|合众国)?首都");
    /** The longest name read after 首都, in characters. */
    static final int MAX_STEM = 6;
    /** A bare name of this length or more is the city again without its suffix; shorter ones need 市. */
    static final int MIN_BARE = 3;
    /** Tags of words that begin the predicate, never a name: verbs, adverbs, prepositions, conjunctions, particles, pronouns, numbers, times, localisers. */
    private static final List<String> BOUNDARY_TAGS = List.of("v", "d", "ad", "p", "c", "u", "r", "m", "q", "t", "f", "w");

    private final Map<String, String> capitalOf;

    private CapitalsAfterCountries(Map<String, String> capitalOf) {
        this.capitalOf = Map.copyOf(capitalOf);
    }

    static CapitalsAfterCountries load() {
        Map<String, String> capitals = new HashMap<>();
        for (ListedCountry c : ListedCountry.all()) {
            if (!c.capital().isEmpty() && !c.name().equals("中国")) {
                capitals.put(c.name(), c.capital());
            }
        }
        return new CapitalsAfterCountries(capitals);
    }

    List<Candidate> find(String text, List<Token> tokens, List<Candidate> known) {
        BitSet covered = new BitSet(text.length());
        for (Candidate c : known) {
            covered.set(c.start(), c.end());
        }
        Map<String, Candidate> named = new LinkedHashMap<>();
        for (Candidate c : known) {
            String capital = c.type() == EntityType.COUNTRY ? capitalOf.get(c.name()) : null;
            if (capital == null) {
                continue;
            }
            Matcher m = LINK.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 5));
            if (!m.lookingAt() || m.end() >= text.length() || covered.get(m.end())) {
                continue; // no 首都, or a listed place follows it (某国首都金边)
            }
            int end = stemEnd(text, tokens, m.end());
            if (end - m.end() >= 2) {
                named.putIfAbsent(text.substring(m.end(), end),
                        new Candidate(m.end(), end, EntityType.CITY, capital, c.name(), Candidate.Source.PATTERN));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Candidate> e : named.entrySet()) {
            String stem = e.getKey();
            for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
                int end = at + stem.length();
                boolean suffixed = end < text.length() && text.charAt(end) == '市';
                if (!suffixed && stem.length() < MIN_BARE) {
                    continue;
                }
                int to = suffixed ? end + 1 : end;
                int clash = covered.nextSetBit(at);
                if (clash >= 0 && clash < to) {
                    continue;
                }
                Candidate c = e.getValue();
                out.add(new Candidate(at, to, EntityType.CITY, c.name(), c.country(), Candidate.Source.PATTERN));
                covered.set(at, to);
            }
        }
        return out;
    }

    /** Where the name after 首都 ends: at 市, at a stop character or where a word of the predicate begins (正式, 今天). */
    private static int stemEnd(String text, List<Token> tokens, int from) {
        int i = from;
        while (i < text.length() && i - from < MAX_STEM) {
            char ch = text.charAt(i);
            if (ch == '市' || Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN || PlaceRecognizer.STOP.indexOf(ch) >= 0) {
                break;
            }
            if (i > from + 1 && predicateBegins(tokens, i)) {
                break;
            }
            i++;
        }
        return i - from >= MAX_STEM && i < text.length() && text.charAt(i) != '市' ? from : i;
    }

    private static boolean predicateBegins(List<Token> tokens, int pos) {
        for (Token t : Tokens.overlapping(tokens, pos, pos + 1)) {
            return t.start() == pos && BOUNDARY_TAGS.stream().anyMatch(t.tag()::startsWith) && !t.tag().startsWith("nr");
        }
        return false;
    }
}
