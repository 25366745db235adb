package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up lists of names without titles, and lists of things that are none. */
class ListedNamesTest {
    private final ListedNames listed = new ListedNames(MadeUpSentences.SHAPES, new MarriedNames(MadeUpSentences.SHAPES));

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

    private Set<String> beside(String text, String known) {
        MadeUpSentences.Analysed a = MadeUpSentences.analyse(text);
        List<Candidate> out = new ArrayList<>();
        int k = a.text().indexOf(known);
        out.add(new Candidate(k, k + known.length(), dev.newsie.model.EntityType.PERSON, known, null, Candidate.Source.PATTERN));
        listed.besideNames(a.text(), out, a.places(), JapaneseNames.load(), a.tokens());
        return MadeUpSentences.persons(out);
    }

    @Test
    void japaneseNamesListedBesideAKnownNameArePeople() {
        Set<String> n = beside("获奖者有彼得·罗森、大川健吾、石田亮平和安娜·克拉克。", "彼得·罗森");
        assertTrue(n.containsAll(Set.of("大川健吾", "石田亮平")), n.toString());
    }

    @Test
    void namesAfterALatinNameInTheListArePeople() {
        Set<String> n = beside("议员郑建国、Lima Tapas、孔红梅、韩志强等出席。", "Lima Tapas");
        assertTrue(n.containsAll(Set.of("孔红梅", "韩志强")), n.toString());
    }

    @Test
    void aFamilyNameWithATitleBesideANameIsNoName() {
        Set<String> n = beside("森田市长、郑建国表示欢迎。", "郑建国");
        assertTrue(!n.contains("森田市长"), n.toString());
        assertTrue(beside("会见了郑建国、青河市代表团。", "郑建国").equals(Set.of("郑建国")));
    }

    @Test
    void namesListedWithTheirNationalityInBracketsBesideAKnownNameArePeople() {
        Set<String> n = beside("获奖者为彼得·罗森(英国)、马克·费舍(德国)、大川健吾(日本)和朴志勋(韩国)。", "彼得·罗森");
        assertTrue(n.containsAll(Set.of("马克·费舍", "大川健吾", "朴志勋")), n.toString());
        Set<String> before = beside("获奖者为大川健吾(日本)、彼得·罗森(英国)。", "彼得·罗森");
        assertTrue(before.contains("大川健吾"), before.toString());
    }

    @Test
    void anItemBetweenTwoListedNamesIsANameWhateverItsShape() {
        // a made-up one-part name whose characters the segmenter reads one by one, outside the transliteration table
        Set<String> n = MadeUpSentences.persons("市长王小明、副市长李建国、索骞琛、王志强、刘德华出席。");
        assertTrue(n.contains("索骞琛"), n.toString());
    }

    @Test
    void aRoleListedBetweenTwoNamesIsNoName() {
        Set<String> n = MadeUpSentences.persons("市长会见王小明、翻译、李建国。");
        assertFalse(n.contains("翻译"), n.toString());
    }

    @Test
    void aPlaceBetweenTwoListedNamesStaysAPlace() {
        Set<String> n = MadeUpSentences.persons("会见了马丁·施密特、松山市、约翰·布朗。");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("松山")), n.toString());
    }

    @Test
    void aListedJapaneseNameOpeningWithACitysNameIsAName() {
        Set<String> n = MadeUpSentences.persons("获奖者为玛丽·布朗、宫崎浩、约翰·史密斯。");
        assertTrue(n.contains("宫崎浩"), n.toString());
    }
}
