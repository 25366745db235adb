package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences: a count and its measure word before a forum head count the forum's parts, whatever their kind. */
class CountedPartsWithAnyQualifierTest {
    private static final ForumNames names = new ForumNames(EventLexicon.load());

    private static List<String> found(String s) {
        return names.find(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void aCountOfHighLevelForumsNamesNone() {
        assertEquals(List.of(), found("下午,围绕互联互通召开了三场高级别论坛。"));
        assertEquals(List.of(), found("会上举行两场闭门会议。"));
    }

    @Test
    void aNameWithItsOrdinalIsStillFound() {
        assertEquals(List.of("第五届青河国际友城论坛"), found("9日,第五届青河国际友城论坛开幕。"));
    }
}
