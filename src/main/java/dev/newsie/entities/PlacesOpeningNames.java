package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A city, province or country that opens the name of a venue, a games or a hub (湖北省博物馆, 某市国际会议中心, 某市亚运会,
 * 某市国际机场) without quotation marks or year: GOLD.md §2 makes venues no entities and §7 a place inside another
 * name no mention of it. The name runs from the place to a head noun ({@code VENUE_HEAD} of
 * models/events/lexicon.tsv, the event heads of models/event-name-heads.tsv, models/name-heads-after-places.tsv)
 * within {@link #MAX_NAME} characters; a run that meets punctuation, a clause's function word, a verb that never
 * stands inside a name ({@code NAME_BREAK}) or another entity's mention first is a clause or a second name, and the
 * place is named. A place that opens the object of a verb of tasting or buying (品尝了某市烤鸭; models/product-verbs.tsv)
 * opens a product's name (GOLD.md §7, 马陆葡萄).
 */
final class PlacesOpeningNames {
    /** How far after the place a head noun may end: such names are short. */
    static final int MAX_NAME = 10;
    /** Function words and verbs of motion that never stand inside such a name. */
    private static final String CLAUSE_CHARS = "的在于将为是和与及并由到从向把被让给了着过也都就还又后前时";
    /** Heads that also end the names of bodies (某市服务中心) or an office's rooms; never read alone here. */
    private static final Set<String> SHARED_HEADS = Set.of("中心", "厅");

    private final List<String> heads;
    private final List<String> breaks;
    private final List<String> productVerbs;

    PlacesOpeningNames(List<String> heads, List<String> breaks, List<String> productVerbs) {
        this.heads = EventNameWords.longestFirst(heads.stream().filter(h -> !SHARED_HEADS.contains(h)).toList());
        this.breaks = List.copyOf(breaks);
        this.productVerbs = List.copyOf(productVerbs);
    }

    private static final PlacesOpeningNames TABLE = load();

    static PlacesOpeningNames table() {
        return TABLE;
    }

    static PlacesOpeningNames load() {
        List<String> heads = new ArrayList<>(EventNameWords.loaded().heads());
        for (ModelFile.Row r : ModelFile.read("events/lexicon.tsv", 2)) {
            if (r.get(0).equals("VENUE_HEAD")) {
                heads.add(r.get(1));
            }
        }
        ModelFile.read("name-heads-after-places.tsv", 1).forEach(r -> heads.add(r.get(0)));
        List<String> productVerbs = ModelFile.read("product-verbs.tsv", 1).stream().map(r -> r.get(0)).toList();
        return new PlacesOpeningNames(heads, EventNameWords.loaded().breaks(), productVerbs);
    }

    /** Marks in {@code inName} each city, province or country mention that opens such a name. */
    void mark(String text, List<Entity> entities, boolean[] inName) {
        boolean[] mentionStart = new boolean[text.length() + 1];
        int[] coveredTo = new int[text.length() + 1];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() >= 0 && m.start() < mentionStart.length) {
                    mentionStart[m.start()] = true;
                    for (int k = m.start(); k < Math.min(m.end(), coveredTo.length); k++) {
                        coveredTo[k] = Math.max(coveredTo[k], m.end());
                    }
                }
            }
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.CITY && e.type() != EntityType.PROVINCE && e.type() != EntityType.COUNTRY) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= 0 && m.end() <= text.length()
                        && (opensName(text, m.end(), mentionStart, coveredTo) || opensProduct(text, m.start(), m.end(), mentionStart))) {
                    Arrays.fill(inName, m.start(), m.end(), true);
                }
            }
        }
    }

    /**
     * Whether the text from {@code from} closes on a head noun before any clause, punctuation or other mention. A head
     * read across the end of another mention is two words' halves (某市议会 + 议长 holds no 会议): {@code coveredTo[k]}
     * is the furthest end of a mention over {@code k}.
     */
    boolean opensName(String text, int from, boolean[] mentionStart, int[] coveredTo) {
        int limit = Math.min(text.length(), from + MAX_NAME);
        for (int i = from; i < limit; i++) {
            for (String h : heads) {
                if (text.startsWith(h, i) && i + h.length() <= from + MAX_NAME
                        && !(coveredTo[i] > i && coveredTo[i] < i + h.length())) {
                    return true;
                }
            }
            char c = text.charAt(i);
            boolean nameChar = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isDigit(c);
            if (!nameChar || CLAUSE_CHARS.indexOf(c) >= 0 || (i > from && mentionStart[i])) {
                return false;
            }
            for (String b : breaks) {
                if (text.startsWith(b, i)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether the place at [start, end) opens a name (a Han character follows) that a verb of tasting or buying governs. */
    boolean opensProduct(String text, int start, int end, boolean[] mentionStart) {
        if (end >= text.length() || Character.UnicodeScript.of(text.charAt(end)) != Character.UnicodeScript.HAN
                || mentionStart[end] || CLAUSE_CHARS.indexOf(text.charAt(end)) >= 0 || "、等".indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        return ClauseBefore.holdsAny(text, start, productVerbs);
    }
}
