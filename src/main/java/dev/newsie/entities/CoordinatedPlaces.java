package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Coordination as evidence: items of one 、-list name things of one kind, so in a list where at least two items
 * are places already found, another item that ends in an administrative suffix (老街省, 比奥比奥大区) is a
 * place too, typed by its suffix and placed in the country its listed neighbours share. This reaches the
 * foreign towns of winners' lists and delegations that no gazetteer holds. The evidence is weak: any other
 * reading of the same span wins.
 */
final class CoordinatedPlaces {
    /** Longest list item considered, in characters: longer items are clauses, not names. */
    static final int MAX_ITEM = 10;
    private static final char SEPARATOR = '、';

    private final PlaceSuffixRules suffixes;
    /** Characters of transliterated names: a country + such a run, in a list of places, is a city of that country. */
    private final java.util.Set<Character> transliteration;

    CoordinatedPlaces(PlaceSuffixRules suffixes) {
        this(suffixes, java.util.Set.of());
    }

    CoordinatedPlaces(PlaceSuffixRules suffixes, java.util.Set<Character> transliteration) {
        this.suffixes = suffixes;
        this.transliteration = java.util.Set.copyOf(transliteration);
    }

    /** @param places the place candidates already found, sorted by start */
    List<Candidate> recognize(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int sep = text.indexOf(SEPARATOR, i);
            if (sep < 0) {
                break;
            }
            // A list: items separated by 、, starting after the last boundary before the first separator.
            List<int[]> items = new ArrayList<>();
            int start = itemStart(text, sep);
            int cur = start;
            int end = sep;
            while (true) {
                items.add(new int[]{cur, end});
                if (end >= text.length() || text.charAt(end) != SEPARATOR) {
                    break;
                }
                cur = end + 1;
                end = itemEnd(text, cur);
            }
            addUnlisted(text, items, places, out);
            i = Math.max(end, sep + 1);
        }
        return out;
    }

    private void addUnlisted(String text, List<int[]> items, List<Candidate> places, List<Candidate> out) {
        int known = 0;
        List<Candidate> transliterated = new ArrayList<>();
        String country = null;
        boolean oneCountry = true;
        List<int[]> unknown = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int[] item = items.get(k);
            Candidate c = placeEndingItem(item, places);
            if (c == null && k == items.size() - 1) {
                c = placeClosingTheList(text, item, places);
            }
            if (c != null) {
                known++;
                if (country == null) {
                    country = c.country();
                } else if (c.country() != null && !c.country().equals(country)) {
                    oneCountry = false;
                }
                continue;
            }
            Candidate city = transliteratedAfterCountry(text, item, places, k == items.size() - 1);
            if (city != null) {
                transliterated.add(city);
                continue;
            }
            int[] name = nameIn(text, item, places, k == items.size() - 1);
            // The first item's start is a guess unless a boundary or a listed name before it fixes it.
            boolean startKnown = k > 0 || name[0] > item[0] || item[0] == 0 || !isNameChar(text.charAt(item[0] - 1));
            if (name[1] - name[0] >= 3 && startKnown) {
                unknown.add(name);
            }
        }
        if (known < 2 && !(known == 1 && closedByTwinning(text, items.get(items.size() - 1)))) {
            return;
        }
        out.addAll(transliterated);
        String shared = oneCountry ? country : null;
        for (int[] item : unknown) {
            String name = text.substring(item[0], item[1]);
            PlaceSuffixRules.Suffix suffix = suffixes.endOf(name);
            if (suffix == null || name.length() > MAX_ITEM || !allHan(name)
                    || PlaceRecognizer.GENERIC_SETTLEMENT_PAIRS.contains(name.substring(name.length() - 2))) {
                continue; // 绍兴市友好城市: 城市 (city) is a common noun, not a stem and a suffix
            }
            out.add(new Candidate(item[0], item[1], suffix.typeFor(shared), name, shared, Candidate.Source.WEAK));
        }
    }

    /** Most characters of a transliterated city name without suffix (弗洛里亚诺波利斯). */
    static final int MAX_TRANSLITERATED = 8;

    /**
     * 意大利佩斯卡拉 in a list of places: an item that is a country and then only transliteration characters names
     * a city of that country; the last item must end at punctuation, not run on into the sentence.
     */
    private Candidate transliteratedAfterCountry(String text, int[] item, List<Candidate> places, boolean last) {
        if (transliteration.isEmpty() || (last && item[1] < text.length() && isNameChar(text.charAt(item[1])))) {
            return null;
        }
        for (Candidate c : places) {
            if (c.type() == EntityType.COUNTRY && c.start() >= item[0] && c.end() < item[1]
                    && places.stream().noneMatch(o -> o.start() >= c.end() && o.start() < item[1])) {
                int n = item[1] - c.end();
                if (n < 2 || n > MAX_TRANSLITERATED) {
                    return null;
                }
                for (int k = c.end(); k < item[1]; k++) {
                    if (!transliteration.contains(text.charAt(k))) {
                        return null;
                    }
                }
                return new Candidate(c.end(), item[1], EntityType.CITY, text.substring(c.end(), item[1]), c.name(), Candidate.Source.WEAK);
            }
        }
        return null;
    }

    /** Words that end a list's last name: 等, or the verb of the sentence (获, 荣获, 被授予…; a twinning's 结为, 缔结, 签署…). */
    private static final java.util.regex.Pattern AFTER_LAST = java.util.regex.Pattern.compile("^(等|获|荣|被|和|及|的|共|均|分别|先后|作为"
            + "|结为|缔结|结成|建立|签署|签订|正式)");

    /**
     * The name an item holds: after any country or place named inside it (老挝 in 老挝老街省), and for the last
     * item of a list up to the suffix that the list's closing word follows (万象市 in 万象市等).
     */
    private int[] nameIn(String text, int[] item, List<Candidate> places, boolean last) {
        int from = item[0];
        for (Candidate c : places) {
            if (c.start() >= item[0] && c.end() < item[1] && c.end() > from) {
                from = c.end();
            }
        }
        int to = item[1];
        if (last && from > item[0] && AFTER_LAST.matcher(text.substring(from, item[1])).find()) {
            // 甲县、乙县、丙区等区县: a listed place closed by 等 ends the list; what follows names the items' kinds (区县)
            return new int[]{from, from};
        }
        if (last) {
            to = from;
            // an item cut at MAX_ITEM runs on into its sentence (无锡市获颁国际友好城|市…): its end closes no name
            boolean closed = item[1] >= text.length() || !isNameChar(text.charAt(item[1]));
            for (int k = from + 2; k <= item[1]; k++) {
                if (suffixes.endOf(text.substring(from, k)) != null
                        && ((k == item[1] && closed) || AFTER_LAST.matcher(text.substring(k, item[1])).find())) {
                    to = k;
                    break;
                }
            }
        }
        return new int[]{from, to};
    }

    /**
     * The last item of a list closed by the sentence's verb (…、丙市结为友好城市; …、丙市正式缔结…): a place that opens the
     * item, after nothing but places (a country before it), and that the closing word follows at once, is a listed
     * place though the item runs on into the sentence.
     */
    private static Candidate placeClosingTheList(String text, int[] item, List<Candidate> places) {
        int at = item[0];
        for (Candidate c : places) { // places sorted by start: walk the chain that opens the item
            if (c.start() != at || !c.type().isPlace() || c.end() >= item[1]) {
                continue;
            }
            if (c.type() != EntityType.COUNTRY && AFTER_LAST.matcher(text.substring(c.end(), item[1])).find()) {
                return c;
            }
            at = c.end();
        }
        return null;
    }

    /** A twinning's verb and standing right after a list's last name (…、丙镇结为友好城市; …、丁市正式缔结友城关系). */
    private static final java.util.regex.Pattern TWINNING_CLOSE = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}·]{2,10}?(?:市|县|郡|州|镇|町|村|区|省)(?:正式)?(?:结为|缔结为|缔结|结成)(?:了)?(?:国际)?(?:友好|姊妹|姐妹|友城|友谊)");

    /**
     * A list of partners closed by the twinning it tells (甲市已与乙市、丙丁市、戊己镇结为友好城市): its items are places, so one
     * listed place already found is evidence enough for the suffixed names beside it.
     */
    private static boolean closedByTwinning(String text, int[] last) {
        return TWINNING_CLOSE.matcher(text.substring(last[0], Math.min(text.length(), last[0] + MAX_ITEM + 12))).find();
    }

    /** The place candidate that ends exactly where the item ends (its chain may start with a country). */
    private static Candidate placeEndingItem(int[] item, List<Candidate> places) {
        for (Candidate c : places) {
            if (c.type().isPlace() && c.type() != EntityType.COUNTRY && c.end() == item[1] && c.start() >= item[0]) {
                return c;
            }
        }
        return null;
    }

    private static boolean allHan(String s) {
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN && ch != '·') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The first item runs back from the separator to the nearest punctuation, space or line start, at most MAX_ITEM. */
    private static int itemStart(String text, int sep) {
        int k = sep;
        while (k > 0 && sep - k < MAX_ITEM + 1 && isNameChar(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** A middle or last item runs to the next separator or the first character that cannot be in a name. */
    private static int itemEnd(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) != SEPARATOR && isNameChar(text.charAt(k)) && k - from <= MAX_ITEM) {
            k++;
        }
        return k;
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·';
    }
}
