package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up lists of names without titles, and lists of things that are none. */
class ListedNamesTest {
    private final ListedNames listed = new ListedNames(MadeUpSentences.SHAPES);

    private Set<String> names(String text) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        List<Candidate> out = new ArrayList<>();
        listed.find(a.text(), a.tokens(), out, a.places());
        return MadeUpSentences.persons(out);
    }

    @Test
    void aListOfNamesAfterAVerbOfIncludingIsPeople() {
        Set<String> n = names("出席仪式的有郑建国、孔红梅和韩志强。");
        assertTrue(n.containsAll(Set.of("孔红梅", "韩志强")), n.toString());
    }

    @Test
    void aListOfThingsIsNone() {
        assertTrue(names("高铁、黄金、周边产品受欢迎。").isEmpty());
    }

    @Test
    void namesSpacedAsATablesRowArePeople() {
        Set<String> n = names("荣誉勋章获得者\n青河商会  郑建国  孔红梅  韩志强\n");
        assertTrue(n.containsAll(Set.of("郑建国", "孔红梅", "韩志强")), n.toString());
        assertTrue(names("高铁  黄金  周边产品\n").isEmpty());
    }
}
