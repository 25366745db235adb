package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * 市长大和田某某 … 大和田某某也表示, 冈田某某知事 … 予冈田某某知事: a person's name found by the name patterns is that
 * name wherever it is written again. A place the gazetteer reads inside a later bare occurrence (和田 in 大和田某某), or
 * a shorter name the segmenter cut from it (田某某 after a split 冈), is part of the name there, not a mention of its
 * own; the linker then gives the occurrence to the person. Names of four characters or more only (a Japanese family and
 * given name, a compound family name): a shorter Chinese name too often opens other words.
 */
final class NamesWrittenAgain {
    /** Shortest name whose occurrences are taken as the name wherever they stand. */
    private static final int MIN_LENGTH = 4;
    /** A Chinese name of a family name and a two-character given name: its occurrences drop only shorter people inside them. */
    private static final int CHINESE_NAME = 3;

    private NamesWrittenAgain() {
    }

    /** The mentions without the places and people that lie strictly inside an occurrence of a longer person's name. */
    static List<Candidate> withoutPartsOfNames(String text, List<Candidate> mentions) {
        List<int[]> spans = new ArrayList<>();
        List<int[]> chineseNameSpans = new ArrayList<>();
        for (Candidate p : mentions) {
            if (p.type() != EntityType.PERSON || p.source() != Candidate.Source.PATTERN
                    || !NameShapes.allHan(p.name(), 0, p.name().length())) {
                continue;
            }
            if (p.name().length() == CHINESE_NAME) {
                chineseNameSpans.addAll(occurrences(text, p.name()));
            } else if (p.name().length() >= MIN_LENGTH) {
                spans.addAll(occurrences(text, p.name()));
            }
        }
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (Candidate c : mentions) {
            boolean part = (c.type().isPlace() || c.type() == EntityType.PERSON) && spans.stream()
                    .anyMatch(s -> s[0] <= c.start() && c.end() <= s[1] && s[1] - s[0] > c.end() - c.start());
            // 市长林某则, … 林某则在会上: a two-character person read where the text writes a found three-character name
            // again is that name cut short, not another person (the segmenter or a particle cut it there)
            part |= c.type() == EntityType.PERSON && c.end() - c.start() < CHINESE_NAME && chineseNameSpans.stream()
                    .anyMatch(s -> s[0] <= c.start() && c.end() <= s[1]);
            if (!part) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every span of the text where {@code name} is written, overlapping ones included. */
    private static List<int[]> occurrences(String text, String name) {
        List<int[]> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            out.add(new int[]{i, i + name.length()});
        }
        return out;
    }
}
