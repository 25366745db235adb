package dev.newsie.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A pattern run on the stretches that can hold it finds what it finds on the whole text, at the same offsets. */
class StretchesTest {
    private static final String DELIMITERS = "，。；" + Stretches.WHITESPACE;

    @Test
    void onlyStretchesHoldingEveryRequiredCharacterAreKept() {
        String text = "烟台、襄阳等城市，松本等地。甲、乙；丙、丁等组织";
        List<int[]> s = Stretches.holding(text, DELIMITERS, "、等");
        assertEquals(2, s.size());
        assertEquals("烟台、襄阳等城市", text.substring(s.get(0)[0], s.get(0)[1]));
        assertEquals("丙、丁等组织", text.substring(s.get(1)[0], s.get(1)[1]));
    }

    @Test
    void requiredCharactersSeenInALaterStretchOrNowhereFurtherAreFoundAsOnEachStretchAlone() {
        String text = "等\n甲、乙\n丙等\n丁、戊等\n己\n庚、辛等组织\n壬、癸\n等";
        List<String> kept = new ArrayList<>();
        for (int[] s : Stretches.holding(text, "\n", "、等")) {
            kept.add(text.substring(s[0], s[1]));
        }
        assertEquals(List.of("丁、戊等", "庚、辛等组织"), kept);
        assertEquals(0, Stretches.holding("甲乙\n丙丁\n戊", "\n", "、").size());
    }

    @Test
    void matchesOnTheStretchesAreTheWholeTextsWithLookaroundsBeyondTheStretch() {
        Pattern list = Pattern.compile("((?:[^、，。；\\s]{1,6}、)+[^、，。；\\s]{1,6})等(?:组织|机构)(?![家者])");
        String text = "甲会、乙会等组织，丙会、丁会等机构。戊会、己会等组织者 庚会、辛会等机构";
        List<String> whole = new ArrayList<>();
        Matcher m = list.matcher(text);
        while (m.find()) {
            whole.add(m.start() + ":" + m.group());
        }
        List<String> stretched = new ArrayList<>();
        Matcher n = list.matcher(text);
        for (int[] stretch : Stretches.holding(text, DELIMITERS, "、等")) {
            Stretches.on(n, stretch);
            while (n.find()) {
                stretched.add(n.start() + ":" + n.group());
            }
        }
        assertEquals(3, whole.size());
        assertEquals(whole, stretched);
    }
}
