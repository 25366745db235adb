package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 教育局長某某表示, 文化局表示: in an article written from Taiwan that names its city's government (市府, 某市政府),
 * a bureau or division written bare — its head's title (局長, 處長) or its own statement (表示, 指出) after it — is a
 * unit of that city's government, named as the city's (某市教育局; GOLD.md §7 names a bare reference in full once its
 * body is clear). The city is the Taiwan city the article names most often
 * ({@link BareOrganizationReferences#ownTaiwanCity}), also on a page with no word of home that writes that city's
 * government in full. Reads the text and the place candidates; writes organisation candidates over the unit as written.
 */
final class TaiwanCityUnits {
    /**
     * The last characters of the verbs by which a mayor leads a party (率, 率领, 带领; the text is in Simplified script by
     * now): the party's members are listed right after the verb (市长某某率某某处长、教育局副局长…), so a unit written there
     * starts its own word.
     */
    private static final String LEADING_VERB_ENDS = "率领";
    /**
     * The unit: after a character that opens a name, two to eight characters of its field (文化觀光), its closing
     * character (局 bureau, 處 division), then its head's or deputy head's title (局長, 副局長) or a verb of saying.
     * The field holds no level or government character (a place's own unit, 某市教育局, or 市府教育局, is named elsewhere), no central body's
     * (某部某局, 某署), no second unit (各局處), no title (副, 長) and no 姓 (林姓局長: a person). The whole run must be
     * a city's unit of {@code models/taiwan-city-units.tsv}, so it starts on the unit's own first word.
     */
    private static final Pattern BARE_UNIT = Pattern.compile("(?:(?<=[" + BareOrganizationReferences.OPENERS + LEADING_VERB_ENDS + "])|^)"
            + "([\\p{IsHan}&&[^局處处市縣县府副姓長长部署]]{2,8}[局處处])(?=(?:副[局處处])?[長长]|表示|指出|說明|说明)", Pattern.MULTILINE);
    /** The units of a Taiwan city government, Simplified. */
    private static final java.util.Set<String> CITY_UNITS = dev.newsie.canon.ModelFile.read("taiwan-city-units.tsv", 1)
            .stream().map(r -> r.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The city's government as Taiwan's press clips it. */
    private static final String CLIPPED_GOVERNMENT = BareOrganizationReferences.CLIPPED_CITY_GOVERNMENT;
    /** The city's government in full, whose mention on the page shows which city's units are written bare. */
    private static final String GOVERNMENT = "市政府";
    /**
     * The level the unit's full name keeps after the city (某市教育局): a unit is named as its city's, the government
     * between them left out, as the city's own releases name it and the study golds write it.
     */
    private static final String CITY_LEVEL = "市";

    private final BareOrganizationReferences bareReferences;

    TaiwanCityUnits(BareOrganizationReferences bareReferences) {
        this.bareReferences = bareReferences;
    }

    /** @param places the document's place candidates */
    List<Candidate> recognize(String text, List<Candidate> places) {
        // a bare 市府 is mainland usage too (市府大楼), so it needs the page's own city
        String city = bareReferences.homeTaiwanCity(text, places);
        if (city == null || !(text.contains(CLIPPED_GOVERNMENT) || text.contains(city + GOVERNMENT))) {
            // 某市政府则由市长率…: a page with no word of home that writes the government of the Taiwan city it names
            // most often, in full, is about that city's government as well
            city = bareReferences.mostMentionedTaiwanCityWriting(text, places, GOVERNMENT);
        }
        if (city == null) {
            return List.of(); // no city government named: a bare bureau may be the island's or a ministry's
        }
        List<Candidate> out = new ArrayList<>();
        Matcher m = BARE_UNIT.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); ) {
            int start = m.start(1), end = m.end(1);
            if (!CITY_UNITS.contains(dev.newsie.canon.ScriptConverter.toSimplified(m.group(1)))) {
                // 随后卫生局, 交通部观光局: a run that is no city's unit as written; 由教育局: the run may open on an
                // opener itself, so the unit is looked for again one character on
                from = start + 1;
                continue;
            }
            from = end;
            if (places.stream().anyMatch(p -> p.start() < end && start < p.end())) {
                continue; // 某地教育局: a place inside the run names the unit's place itself
            }
            out.add(new Candidate(start, end, EntityType.ORGANIZATION, city + CITY_LEVEL + m.group(1), null, Candidate.Source.PATTERN));
        }
        return out;
    }
}
