package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.newsie.events.MadeUpReports.relationKeys;
import static dev.newsie.events.MadeUpReports.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A twinning agreement told by its title and signed on a date told before it (round 19 of issue 9), in made-up
 * sentences: the two places the title names are partners since that date, which outranks the year a jubilee counts
 * back to.
 */
class TitledTwinningAgreementTest {
    @Test
    void theTitleAsTheSubjectOfTheSigning() {
        Set<String> r = relationKeys(run("为纪念两省州缔结友好关系30周年,俄勒冈州州长率团访问四川。"
                + "1985年9月3日,《中国四川省——美国俄勒冈州缔结友好省州关系协议书》在成都签署,两省州的往来由此展开。",
                "2015-05-20"));
        assertTrue(r.contains("俄勒冈-四川@1985-09-03"), r.toString());
    }
}
