package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 甲市市长乙…向丙授予 / 甲县知事乙…为丙颁发 / 甲州州长向丙颁发: the head of a place who opens a clause conferring an honour confers it
 * in the place's name, so the place gives the award (GOLD.md §7, a place said to confer). Reads the masked
 * sentence; the titles are those of models/events/place-head-titles.tsv.
 */
final class PlaceHeads {
    private PlaceHeads() {
    }

    /**
     * The place, its head's title and name at the opening of a clause (the sentence's start, a punctuation mark or a
     * time word before it): a place before the title elsewhere describes a person who is met or honoured
     * (会见了甲市市长乙), not the one conferring.
     */
    private static final Pattern HEAD = Pattern.compile(
            "(?:^|[,，;；:：)）\\s]|日|午|晚|上|中|后)(Ⓟ+)(?:市|省|县|州|道|都|府|郡|区|盟)?(?:代|(?:第一|常务)?副)?(?:" + titles() + ")"
            // 甲州州长向乙颁发: the head may go unnamed when the verb's preposition follows the title at once
            + "(?:Ⓡ|(?=向|为|给))");

    /** 被授予: a passive verb has the honoured as its subject, not the conferring head. */
    private static final Pattern PASSIVE = Pattern.compile("被[^。;；]{0,12}$");

    private static String titles() {
        return ModelFile.read("events/place-head-titles.tsv", 1).stream().map(r -> r.get(0)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The place whose head opens the clause of the verb at {@code verbPos}, or null when no head does. */
    static MaskedSentence.Slot conferringPlace(MaskedSentence ms, int verbPos) {
        String m = ms.masked();
        int end = Math.min(verbPos, m.length());
        if (PASSIVE.matcher(m.substring(0, end)).find()) {
            return null;
        }
        Matcher h = HEAD.matcher(m).region(0, end).useTransparentBounds(true); // the lookahead sees the verb's 向
        MaskedSentence.Slot place = null;
        while (h.find()) {
            if (m.substring(h.end(), end).matches("[^。;；]*")) {
                place = ms.lastPlace(h.start(1), h.end(1));
            }
        }
        return place == null || place.entity().type() == EntityType.COUNTRY ? null : place;
    }
}
