package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Head nouns of occasions that are no forum of their own but close a forum's name when joined to it by 暨 (甲论坛暨
 * 经贸洽谈会, 甲大会暨文化节, 甲论坛暨展览): the gatherings of {@code models/gathering-nouns.tsv} (座谈会, 洽谈会,
 * 招待会…) and the expositions, festivals and exchange weeks of {@code models/event-name-heads.tsv} (博览会, 展览,
 * 文化节, 交流周…), and the heads of {@code models/events/joined-occasion-heads.tsv} that close an occasion only
 * when joined (联谊会, elsewhere an association's head). Why: 暨 joins two occasions held as one, and the event's name
 * as written is both (GOLD.md §3 `name`, "fullest name as written"); the joined part ends on the head noun of its
 * own kind of occasion, whatever that kind is. Read once; immutable.
 */
final class JoinedOccasionHeads {
    private static final List<String> HEADS = load();

    private JoinedOccasionHeads() {
    }

    private static List<String> load() {
        List<String> heads = new ArrayList<>();
        ModelFile.read("gathering-nouns.tsv", 1).forEach(r -> heads.add(r.get(0)));
        ModelFile.read("event-name-heads.tsv", 1).forEach(r -> heads.add(r.get(0)));
        ModelFile.read("events/joined-occasion-heads.tsv", 1).forEach(r -> heads.add(r.get(0)));
        return List.copyOf(heads);
    }

    /** Whether {@code joined}, the run after 暨, ends on the head noun of an occasion (or is that noun alone). */
    static boolean endsOnOne(String joined) {
        return HEADS.stream().anyMatch(joined::endsWith);
    }
}
