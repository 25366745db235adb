package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Made-up reports: N名专家获得“X奖”。他们包括甲大学特聘乙国籍教授丙、… — the winners named in the sentence after
 * the one that counts them, each after the employer, nationality and calling that describe them.
 */
class WinnersIncludedInTheSentenceAfterTest {
    @Test
    void thePeopleTheNextSentenceIncludesWonThePrizeJustCounted() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("三名专家获奖\n在9月8日举行的人才交流会上,3名外国专家获得了“石城友谊奖”证书。"
                + "他们包括南京大学特聘德国籍教授汉斯·迈耶、东南大学特聘法国籍专家皮埃尔·杜邦。", "2031-09-09"), EventType.AWARD).get(0);
        assertEquals(List.of("汉斯·迈耶", "皮埃尔·杜邦"), e.recipients());
    }
}
