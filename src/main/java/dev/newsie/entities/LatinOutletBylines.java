package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 【SomeNews王小明/台北报导】: a Taiwan online outlet's byline, the outlet's Latin name glued to the reporter's name,
 * a slash, the place and 报导 (or 报道), without the word 记者 that other bylines carry. Reads the reporter's name
 * (a listed family name and one or two characters more); adds nothing else.
 */
final class LatinOutletBylines {
    /** The opening bracket, the outlet's Latin name, the name, the slash, the place or kind of report and 报导. */
    private static final Pattern BYLINE = Pattern.compile(
            "[【〔\\[]\\s*[A-Za-z][A-Za-z0-9]*(?:\\s[A-Za-z0-9]+)?\\s*(\\p{IsHan}{2,3})\\s*[/／]\\s*\\p{IsHan}{1,6}报[导道]\\s*[】〕\\]]");

    private final NameShapes shapes;

    LatinOutletBylines(NameShapes shapes) {
        this.shapes = shapes;
    }

    void find(String text, List<Candidate> out) {
        Matcher m = BYLINE.matcher(text);
        while (m.find()) {
            String n = m.group(1);
            if (shapes.opensWithSurname(n)) {
                out.add(new Candidate(m.start(1), m.end(1), EntityType.PERSON, n, null, Candidate.Source.PATTERN));
            }
        }
    }
}
