package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.newsie.events.MadeUpReports.awards;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The winners of an award referred to without its name, on made-up reports (invented people and prizes). */
class AnaphoricWinnersTest {
    @Test
    void theNamesACountOfWinnersClosesWonTheAwardJustNamed() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,第二届“甬江友谊奖”颁奖仪式在宁波举行。约翰·史密斯、汉斯·穆勒等8位获奖者先后致辞。", "2031-05-11");
        assertEquals(List.of("约翰·史密斯", "汉斯·穆勒"), a.get("甬江友谊奖").recipients());
    }

    @Test
    void thoseWhoseClauseEndsIn获奖AfterTheAwardsCeremonyWonIt() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,“甬江友谊奖”颁奖仪式在宁波举行,约翰·史密斯等10名外国专家获奖。", "2031-05-11");
        assertEquals(List.of("约翰·史密斯"), a.get("甬江友谊奖").recipients());
    }

    @Test
    void thoseWhoWon获奖InTheSentenceAfterTheAwardNamedIt() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,第五届“甬江友谊奖”颁奖仪式在宁波举行。约翰·史密斯、汉斯·穆勒获奖。", "2031-05-11");
        assertEquals(List.of("约翰·史密斯", "汉斯·穆勒"), a.get("甬江友谊奖").recipients());
    }

    @Test
    void namesClosedBy等获奖AfterTheAwardWonIt() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,市政府向8名外国专家颁发“甬江友谊奖”。英国专家彼得·格林、美国学者约翰·史密斯等获奖。",
                "2031-05-11");
        assertEquals(List.of("彼得·格林", "约翰·史密斯"), a.get("甬江友谊奖").recipients());
    }

    @Test
    void aCountOfPlacesThatWonNamesNoOne() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,第五届“甬江友谊奖”颁奖仪式在宁波举行,共有5个城市获奖。", "2031-05-11");
        assertEquals(null, a.get("甬江友谊奖").recipients());
    }

    @Test
    void peopleAfterTheirNationalityAndCallingAreGivenTheAwardJustNamed() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,白州市举行“白州友谊奖”颁奖仪式,市长郑建国为英国专家彼得·格林、美国学者约翰·史密斯颁奖。",
                "2031-05-11");
        assertEquals(List.of("彼得·格林", "约翰·史密斯"), a.get("白州友谊奖").recipients());
    }

    @Test
    void theMedalHandedToNamesAfterTheAwardGivesItToThem() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,宁波市政府举行2030年度“甬江友谊奖”颁奖仪式。副市长王强向德国专家汉斯·穆勒和英国学者彼得·格林颁发奖章和证书。",
                "2031-05-11");
        assertEquals(List.of("汉斯·穆勒", "彼得·格林"), a.get("甬江友谊奖").recipients());
    }

    @Test
    void peopleAfterChainsOfCallingsHoldingCommasAreGivenTheAwardJustNamed() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,驻白国大使馆举行2030年度“甬江友谊奖”颁奖仪式。大使王强日前向国际海洋协会原副秘书长、"
                + "东海大学海洋中心联席主席汉斯·穆勒和白国蓝海公司首席执行官、海洋生物学专家彼得·格林颁发奖章和证书。", "2031-05-11");
        assertEquals(List.of("汉斯·穆勒", "彼得·格林"), a.get("甬江友谊奖").recipients());
    }

    @Test
    void aReasonBetweenTheHonouredAndTheVerbLeavesThemHonoured() {
        Map<String, Event> a = awards("颁奖\n本报讯 5月10日,宁波市举行第六批宁波市荣誉市民授证仪式。市长为荣誉市民颁发证书。"
                + "日本友城前市长山田太郎先生因长期致力于宁波与日本的民间往来有突出贡献而获此荣誉。", "2031-05-11");
        assertEquals(List.of("山田太郎"), a.get("宁波市荣誉市民").recipients());
    }

    @Test
    void calledPeopleThat等ClosesBeforeTheGivingAreGivenTheHonourJustNamed() {
        Map<String, Event> a = awards("授证\n昨日,第五批泉州市荣誉市民授证仪式在泉州举行。\n市长陈立新为第五批泉州市荣誉市民约翰·布朗、李子明、山口太郎等颁发证书。",
                "2033-05-11");
        assertEquals(List.of("约翰·布朗", "李子明", "山口太郎"), a.get("泉州市荣誉市民").recipients());
        Map<String, Event> b = awards("授证\n昨日,第五批泉州市荣誉市民授证仪式在泉州举行。\n副市长向新一届泉州市荣誉市民约翰·布朗和山口太郎等颁发荣誉市民证书。",
                "2033-05-11");
        assertEquals(List.of("约翰·布朗", "山口太郎"), b.get("泉州市荣誉市民").recipients());
        Map<String, Event> c = awards("颁奖\n昨日,2031年度“白鹤奖”颁奖典礼在梧州举行。\n省长给德国籍的获奖专家约翰·布朗、日本籍的获奖学者山口太郎等5人颁发证书。",
                "2031-05-11");
        assertEquals(List.of("约翰·布朗", "山口太郎"), c.get("白鹤奖").recipients());
    }

    @Test
    void peopleA等ClosesBeforeAnotherActAreNotGivenTheHonour() {
        Map<String, Event> a = awards("颁奖\n昨日,2031年度“白鹤奖”颁奖典礼在梧州举行。\n仪式前,省长为约翰·布朗等参观者介绍了梧州的发展。", "2031-05-11");
        assertEquals(null, a.get("白鹤奖").recipients());
    }
}
