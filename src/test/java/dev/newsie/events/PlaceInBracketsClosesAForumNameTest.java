package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 甲论坛(某地): the place of an edition in brackets after the head closes the forum's name (made-up sentences). */
class PlaceInBracketsClosesAForumNameTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aQuotedNameKeepsItsBracketedPlace() {
        assertEquals(List.of("湾区青年创新论坛(珠海)"),
                found("由甲协会和乙学院共同主办「湾区青年创新论坛(珠海)」今日在珠海开幕。"));
    }

    @Test
    void aBareNameKeepsItsBracketedPlaceBeforeTheVerb() {
        assertEquals(List.of("北部湾城市合作论坛（北海）"), found("北部湾城市合作论坛（北海）在北海举行。"));
    }

    @Test
    void aBracketedShortNameOrGlossIsNoPartOfTheName() {
        assertEquals("北部湾城市合作论坛", found("北部湾城市合作论坛(以下简称合作论坛)在北海举行。").get(0));
        assertEquals(List.of("北部湾城市合作论坛"), found("北部湾城市合作论坛(第三届)在北海举行。"));
    }

    @Test
    void theSeriesNameWithoutTheBracketedPlaceIsTheSameForum() {
        assertEquals(ForumMentions.key("湾区青年创新论坛"), ForumMentions.key("湾区青年创新论坛(珠海)"));
        assertEquals(ForumMentions.key("北部湾城市合作论坛"), ForumMentions.key("北部湾城市合作论坛（北海）"));
    }
}
