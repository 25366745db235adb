package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two or more quoted titles a forum discusses are its topics, without a word for topics (made-up sentences). */
class QuotedTitlesDiscussedTest {
    @Test
    void quotedTitlesDiscussed() {
        assertEquals(List.of("港口物流协作", "青年人才交流", "乡村文旅振兴"),
                ForumTopics.topics("与会代表围绕“港口物流协作”“青年人才交流”“乡村文旅振兴”展开深入研讨。"));
    }

    @Test
    void twoSidesTalkingAreNoForumAgenda() {
        assertEquals(List.of(), ForumTopics.topics("双方围绕“港口物流协作”“青年人才交流”进行了交流。"));
    }

    @Test
    void oneQuotedTitleAloneIsNoList() {
        assertEquals(List.of(), ForumTopics.topics("与会代表围绕“港口物流协作”展开深入研讨。"));
    }
}
