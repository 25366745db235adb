package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * GOLD.md §7: 我国 is 中国 in a mainland article and is not labelled in an article written from Taiwan. A text is
 * written from Taiwan when it uses a word of {@code models/taiwan-perspective-words.tsv} (中华民国, 来台, 驻台): the
 * state's own name or a motion relative to Taiwan as home, which mainland and Hong Kong writers never use.
 */
final class TaiwanPerspective {
    static final String OUR_COUNTRY = "我国";
    private final List<String> words;

    TaiwanPerspective(List<String> words) {
        this.words = List.copyOf(words);
    }

    static TaiwanPerspective load() {
        List<String> words = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("taiwan-perspective-words.tsv", 1)) {
            words.add(r.get(0));
        }
        return new TaiwanPerspective(words);
    }

    /**
     * A byline in the Taiwan press's spelling — a reporter's (记者甲／台北报导, 〔记者甲/台南报导〕, 记者 甲／台南市 报导)
     * or, with no reporter named, the paper's own (某某时报/台北报导: Taiwan's papers are named 某某报) — or the Central
     * News Agency's dateline (中央社记者甲台中5日电): 报导 (報導) after the slash and the place of the report is Taiwan's
     * word, mainland, Hong Kong, Macau and Malaysian papers write 报道 (報道). A credit after the slash (某社北京电/据某网报导)
     * only retells another outlet and marks nothing. Enough to tell whose country 我国 is; the bare bodies of
     * {@link BareOrganizationReferences} keep to the words of the list.
     */
    private static final java.util.regex.Pattern TAIWAN_BYLINE = java.util.regex.Pattern.compile(
            "(?:记者\\s?[\\p{IsHan}·]{2,6}|\\p{IsHan}{1,6}报)\\s?[/／](?!据)[\\p{IsHan}\\s]{2,8}?(?:即时|综合)?报导|中央社记者");

    boolean writtenFromTaiwan(String text) {
        return words.stream().anyMatch(text::contains);
    }

    /** Whether 我国 in this text is Taiwan's: a word of the list, or a Taiwan reporter's byline. */
    boolean ourCountryIsTaiwan(String text) {
        return writtenFromTaiwan(text) || TAIWAN_BYLINE.matcher(text).find();
    }

    /** The candidates less the 我国 mentions of a text written from Taiwan; the same list otherwise. */
    List<Candidate> withoutOurCountry(String text, List<Candidate> candidates) {
        if (!text.contains(OUR_COUNTRY) || !ourCountryIsTaiwan(text)) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (!(c.type() == EntityType.COUNTRY && text.startsWith(OUR_COUNTRY, c.start()) && c.end() - c.start() == OUR_COUNTRY.length())) {
                out.add(c);
            }
        }
        return out;
    }
}
