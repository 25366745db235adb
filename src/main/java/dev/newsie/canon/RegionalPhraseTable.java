package dev.newsie.canon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Regional (Taiwan, Hong Kong, Singapore) names of places → mainland usage (南韩 → 韩国, 澳洲 → 澳大利亚),
 * read from {@code models/regional-names.tsv} (curated) and {@code models/regional-names-generated.tsv} (CLDR and
 * OpenCC, curated rows win), guarded by {@code models/regional-names-guards.tsv} (foreign names holding a key). Keys are already in Simplified characters, so it is applied after character
 * conversion. Longest match wins, so 新南威尔斯 is replaced before 威尔斯; every mainland name is matched too and
 * kept as it is, so a regional key inside a longer mainland name (尼日 in 尼日利亚) is never replaced; so is a row
 * whose two sides are equal, which guards a mainland word holding a key (柔佛 holds 佛州, 大马路 holds 大马).
 */
public final class RegionalPhraseTable {
    /** One replacement found in a text. */
    public record Replacement(int start, int end, String mainland) {
    }

    private final Map<String, String> table;
    private final java.util.Set<Character> transliterating;
    private final int maxKey;
    /**
     * Indexed by a key's first character, the lengths of the keys it opens (bit n: a key of n characters; all bits
     * for a key of 64 or more); 0 when no key opens with it, so most positions of a text are skipped at one array
     * read, and at the others find() tries only those lengths, not every length up to the longest key, since it runs
     * over every page's whole text. A plain array, no boxing per position: 65,536 longs are 512 KiB, and a process
     * builds one table ({@link #shared()}; tests build a few more).
     */
    private final long[] keyLengths = new long[Character.MAX_VALUE + 1];

    public RegionalPhraseTable(Map<String, String> table) {
        this(table, java.util.Set.of());
    }

    /**
     * @param transliterating the characters of transliterated names (models/transliteration-chars.tsv): a state's
     *                        one-character short form (加州) right after two of them is the tail of a longer name
     */
    public RegionalPhraseTable(Map<String, String> table, java.util.Set<Character> transliterating) {
        this.transliterating = java.util.Set.copyOf(transliterating);
        this.table = new java.util.HashMap<>(table);
        for (String mainland : table.values()) {
            this.table.putIfAbsent(mainland, mainland);
        }
        this.maxKey = this.table.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String k : this.table.keySet()) {
            keyLengths[k.charAt(0)] |= k.length() < 64 ? 1L << k.length() : -1L;
        }
    }

    /** The table of models/regional-names.tsv, loaded once per process on first use. */
    public static RegionalPhraseTable shared() {
        return Holder.TABLE;
    }

    private static final class Holder {
        static final RegionalPhraseTable TABLE = load();
    }

    public static RegionalPhraseTable load() {
        Map<String, String> m = new TreeMap<>();
        read("regional-names.tsv", m);
        Map<String, String> generated = new TreeMap<>();
        read("regional-names-generated.tsv", generated);
        generated.forEach(m::putIfAbsent);
        // longer mainland names that hold a key (阿拉斯加州 holds 加州): guards generated from the foreign gazetteer
        read("regional-names-guards.tsv", m);
        return new RegionalPhraseTable(m, TransliterationCharacters.load());
    }

    private static void read(String file, Map<String, String> m) {
        for (ModelFile.Row r : ModelFile.read(file, 2)) {
            String regional = ScriptConverter.toSimplified(r.get(0));
            String mainland = r.get(1);
            if (regional.isEmpty() || mainland.isEmpty()) {
                throw r.error("empty regional or mainland name");
            }
            // a row whose two sides are equal guards a mainland word that holds a regional key (柔佛 holds 佛州, Florida)
            m.putIfAbsent(regional, mainland);
        }
    }

    /** Non-overlapping replacements, left to right, longest first at each position. */
    public List<Replacement> find(String text) {
        List<Replacement> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            long lengths = keyLengths[text.charAt(i)];
            if (lengths == 0) {
                i++;
                continue; // no key opens with this character
            }
            Replacement hit = null;
            for (int len = Math.min(maxKey, text.length() - i); len >= 2; len--) {
                if (len < 64 && (lengths & (1L << len)) == 0) {
                    continue; // no key of this length opens with this character
                }
                String key = text.substring(i, i + len);
                String v = table.get(key);
                if (v != null && (v.equals(key) || (!alreadyMainland(text, i, len, v) && !tailOfTransliteration(text, i, key)))) {
                    hit = new Replacement(i, i + len, v);
                    break;
                }
            }
            if (hit != null) {
                hit = keepingTheTitlesCity(text, hit);
                if (!hit.mainland().equals(text.substring(hit.start(), hit.end()))) {
                    out.add(hit);
                }
                i = hit.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * 三藩市長, 貝里斯市政府: a key's final 市 that opens the word after it (市长, 市政府, 市议会, 市民, 市委) is that
     * word's, not only the name's; a mainland form without 市 (旧金山, 伯利兹城) gets it back, so the title or body
     * survives (旧金山市长, 伯利兹城市政府, as mainland usage writes them).
     */
    private static Replacement keepingTheTitlesCity(String text, Replacement hit) {
        String key = text.substring(hit.start(), hit.end());
        if (key.endsWith("市") && !hit.mainland().endsWith("市") && hit.end() < text.length()
                && WORDS_OPENED_BY_CITY.indexOf(text.charAt(hit.end())) >= 0) {
            return new Replacement(hit.start(), hit.end(), hit.mainland() + "市");
        }
        return hit;
    }

    /** Second characters of words that open with 市 (市长, 市政府, 市府, 市议会, 市民, 市委), after conversion. */
    private static final String WORDS_OPENED_BY_CITY = "长政府议民委";

    /**
     * Skips a key that is already the start of its mainland form (阿联 in 阿联酋) and a short country form
     * used as an ethnonym (塔吉克族, 塔什库尔干塔吉克自治县), which is not the country.
     */
    private static boolean alreadyMainland(String text, int i, int len, String mainland) {
        if (text.startsWith(mainland, i)) {
            return true;
        }
        int after = i + len;
        return text.startsWith("族", after) || text.startsWith("自治", after);
    }

    /**
     * 卡卢加州 (Kaluga Oblast), 阿拉斯加州: a two-character 州 key (加州, 德州, the short forms of US states) after two
     * characters of transliteration ends a longer foreign name, not the state; 美国加州, 南加州, 在加州 are the state.
     */
    private boolean tailOfTransliteration(String text, int i, String key) {
        return key.length() == 2 && key.charAt(1) == '州' && i >= 2
                && transliterating.contains(text.charAt(i - 1)) && transliterating.contains(text.charAt(i - 2));
    }

    public String apply(String text) {
        List<Replacement> reps = find(text);
        if (reps.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Replacement r : reps) {
            sb.append(text, last, r.start()).append(r.mainland());
            last = r.end();
        }
        return sb.append(text.substring(last)).toString();
    }

    public int size() {
        return table.size();
    }
}
