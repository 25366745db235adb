package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A line of a winners' list that is one entry and nothing else (a table flattened to lines: 1.甲勋章: / 王明 /
 * 乙市工商联合会): the person, body or place the recogniser found filling the line, else the line itself when it has
 * the form of a name — a Chinese name opening with a family name of models/surnames.tsv, a transliterated name
 * joined by middle dots, or a body's name ending in an organisation's head.
 */
final class BareListEntry {
    private BareListEntry() {
    }

    private static final Set<String> SURNAMES = ModelFile.read("surnames.tsv", 1).stream().map(r -> r.get(0))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");

    private static final Pattern LINE_END = Pattern.compile("[\\s。.;；,，、]+$");

    /** The one entry the line names, or null when the line is anything else. */
    static String entry(MaskedSentence ms) {
        String text = ms.sentence().text();
        String bare = LINE_END.matcher(text.strip()).replaceFirst("");
        if (bare.isEmpty() || bare.length() > 24) {
            return null;
        }
        List<String> got = WinnersList.honoursEntries(ms, 0, text.length());
        if (got.size() != 1 || WinnersList.itemCount(ms.masked()) != 1) {
            return null;
        }
        String e = got.get(0);
        boolean found = !e.equals(bare); // the recogniser's entity, named canonically
        if (found || !CHINESE_NAME.matcher(e).matches()) {
            return e;
        }
        return hasSurname(e) ? e : null;
    }

    /** 王明, 欧阳明: a Chinese name opens with a family name (single, or double when the name has three or four). */
    static boolean hasSurname(String name) {
        return SURNAMES.contains(name.substring(0, 1)) || name.length() >= 3 && SURNAMES.contains(name.substring(0, 2));
    }
}
