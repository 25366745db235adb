package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 甲协会会长乙 / 甲市市长乙: a body or place written right before a person's title and name says whose office the
 * person holds — it describes the person, it is not the subject of the clause. The titles are those of
 * models/person-titles.tsv.
 */
final class PersonAffiliation {
    private PersonAffiliation() {
    }

    /** A title (with up to four characters of rank before it: 副, 常务副, 名誉) and then a masked person. */
    private static final Pattern TITLED_PERSON = Pattern.compile("[\\p{IsHan}]{0,4}?(?:" + titles() + ")(?:先生|女士)?" + MaskedSentence.PERSON);

    private static String titles() {
        List<String> t = ModelFile.read("person-titles.tsv", 1).stream().map(r -> r.get(0)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return t.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Whether the masked text from {@code afterSlot} on is a title and a person's name (甲协会|会长乙). */
    static boolean describesPerson(String masked, int afterSlot) {
        return titledPersonEnd(masked, afterSlot) >= 0;
    }

    /** Where the title and person's name from {@code afterSlot} on end (甲协会|会长乙|), or -1 when none stands there. */
    static int titledPersonEnd(String masked, int afterSlot) {
        if (afterSlot > masked.length()) {
            return -1;
        }
        java.util.regex.Matcher t = TITLED_PERSON.matcher(masked).region(afterSlot, masked.length());
        return t.lookingAt() ? t.end() : -1;
    }
}
