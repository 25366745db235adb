package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that end and break an event's name, read once for the rules that keep event names apart from the
 * mentions inside them: the head nouns of gatherings, exhibitions and campaigns ({@code FORUM_HEAD} of
 * models/events/lexicon.tsv and models/event-name-heads.tsv) and the verbs that never stand inside a name
 * ({@code NAME_BREAK}).
 */
record EventNameWords(List<String> heads, List<String> breaks) {
    private static final EventNameWords LOADED = load();

    static EventNameWords loaded() {
        return LOADED;
    }

    private static EventNameWords load() {
        List<String> heads = new ArrayList<>(), breaks = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("events/lexicon.tsv", 2)) {
            if (r.get(0).equals("FORUM_HEAD")) {
                heads.add(r.get(1));
            } else if (r.get(0).equals("NAME_BREAK")) {
                breaks.add(r.get(1));
            }
        }
        // expositions, fairs and festivals (第三届中国茶叶博览会) are events too
        ModelFile.read("event-name-heads.tsv", 1).forEach(r -> heads.add(r.get(0)));
        return new EventNameWords(List.copyOf(heads), List.copyOf(breaks));
    }

    /** Head nouns without repeats, longest first, so that a name closes on its longest head (会议中心 before 中心). */
    static List<String> longestFirst(java.util.Collection<String> heads) {
        return dev.newsie.text.WordAlternation.longestFirst(heads);
    }
}
