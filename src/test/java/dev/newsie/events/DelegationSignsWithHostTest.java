package dev.newsie.events;

import dev.newsie.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up reports: a delegation on tour that signs with a place (代表团与甲市签署) signs at that place, the delegation
 * being the side that travelled.
 */
class DelegationSignsWithHostTest {
    @Test
    void aDelegationSigningWithACitySignsThere() {
        String r = "图尔客人在浙江\n\n法国图尔市代表团近日访问浙江省。团长贝尔市长和团员们走访了几所大学和茶园。周四,代表团同湖州市签订了两市青少年足球交流协议。\n";
        List<Event> ss = MadeUpReports.signings(MadeUpReports.run(r, "2031-06-05"));
        assertTrue(!ss.isEmpty() && ss.stream().allMatch(e -> "湖州".equals(e.location())), ss.toString());
    }

    @Test
    void noSideIsHostWhenThePartnerIsADelegationTooOrAProvince() {
        String lead = "图尔客人在浙江\n\n法国图尔市代表团本周访问了浙江省,贝尔市长带队,客人们参观了一座丝绸博物馆。";
        for (String[] c : new String[][]{{"周五,图尔市代表团与湖州市代表团签署了两市青少年体育合作协议。", "湖州"},
                {"周五,代表团与浙江省签署了青少年体育合作协议。", "浙江"}}) {
            List<Event> ss = MadeUpReports.signings(MadeUpReports.run(lead + c[0] + "\n", "2031-06-05"));
            assertFalse(ss.stream().anyMatch(e -> c[1].equals(e.location())), c[0] + " " + ss);
        }
    }
}
