package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a document's name in title marks is its name as written, though it opens on the two places
 * side by side (《烟台松本…协议》) or describes them with 的 (《甲市与乙市关于…的协议书》).
 */
class PlacesInsideTitleMarksTest {
    @Test
    void twoPlacesSideBySideOpenATitledName() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(
                "2024年5月10日,烟台市与日本松本市签署《烟台松本经贸合作框架协议》。", "2024-05-11"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("烟台松本经贸合作框架协议", s.get(0).title());
    }

    @Test
    void aTitledNameMayDescribeItsSidesWithDe() {
        List<Event> s = MadeUpReports.signings(MadeUpReports.run(
                "2024年5月10日,烟台市与日本松本市签署《烟台市与松本市关于加强青少年交流的协议书》。", "2024-05-11"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("烟台市与松本市关于加强青少年交流的协议书", s.get(0).title());
    }

    @Test
    void onlyAMatchingPairOfMarksEnclosesAName() {
        assertTrue(SigningDocuments.inTitleMarks("签署《甲乙协议》", 3, 7));
        assertTrue(SigningDocuments.inTitleMarks("簽署「甲乙協定」", 3, 7));
        assertFalse(SigningDocuments.inTitleMarks("签署《甲乙协议」", 3, 7));
        assertFalse(SigningDocuments.inTitleMarks("签署甲乙协议。", 2, 6));
    }
}
