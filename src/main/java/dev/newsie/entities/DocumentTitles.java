package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.model.Entity;
import dev.newsie.model.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A place named only inside a document's title (《中华人民共和国甲市与乙国丙市建立友好城市关系协议书》) is not a
 * mention of that place (GOLD.md §2). Applied to countries only: their mentions outside titles are found
 * nearly completely, whereas a city or province named again in an unlisted form (丙区区长) would be lost. The
 * event extractor still sees the full list, because a signing's parties are named by what the title means.
 */
public final class DocumentTitles {
    private static final YearNamedEvents YEAR_NAMED_EVENTS = YearNamedEvents.load();

    private DocumentTitles() {
    }

    /** The entities of {@code text} except countries whose every mention lies inside a 《…》 title. */
    public static List<Entity> withoutCountriesOnlyInTitles(String text, List<Entity> entities) {
        return without(entities, titles(text), Set.of(EntityType.COUNTRY));
    }

    /**
     * The entities of {@code text} except places (countries, provinces, cities) whose every mention lies inside a
     * 《…》 title, a quoted event name (“2024甲市国际友城论坛”, 「甲乙友好交流周」) or other short quoted name
     * ({@link QuotedPhrases}) or an event named with its year
     * ({@link YearNamedEvents}) or the name of a venue, games or hub it opens ({@link PlacesOpeningNames}) or a
     * person's name ({@link PlacesInPersonNames}): GOLD.md §7, a place inside another name is no mention of it. Nor is a government's hall
     * named only as a venue or a seat (在某某市政厅举行; {@link HallsOfBodies#isSeatOrVenue}) an organisation (GOLD.md §2).
     */
    public static List<Entity> withoutPlacesOnlyInNames(String text, List<Entity> entities) {
        boolean[] inName = titles(text);
        markQuotedNames(text, '“', '”', inName);
        markQuotedNames(text, '「', '」', inName);
        QuotedPhrases.mark(text, entities, inName); // “甲乙少年画家乡”, “新甲城”: a name, whatever word ends it
        YEAR_NAMED_EVENTS.mark(text, inName);
        ChinaPrefixedNames.mark(text, inName);
        PlacesOpeningNames.table().mark(text, entities, inName);
        PlacesInPersonNames.mark(text, entities, inName);
        List<Entity> places = without(entities, inName, Set.of(EntityType.COUNTRY, EntityType.PROVINCE, EntityType.CITY));
        boolean[] pairedInEvent = new boolean[text.length()];
        YEAR_NAMED_EVENTS.mark(text, pairedInEvent);
        for (int i = 0; i < pairedInEvent.length; i++) {
            pairedInEvent[i] &= i > 0 && PAIR_DASHES.indexOf(text.charAt(i - 1)) >= 0;
        }
        List<Entity> kept = without(places, pairedInEvent, Set.of(EntityType.ORGANIZATION));
        kept = without(kept, governmentsInsideTitles(text, kept, entities), Set.of(EntityType.ORGANIZATION));
        List<int[]> placeSpans = entities.stream().filter(e -> e.type().isPlaceOrCountry())
                .flatMap(e -> e.mentions().stream()).map(m -> new int[] {m.start(), m.end()}).toList();
        kept.removeIf(e -> e.type() == EntityType.ORGANIZATION && !e.mentions().isEmpty() && e.mentions().stream()
                .allMatch(m -> HallsOfBodies.isSeatOrVenue(text, m.text(), m.start(), m.end(), placeSpans)));
        return kept;
    }

    /**
     * Dashes that pair two sides in a name (中国—东盟): a bloc named as the second side of a pair inside an event's name
     * (2030中国—甲盟市长论坛) stands there as a country does in 中美, and is no mention of the organisation.
     */
    private static final String PAIR_DASHES = "—-－–";

    private static List<Entity> without(List<Entity> entities, boolean[] inTitle, Set<EntityType> types) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            boolean keep = !types.contains(e.type()) || e.mentions().isEmpty();
            for (Mention m : e.mentions()) {
                keep |= m.start() < 0 || m.start() >= inTitle.length || !inTitle[m.start()];
            }
            if (keep) {
                out.add(e);
            }
        }
        return out;
    }

    /** Marks each quotation that reads as an event's name (short, ending in 周, 节, 会, 坛…; see {@link CountryAbbreviations}). */
    private static void markQuotedNames(String text, char opening, char closing, boolean[] inName) {
        Quotations.each(text, opening, String.valueOf(closing), CountryAbbreviations.MAX_QUOTED_NAME, (open, close) -> {
            if (CountryAbbreviations.endsLikeName(text, close)) {
                Arrays.fill(inName, open, close + 1, true);
            }
        });
    }

    /**
     * The starts of the mentions of governments and their offices ({@link GovernmentOffices}) that lie inside a 《…》
     * title. Such a body named as a side of a document (《甲市教育局与乙国丙部合作备忘录》) stands there for its place or
     * state (GOLD.md §7: a party is the place a government signs for), and a place inside a document's title is no
     * mention of it; a university or an institute named there acts for itself and stays (gold lists it), as does an
     * outlet whose name is the whole title (《某某日报》). Only a body that a place or country found on the page opens
     * (甲市教育局, 乙国丙部) is marked: one no place opens (国际展览局) acts for itself.
     */
    private static boolean[] governmentsInsideTitles(String text, List<Entity> entities, List<Entity> allFound) {
        List<String> placeWords = allFound.stream().filter(e -> e.type().isPlaceOrCountry())
                .flatMap(e -> Stream.concat(Stream.of(e.name()), e.mentions().stream().map(Mention::text)))
                .filter(w -> w != null && !w.isEmpty()).distinct().toList();
        boolean[] inTitle = titles(text);
        boolean[] inside = new boolean[text.length()];
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION || !GovernmentOffices.isGovernmentOrOffice(e.name())
                    || placeWords.stream().noneMatch(e.name()::startsWith)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= 0 && m.start() < text.length() && inTitle[m.start()]) {
                    inside[m.start()] = true;
                }
            }
        }
        return inside;
    }

    private static boolean[] titles(String text) {
        boolean[] inTitle = new boolean[text.length()];
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                open = i;
            } else if (c == '》' && open >= 0) {
                Arrays.fill(inTitle, open, i + 1, true);
                open = -1;
            } else if (c == '\n') {
                open = -1; // an unclosed bracket does not run over a paragraph
            }
        }
        return inTitle;
    }
}
