package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up sentences: the items of a 、-list closed by 等…组织/机构 that open with a named place are bodies. */
class ListedBodiesTest {
    private static final ListedBodies BODIES = ListedBodies.load();

    private static List<String> names(String text) {
        return BODIES.recognize(text, MadeUpSentences.placeCandidates(text)).stream().map(Candidate::name).toList();
    }

    @Test
    void itemsOpeningWithAPlaceBeforeTheNounOfBodiesAreBodies() {
        assertEquals(List.of("荷兰青年事务论坛", "印度尼西亚中国了解协会"),
                names("会上,省友协与荷兰青年事务论坛、印度尼西亚中国了解协会等友好组织签订合作备忘录。"));
    }

    @Test
    void aClippedNameAfterACountryIsABodyInTheList() {
        assertEquals(List.of("日本经团联"), names("访问团由某某经济协会、日本经团联等机构组成。"));
    }

    @Test
    void theLastItemsJoinedByAConjunctionAreTwoBodies() {
        assertEquals(List.of("荷兰青年事务论坛", "比利时华人联谊会", "奥地利中国之友会"),
                names("与会的有荷兰青年事务论坛、比利时华人联谊会和奥地利中国之友会等团体。"));
    }

    @Test
    void placesKindsAndPeopleAreNoBodies() {
        assertEquals(List.of(), names("来自荷兰、比利时等国的民间组织出席。"));
        assertEquals(List.of(), names("荷兰政府组织、比利时地方政府等机构参加。"));
        assertEquals(List.of(), names("荷兰代表团、比利时人士等团体参加。"));
        assertEquals(List.of(), names("民间团体、社会组织等机构参加。"));
    }
}
