package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsie.events.MadeUpReports.ofType;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Those honoured right after the verb of conferring, on made-up reports. */
class HonoureesAfterVerbTest {
    @Test
    void aBodyThatConfersWith颁授GivesTheTitleToTheNamedGuest() {
        List<Event> as = ofType(run("授予称号\n漳州市人民政府12日颁授加拿大温莎市前市长托马斯·韦恩“漳州市荣誉市民”称号。", "2033-05-13"),
                EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(List.of("托马斯·韦恩"), as.get(0).recipients());
        assertEquals(List.of("漳州市人民政府"), as.get(0).giver());
    }

    @Test
    void theBodyReadingOutATitledDecisionOfConferringIsNoGiver() {
        List<Event> as = ofType(run("授予仪式\n3月5日上午,松桥市议会宣读了《关于授予约翰·布朗等三人松桥市荣誉市民称号的决定》。",
                "2033-03-06"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(List.of("约翰·布朗"), as.get(0).recipients());
        assertEquals(null, as.get(0).giver());
    }

    @Test
    void theBodyIssuingATitledDecisionOfConferringIsTheGiver() {
        List<Event> as = ofType(run("授予仪式\n3月5日,松桥市人民政府作出《关于授予约翰·布朗等三人松桥市荣誉市民称号的决定》。",
                "2033-03-06"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(List.of("松桥市人民政府"), as.get(0).giver());
    }

    @Test
    void aNameAfterACallingBeforeThePlacedTitleIsTheHonoured() {
        List<Event> as = ofType(run("市政府举行仪式\n10日上午，泉州市政府举行仪式，授予日本友人石井秀树泉州市荣誉市民称号。", "2033-05-11"),
                EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(List.of("石井秀树"), as.get(0).recipients());
    }

    @Test
    void aNameReadByItsFormAloneIsNoRecipient() {
        List<Event> as = ofType(run("市政府举行仪式\n10日上午，泉州市政府举行仪式，授予石井秀树泉州市荣誉市民称号。", "2033-05-11"),
                EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(null, as.get(0).recipients());
    }

    @Test
    void theTitleAfterACallingInAHeadlineIsNoPerson() {
        List<Event> as = ofType(run("泉州授予日本友人荣誉市民称号\n10日上午，泉州市政府举行仪式，授予日本友人石井秀树泉州市荣誉市民称号。",
                "2033-05-11"), EventType.AWARD);
        assertEquals(List.of("泉州市荣誉市民"), as.stream().map(Event::award).toList());
        assertEquals(List.of("石井秀树"), as.get(0).recipients());
    }

    @Test
    void a和BeforeTheLastCharacterOfAGivenNameSplitsNothing() {
        List<Event> as = ofType(run("授予称号\n泉州市政府8日授予日本友人冈田和夫泉州市荣誉市民称号。", "2033-05-09"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(List.of("冈田和夫"), as.get(0).recipients());
        List<Event> bs = ofType(run("授予称号\n泉州市政府8日授予日本友人佐藤和也泉州市荣誉市民称号。", "2033-05-09"), EventType.AWARD);
        assertEquals(List.of("佐藤和也"), bs.get(0).recipients()); // the surname recognised alone
    }
    @Test
    void aGovernmentOrPlaceAfterTheCountedHonouredOwnsTheAwardAndIsNoRecipient() {
        List<Event> as = ofType(run("友谊奖颁奖\n新华网北京9月29日电 2031年度友谊奖颁奖大会29日在北京举行。专家局局长李明宣读了授予40名外国专家中国政府“友谊奖”的决定。",
                "2031-09-30"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(null, as.get(0).recipients(), as.toString());
        List<Event> bs = ofType(run("授予称号\n泉州市政府8日举行仪式，授予6名外国友人泉州市荣誉市民称号。", "2033-05-09"), EventType.AWARD);
        assertEquals(1, bs.size(), bs.toString());
        assertEquals(null, bs.get(0).recipients(), bs.toString());
    }

    @Test
    void aBracketGlossingEachHonouredNameIsNoPartOfTheList() {
        List<Event> as = ofType(run("评审结果\n经评审，白湖省人民政府颁授约翰·布朗(英国)、李子明(美国)、山口太郎(日本)等3名外籍人士2031年度白湖省“白鹤奖”。",
                "2031-10-02"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(List.of("约翰·布朗", "李子明", "山口太郎"), as.get(0).recipients());
    }

    @Test
    void aNameInItsOwnScriptAfterACallingAndTheHonouredNameIsNoPartOfIt() {
        List<Event> as = ofType(run("授证仪式\n泉州市政府8日举行授证仪式，授予旅居泉州的美籍工程师王大成(David Wang)和加拿大籍教师陈立新(Peter Chan)“泉州市荣誉市民”称号。",
                "2033-05-09"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(List.of("王大成", "陈立新"), as.get(0).recipients());
        List<Event> bs = ofType(run("授证仪式\n泉州市政府举行仪式，授予意大利籍专家罗西（Mario Rossi）、韩国籍教授金成浩（Kim Sung-ho）泉州市荣誉市民称号。",
                "2033-05-09"), EventType.AWARD);
        assertEquals(1, bs.size(), bs.toString());
        assertEquals(List.of("罗西", "金成浩"), bs.get(0).recipients());
    }

    @Test
    void glossedEntriesReadByTheirFormAloneAreNoRecipients() {
        List<Event> as = ofType(run("评审结果\n白湖省人民政府授予东岸(梧州)、南湾(柳州)“白鹤奖”。", "2031-10-02"), EventType.AWARD);
        assertEquals(1, as.size(), as.toString());
        assertEquals(null, as.get(0).recipients());
    }
}
