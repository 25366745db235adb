package dev.newsie.entities;

import java.util.List;
import java.util.Set;

/**
 * A place in Japan, then a body (议会, 日中友协, 驻某地总领事馆), then a title and a name: the title is the office of a body whose
 * name opens with a place in Japan (or with 日本) and ends in a body's head noun (议会, 友协, 总领事馆, 大学 —
 * {@code models/org-suffixes.tsv}). The holder is named the Japanese way, as after the title of the place's own office
 * ({@link JapaneseNamesAfterTitles#inJapan}); read as a Chinese name, a family name that is also a Japanese place
 * (富山) or no Chinese family name at all (濑野) is lost. The same holds for a second title in a list after a Japanese
 * name that repeats only the body (a governor's name, then 、 and the assembly's chair: 议会 + 议长).
 */
final class BodiesInJapan {
    /** Most characters between the place and the title: a body's name of a few words (日中友好协会, 驻某地总领事馆). */
    private static final int MAX_BODY = 10;
    /** Most characters of a body named again after a list's separator (议会, 日中友协). */
    private static final int MAX_REPEATED_BODY = 6;

    private final Set<String> heads;

    BodiesInJapan(Set<String> heads) {
        this.heads = Set.copyOf(heads);
    }

    static BodiesInJapan load() {
        return new BodiesInJapan(Set.copyOf(OrganizationHeads.headNouns()));
    }

    /**
     * Whether the title at {@code titleStart} follows a body whose name opens with a place in Japan: between the
     * place's end and the title only Han characters ending in a body's head noun, and no place outside Japan (a
     * Chinese consulate in a Japanese city names a Chinese office).
     */
    boolean officeOfBodyInJapan(String text, List<Candidate> places, int titleStart) {
        for (Candidate c : places) {
            if (!JapaneseNames.inJapan(c) || c.end() >= titleStart || titleStart - c.end() > MAX_BODY) {
                continue;
            }
            String body = text.substring(c.end(), titleStart);
            if (NameShapes.allHan(text, c.end(), titleStart) && endsInHead(body) && body.indexOf('的') < 0
                    && places.stream().noneMatch(o -> !JapaneseNames.inJapan(o) && o.start() >= c.end() && o.start() < titleStart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title at {@code titleStart} repeats only a body after a list's separator that closes a Japanese
     * name (the separator, then 议会 and 议长): the name read before ends at the separator.
     */
    boolean bodyAfterListedName(String text, int titleStart, Set<Integer> kanjiNameEnds) {
        for (int sep = titleStart - 2; sep >= 0 && titleStart - sep - 1 <= MAX_REPEATED_BODY; sep--) {
            if (text.charAt(sep) == '、') {
                return kanjiNameEnds.contains(sep) && NameShapes.allHan(text, sep + 1, titleStart)
                        && endsInHead(text.substring(sep + 1, titleStart));
            }
        }
        return false;
    }

    private boolean endsInHead(String body) {
        for (int k = 0; k + 2 <= body.length(); k++) {
            if (heads.contains(body.substring(k))) {
                return true;
            }
        }
        return false;
    }
}
