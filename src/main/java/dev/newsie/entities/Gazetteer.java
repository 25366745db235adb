package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every known name (surface form in mainland Simplified) → the entries it can denote. Built from the curated
 * tables in {@code models/gazetteer/} (countries with their capitals, China's divisions, foreign divisions and
 * cities, organisations) and, as weak evidence, the CITY / STATE_OR_PROVINCE / COUNTRY entries of CoreNLP's
 * Chinese KBP gazetteer when its model jar is on the class path.
 */
public final class Gazetteer {
    static final String KBP_RESOURCE = "edu/stanford/nlp/models/kbp/chinese/gazetteers/cn_regexner_mapping.tab";
    private final Map<String, List<Place>> byName = new HashMap<>();
    /** One-character abbreviations (沪, 穗): places only where the context marks them, see {@link #abbreviation}. */
    private final Map<Character, Place> abbreviations = new HashMap<>();
    /** Two-character county and district names, which need the segmenter's place reading: see {@link #addCounty}. */
    private final Map<String, Place> counties = new HashMap<>();
    /** County stems that are ordinary words of the genre (models/gazetteer/county-words.tsv): named only with their suffix. */
    private final java.util.Set<String> countyWords = new java.util.HashSet<>();
    private int maxLength;
    /** The names read from the generated GeoNames table, see {@link #addGenerated}. */
    private final java.util.Set<String> generated = new java.util.HashSet<>();
    /**
     * The longest listed name opening with each pair of characters (key: the two chars as one int), so a scan for the
     * longest name at a position tries only the lengths some name there could have: most positions open no name.
     */
    private final Map<Integer, Integer> maxLengthByOpening = new HashMap<>();
    /**
     * Names listed with the municipal suffix they are matched by: Japanese cities and villages with a two-character
     * stem (米泽市, 读谷村) and foreign cities whose bare stem is a word or a Chinese place (城南市, 太平市). They run
     * into common words (中央市场, 城南市场), so a match needs the suffix to end a word, see {@link #suffixBeginsWord}.
     */
    private final java.util.Set<String> suffixedNames = new java.util.HashSet<>();
    /** Words a municipality's suffix begins (中央市场 market, 市区 urban area, 村庄 hamlet): no name ends before them. */
    static final List<String> SUFFIX_WORDS = List.of("市场", "市区", "市况", "村庄", "村落", "村寨");

    public static Gazetteer load(PlaceSuffixRules suffixes) {
        Gazetteer g = new Gazetteer();
        for (ListedCountry c : ListedCountry.all()) {
            String country = c.name();
            g.add(country, new Place(country, EntityType.COUNTRY, null, false));
            for (String alias : c.otherNames()) {
                g.add(alias, new Place(country, EntityType.COUNTRY, null, false));
            }
            if (!c.capital().isEmpty() && !c.capital().equals(country)) {
                g.add(c.capital(), new Place(c.capital(), EntityType.CITY, country, false));
            }
        }
        List<ModelFile.Row> counties = new ArrayList<>();
        java.util.Set<String> commonWords = new java.util.HashSet<>();
        ModelFile.read("gazetteer/common-word-names.tsv", 1).forEach(r -> commonWords.add(r.get(0)));
        ModelFile.read("gazetteer/county-words.tsv", 1).forEach(r -> g.countyWords.add(r.get(0)));
        for (ModelFile.Row r : ModelFile.read("gazetteer/china-divisions.tsv", 5)) {
            if (r.get(4).equals("county") || commonWords.contains(r.get(0))) {
                // a county, or a prefecture whose bare name is a common word (来宾 guests): bare only where the segmenter reads a place
                counties.add(r); // after the other tables: a county never shadows a listed name
            } else {
                g.addChinese(r);
            }
        }
        for (ModelFile.Row r : ModelFile.read("gazetteer/china-zones.tsv", 3)) {
            g.addChinese(r);
        }
        for (ModelFile.Row r : ModelFile.read("gazetteer/world-places.tsv", 3)) {
            for (String written : joinerForms(r.get(0))) {
                g.add(written, new Place(CanonicalNames.dropSuffix(written), type(r), r.get(2), false));
            }
            String surface = CanonicalNames.surfaceForm(r.get(0));
            if (surface.endsWith("市") && surface.length() >= 3) {
                g.suffixedNames.add(surface); // listed with its 市 because the stem alone is a word or a Chinese place
            }
        }
        for (ModelFile.Row r : ModelFile.read("gazetteer/japan-municipalities.tsv", 3)) {
            g.addJapaneseMunicipality(r);
        }
        for (ModelFile.Row r : ModelFile.read("gazetteer/cldr-territories.tsv", 2)) {
            g.add(r.get(0), new Place(r.get(0), type(r), null, false));
        }
        for (ModelFile.Row r : ModelFile.read("gazetteer/organizations.tsv", 1)) {
            Place org = new Place(r.get(0), EntityType.ORGANIZATION, null, false);
            g.add(r.get(0), org);
            for (String alias : r.get(1).split(",")) {
                g.add(alias.strip(), org);
            }
        }
        for (ModelFile.Row r : counties) {
            g.addCounty(r);
        }
        // after China's counties, whose two-character names (江津, 海城) keep their own reading
        for (ModelFile.Row r : ModelFile.read("gazetteer/japan-municipalities-short.tsv", 3)) {
            if (g.addJapaneseMunicipality(r)) {
                g.suffixedNames.add(CanonicalNames.surfaceForm(r.get(0)));
            }
        }
        for (String file : List.of("gazetteer/taiwan-townships.tsv", "gazetteer/hong-kong-macau-districts.tsv")) {
            for (ModelFile.Row r : ModelFile.read(file, 3)) {
                g.addLocalUnit(r);
            }
        }
        for (ModelFile.Row r : ModelFile.read("gazetteer/geonames-cities.tsv", 3)) {
            g.addGenerated(r);
        }
        g.addKbp(suffixes);
        for (ModelFile.Row r : ModelFile.read("aliases.tsv", 2)) {
            String alias = CanonicalNames.surfaceForm(r.get(0));
            List<Place> target = g.lookup(CanonicalNames.surfaceForm(r.get(1)));
            if (target.isEmpty()) {
                continue;
            }
            if (alias.length() == 1 && target.get(0).type() != EntityType.ORGANIZATION) {
                g.abbreviations.put(alias.charAt(0), target.get(0));
            } else if (alias.length() >= 2) {
                g.add(alias, target.get(0)); // 申城, 羊城, 对外友协: another name of a listed entry
            }
        }
        return g;
    }

    private void addChinese(ModelFile.Row r) {
        Place p = new Place(r.get(0), type(r), "中国", false);
        add(r.get(0), p);
        if (!r.get(3).isEmpty()) {
            add(r.get(3), p);
        }
    }

    /**
     * A county or district by its full name (嘉定区, 元江哈尼族彝族傣族自治县); by its bare name only when that is
     * three characters or more, since two-character county names are often ordinary words (和平, 新华, 友好):
     * those are kept apart, for {@link #county}, and need the segmenter's place reading.
     */
    private void addCounty(ModelFile.Row r) {
        String stem = CanonicalNames.surfaceForm(r.get(0));
        String full = r.get(3);
        if (stem.length() < 2 || stem.equals(full)) {
            if (full.length() == 2 && full.endsWith("县") && !byName.containsKey(full)) {
                // 赵县, 献县: a one-character county has no name without its suffix, and canonical() keeps it whole;
                // several are also the tail of a word (振兴县域, 提高县级), so like two-character stems they need the
                // segmenter's place reading. 城区, 郊区 are words, never a county's name.
                counties.putIfAbsent(full, new Place(full, type(r), "中国", false));
            } else if (full.length() >= 3 && !byName.containsKey(full)) {
                // 四子王旗, 鄂伦春自治旗: canonical() drops no 旗 (GOLD.md §4), so a banner is named and matched whole
                add(full, new Place(full, type(r), "中国", false));
            }
            return;
        }
        Place p = new Place(stem, type(r), "中国", false);
        if (byName.containsKey(CanonicalNames.surfaceForm(full))) {
            return;
        }
        add(full, p);
        if (byName.containsKey(stem)) {
            return;
        }
        if (stem.length() >= 3) {
            add(stem, p);
        } else if (!countyWords.contains(stem)) {
            counties.putIfAbsent(stem, p); // 惠民, 合作: a word of the genre's speeches is never the bare county
        }
    }

    /**
     * A township or district below GB/T 2260's level (礁溪鄉, 沙田區), named by its full name in the source's script:
     * matched by its full name, and bare only when three characters or more remain; after every other table, so a
     * listed name keeps its entry (中山區 is no 中山).
     */
    private void addLocalUnit(ModelFile.Row r) {
        String full = CanonicalNames.surfaceForm(r.get(0));
        String stem = CanonicalNames.dropSuffix(full);
        EntityType type = type(r);
        if (byName.containsKey(full) || full.length() < 3) {
            return; // 东区, 北区: two-character names are common words (华东区域, 园区北区)
        }
        Place p = new Place(stem, type, "中国", false);
        add(full, p);
        if (stem.length() >= 3 && !stem.equals(full) && !byName.containsKey(stem) && !counties.containsKey(stem)) {
            add(stem, p); // 油尖旺; 礁溪乡 has no name without the suffix, and two-character stems (三峡, 泰山, 清水)
                          // are too often a mainland place or word, even where the segmenter reads them as places
        }
    }

    /**
     * Whether {@code stem} is a two-character Chinese county's bare name, or one that is an ordinary word of the genre
     * (models/gazetteer/county-words.tsv): the curated entry decides, so no later table (Japan's 新城市, the KBP list)
     * names the stem or the stem and 市 (新城市 is "a new city", 创新城市) as another place.
     */
    private boolean isCountyStem(String stem) {
        return counties.containsKey(stem) || countyWords.contains(stem);
    }

    /** A two-character Chinese county or district name without its suffix (嘉定), or null. */
    public Place county(String surface) {
        return counties.get(surface);
    }

    /**
     * A Japanese city, town or village (小布施町, 五所川原市), by its full name only and only where no other table
     * knows that name: 清水町 or a Chinese county's name stays what the other tables say.
     */
    private boolean addJapaneseMunicipality(ModelFile.Row r) {
        String full = CanonicalNames.surfaceForm(r.get(0));
        if (byName.containsKey(full) || byName.containsKey(CanonicalNames.dropSuffix(full))
                || isCountyStem(CanonicalNames.dropSuffix(full))) {
            return false;
        }
        add(full, new Place(CanonicalNames.dropSuffix(full), type(r), "日本", false));
        return true;
    }

    /**
     * Whether the listed name {@code surface} at the end of {@code text[..end)} is a name listed with its suffix
     * whose suffix begins a word there (北上 + 市场, 城南 + 市场): then it is no mention.
     */
    /** Whether {@code surface} is a name listed with its municipal suffix (Japanese 小城市, 米泽市; see suffixedNames). */
    public boolean isSuffixedName(String surface) {
        return suffixedNames.contains(surface);
    }

    public boolean suffixBeginsWord(String surface, String text, int end) {
        if (!suffixedNames.contains(surface) || end < 1) {
            return false;
        }
        for (String w : SUFFIX_WORDS) {
            if (text.startsWith(w, end - 1)) {
                return true;
            }
        }
        return false;
    }

    private static EntityType type(ModelFile.Row r) {
        try {
            return EntityType.parse(r.get(1));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    /**
     * A name of two names joined by a hyphen (艾米利亚-罗马涅) as it is written: with the hyphen, a full-width hyphen
     * (－), a dash (—, –) or a middle dot (·, ・) between its parts, each form named as written (the scorer unifies middle dots, not dashes).
     */
    static List<String> joinerForms(String name) {
        if (name.indexOf('-') < 0) {
            return List.of(name);
        }
        List<String> forms = new ArrayList<>();
        for (char joiner : JOINERS.toCharArray()) {
            forms.add(name.replace('-', joiner));
        }
        return forms;
    }

    /**
     * The marks news text joins the parts of a compound place name with: hyphen, full-width hyphen, dashes, middle dots
     * (the Chinese and the Japanese one) — the class the joined pairs of {@code models/events/relation-patterns.tsv}
     * (ANNIVERSARY) read, {@code [-－—–·・]}.
     */
    private static final String JOINERS = "-－—–·・";

    private void add(String surface, Place p) {
        if (surface.isEmpty()) {
            return;
        }
        String key = CanonicalNames.surfaceForm(surface);
        List<Place> l = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(p)) {
            l.add(p);
        }
        maxLength = Math.max(maxLength, key.length());
        if (key.length() >= 2) {
            maxLengthByOpening.merge(opening(key, 0), key.length(), Math::max);
        }
    }

    private static int opening(CharSequence text, int pos) {
        return text.charAt(pos) << 16 | text.charAt(pos + 1);
    }

    /**
     * A foreign city of the generated GeoNames table (gazetteer/geonames-cities.tsv, three or more transliteration
     * characters): weak like a KBP entry, since it comes from no curated list, but with its country; only where no
     * other table knows the name or its stem, so a curated entry always decides.
     */
    private void addGenerated(ModelFile.Row r) {
        String name = CanonicalNames.surfaceForm(r.get(0));
        if (name.length() < 3 || byName.containsKey(name) || isCountyStem(name)) {
            return;
        }
        add(name, new Place(name, type(r), r.get(2), true));
        generated.add(name);
    }

    /** Whether {@code surface} is a name of the generated GeoNames table (gazetteer/geonames-cities.tsv). */
    public boolean isGenerated(String surface) {
        return generated.contains(surface);
    }

    /** Weak entries from CoreNLP's KBP gazetteer: only for names the curated tables do not know. */
    private void addKbp(PlaceSuffixRules suffixes) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(KBP_RESOURCE);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].length() < 2 || cols[0].contains(" ")) {
                    continue;
                }
                EntityType t = switch (cols[1]) {
                    case "CITY" -> EntityType.CITY;
                    case "STATE_OR_PROVINCE" -> EntityType.PROVINCE;
                    case "COUNTRY" -> EntityType.COUNTRY;
                    default -> null;
                };
                String name = CanonicalNames.surfaceForm(cols[0]);
                if (t == null || byName.containsKey(name) || isCountyStem(name) || !isHanName(name)) {
                    continue;
                }
                PlaceSuffixRules.Suffix s = suffixes.endOf(name);
                String stem = s == null ? name : name.substring(0, name.length() - s.text().length());
                if (s != null && suffixes.endOf(stem) != null) {
                    continue; // list artefacts such as 京畿道市: a suffix on a suffix
                }
                if ((byName.containsKey(stem) && !byName.get(stem).get(0).weak()) || isCountyStem(stem)) {
                    continue; // the curated entry decides
                }
                if (t == EntityType.COUNTRY) {
                    continue; // countries are fully curated; KBP adds regions and nationalities under this label
                }
                add(name, new Place(CanonicalNames.dropSuffix(name), t, null, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's KBP gazetteer: " + e.getMessage(), e);
        }
    }

    private static boolean isHanName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN && c != '·') {
                return false;
            }
        }
        return true;
    }

    /** The place a one-character abbreviation stands for, or null. */
    public Place abbreviation(char c) {
        return abbreviations.get(c);
    }

    public List<Place> lookup(String surface) {
        return byName.getOrDefault(surface, List.of());
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * The length of the longest listed name that opens with the two characters at {@code pos} of {@code text}, capped
     * at what the text has left; 0 when no name of two or more characters opens there.
     */
    public int maxLengthAt(CharSequence text, int pos) {
        if (pos + 2 > text.length()) {
            return 0;
        }
        return Math.min(maxLengthByOpening.getOrDefault(opening(text, pos), 0), text.length() - pos);
    }

    public int size() {
        return byName.size();
    }
}
