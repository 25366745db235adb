package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * 甲国乙市议会议长, 甲国乙省省委书记: after its country (or a foreign place of the same chain), a foreign place written
 * with its level opens the name of its own government organ ({@code models/local-government-organs.tsv}). The organ
 * swallows the place as a name (GOLD.md §2), but the chain country + place is the writer naming where the organ sits,
 * so the place is a mention too, as where the organ's head is titled by it (甲国乙市市长).
 */
final class ForeignPlacesOpeningOwnBodies {
    private static final java.util.Set<String> ORGANS = ModelFile.read("local-government-organs.tsv", 1).stream()
            .map(r -> r.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ForeignPlacesOpeningOwnBodies() {
    }

    /** The kept mentions with each such place added where an organ kept as an organisation covers it. */
    static List<Candidate> withPlaces(String text, List<Candidate> kept, List<Candidate> places, PlaceSuffixRules suffixes) {
        List<Candidate> out = new ArrayList<>(kept);
        for (Candidate p : places) {
            if (!foreign(p) || p.type() == EntityType.COUNTRY || !inChain(p, places)) {
                continue;
            }
            // 乙市 + 议会, or 乙 + 市政府: the place's level is written, before the organ or as its first character
            boolean levelWritten = suffixes.endOf(text.substring(p.start(), p.end())) != null;
            boolean opensOrgan = kept.stream().anyMatch(o -> o.type() == EntityType.ORGANIZATION && o.start() == p.start()
                    && o.end() > p.end() && o.end() <= text.length()
                    && (levelWritten ? isOrgan(text.substring(p.end(), o.end()), suffixes)
                            : levelThenOrgan(text.substring(p.end(), o.end()), suffixes)));
            boolean placeKept = kept.stream().anyMatch(k -> k.start() < p.end() && p.start() < k.end() && k.type().isPlace());
            if (opensOrgan && !placeKept) {
                out.add(p);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** An organ's name as written after its place: an organ, or a level character and an organ (省 + 委). */
    static boolean isOrgan(String rest, PlaceSuffixRules suffixes) {
        return ORGANS.contains(rest) || levelThenOrgan(rest, suffixes);
    }

    /** A level character and an organ (市 + 政府, 省 + 委). */
    static boolean levelThenOrgan(String rest, PlaceSuffixRules suffixes) {
        PlaceSuffixRules.Suffix level = suffixes.at(rest, 0);
        return level != null && level.text().length() == 1 && ORGANS.contains(rest.substring(1));
    }

    private static boolean foreign(Candidate c) {
        return c.type().isPlace() && c.country() != null && !c.country().isEmpty() && !"中国".equals(c.country());
    }

    /** Right after a country, or after a foreign place that is itself in such a chain. */
    private static boolean inChain(Candidate p, List<Candidate> places) {
        for (Candidate before : places) {
            if (before.end() == p.start() && (before.type() == EntityType.COUNTRY ? !"中国".equals(before.name())
                    : foreign(before) && inChain(before, places))) {
                return true;
            }
        }
        return false;
    }
}
