package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up sentences saying who came to a forum. */
class ForumCountsTest {
    @Test
    void countriesCitiesAndPeopleInDigits() {
        ForumCounts.Counts c = ForumCounts.read("来自15个国家的30座城市的约200名代表参会。");
        assertEquals(15, c.countries());
        assertEquals(30, c.cities());
        assertEquals(200, c.attendees());
    }

    @Test
    void sisterCitiesWritten友城AreCities() {
        assertEquals(18, ForumCounts.read("来自12个国家18座友城的代表出席。").cities());
    }

    @Test
    void countsInChineseNumerals() {
        ForumCounts.Counts c = ForumCounts.read("代表团来自七个国家的十二个城市。");
        assertEquals(7, c.countries());
        assertEquals(12, c.cities());
    }

    @Test
    void citiesOfDelegationsAreDelegations() {
        ForumCounts.Counts c = ForumCounts.read("来自9个国家的20个城市代表团参会。");
        assertEquals(20, c.delegations());
        assertNull(c.cities());
    }

    @Test
    void peopleInNumeralsOfTens() {
        assertEquals(80, ForumCounts.read("来自十二个国家的八十多位市长出席。").attendees());
    }

    @Test
    void oneOrTwoPeopleInWordsAreNoAttendance() {
        assertNull(ForumCounts.read("两位市长出席并致辞。").attendees());
    }

    @Test
    void aSentenceThatSaysNothingOfWhoCameGivesNoCounts() {
        assertFalse(ForumCounts.read("全市共有30个城市公园。").any());
    }

    @Test
    void chineseNumerals() {
        assertEquals(7, ForumCounts.number("七"));
        assertEquals(12, ForumCounts.number("十二"));
        assertEquals(20, ForumCounts.number("二十"));
        assertEquals(120, ForumCounts.number("一百二十"));
        assertEquals(41, ForumCounts.number("41"));
    }

    @Test
    void aHeadCountInNumeralsBeforeAVerbOfAttending() {
        assertEquals(300, ForumCounts.read("来自八个国家和地区的代表逾三百人参加。").attendees());
        assertEquals(1200, ForumCounts.read("约一千二百人出席。").attendees());
    }

    @Test
    void countriesAsANumeralFusedWith国AndSisterCitiesWritten姊妹市() {
        ForumCounts.Counts c = ForumCounts.read("来自三国21个城市的代表约120人出席。");
        assertEquals(3, c.countries());
        assertEquals(10, ForumCounts.read("来自6个国家10个姊妹市的青年代表参加。").cities());
        assertNull(ForumCounts.read("来自中法两国的代表出席。").countries());
    }

    @Test
    void theMayorsOfFiveCitiesCountFiveCities() {
        assertEquals(5, ForumCounts.read("青河市市长张明与白山市市长李华等5座城市的市长或市长代表围绕“城市更新”主题开展对话。").cities());
    }

    @Test
    void countriesAndTheirCitiesFusedInARun() {
        ForumCounts.Counts c = ForumCounts.read("市长偕同与会四国九城城市代表共同签署宣言。");
        assertEquals(4, c.countries());
        assertEquals(9, c.cities());
    }

    @Test
    void oneCityIsAnyCityNotACount() {
        assertEquals(null, ForumCounts.read("与会城市代表认为,一座城市的转型需要市民参与。").cities());
    }

    @Test
    void theEntriesOfAnAwardCountNoAttendance() {
        assertFalse(ForumCounts.read("今年的青河城市创新奖共收到来自55个国家和地区120个城市的210个项目参评。").any());
        assertEquals(39, ForumCounts.read("约450名嘉宾来自39个国家和地区。").countries());
    }

    @Test
    void theSumAfterGroupsCountedIsTheAttendance() {
        assertEquals(500, ForumCounts.read("来自28个国家的外方嘉宾310余位和国内嘉宾190余位,共计500余人出席本届大会。").attendees());
        assertEquals(300, ForumCounts.read("来自甲国12个州的30余位州市领导、乙国企业代表等近300人出席大会。").attendees());
    }

    @Test
    void aFewEscortsAfter等AreNoAttendance() {
        assertEquals(300, ForumCounts.read("市长张某、副市长李某等5人陪同,300余名嘉宾出席大会。").attendees());
        assertNull(ForumCounts.read("青河市市长王某率青河市政府等6人代表团出席大会。").attendees());
    }

    @Test
    void aTallyOfTwinnedCountriesCountsNoOneWhoCame() {
        ForumCounts.Counts c = ForumCounts.read("副会长王强在大会上介绍,到今年年底,中国已与五大洲140个国家的1300个城市建立了2600对友好城市关系。");
        assertNull(c.countries());
        assertNull(c.cities());
    }

    @Test
    void countriesQualifiedByTheirRegionAreCounted() {
        ForumCounts.Counts c = ForumCounts.read("来自12个东盟国家的30个代表团共150位嘉宾参会。");
        assertEquals(12, c.countries());
        assertEquals(30, c.delegations());
        assertNull(ForumCounts.read("该市拥有5个国家级开发区,来自各地的代表参会。").countries());
    }

    @Test
    void citiesQualifiedByWhereTheyAreFromAreCounted() {
        assertEquals(48, ForumCounts.read("来自沿线48个中外城市的900余名代表参加论坛。").cities());
    }

    @Test
    void memberCitiesOfAnAllianceAreCities() {
        assertEquals(21, ForumCounts.read("会员大会在市政厅召开,来自二十一个会员城市及二十个企业的代表出席。").cities());
    }
}
