package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A speaker's verb of saying, judging or agreeing before a bare head leaves no forum name (made-up sentences). */
class SpeechVerbsBreakForumNamesTest {
    private static final ForumNames NAMES = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return NAMES.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aJudgedOrAgreedBareHeadNamesNoForum() {
        assertTrue(found("吴会长在闭幕式讲话中高度评价大会举办十年来的成果。").isEmpty());
        assertTrue(found("他指出大会为青年交流搭建了桥梁。").isEmpty());
        // what is left after 同意 is an edition pointed at (下届会议), which starts no forum
        assertEquals(List.of("下届会议"), found("与会各方一致同意下届会议在青河市举行。"));
        assertFalse(NAMES.properName("下届会议"));
    }

    @Test
    void aNamedForumAfterTheVerbIsStillRead() {
        assertEquals(List.of("第三届青河国际友城论坛"), found("他强调第三届青河国际友城论坛意义重大。"));
    }

    @Test
    void aHeadWordAloneAfterTheVerbNamesNoForum() {
        assertTrue(found("各国驻青河总领事馆的20名领事官员出席全体大会。").isEmpty());
    }
}
