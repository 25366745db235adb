package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 一是A，二是B, (1)A: the ordinals that count out a forum's topics are no part of their titles (made-up sentences). */
class CountedOutTopicsLoseTheirOrdinalsTest {
    @Test
    void ordinalsWith是AreDropped() {
        assertEquals(List.of("港口合作", "职业教育", "康养旅游"),
                ForumTopics.topics("论坛设置三个议题：一是港口合作，二是职业教育，三是康养旅游。"));
    }

    @Test
    void bracketedNumeralsAreDropped() {
        assertEquals(List.of("港口合作", "职业教育"), ForumTopics.topics("本届论坛议题包括：(1)港口合作；(2)职业教育。"));
    }
}
