package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences naming the holder of an office of a body in Japan (its assembly, its friendship society, a mission). */
class BodiesInJapanTest {
    @Test
    void aFamilyNameThatIsAJapanesePlaceAfterAFriendshipSociety() {
        Set<String> p = MadeUpSentences.persons("今早来宾中有日本留萌市日中友协理事长富山正雄。");
        assertTrue(p.contains("富山正雄"), p.toString());
    }

    @Test
    void aFamilyNameThatIsNoChineseOneAfterAMission() {
        Set<String> p = MadeUpSentences.persons("当天日本驻某地总领事馆领事濑野英夫也到场。");
        assertTrue(p.contains("濑野英夫"), p.toString());
    }

    @Test
    void theHolderOfAnAssemblysChair() {
        Set<String> p = MadeUpSentences.persons("此外日本砂川町议会议长奥口春树也来了。");
        assertTrue(p.contains("奥口春树"), p.toString());
    }

    @Test
    void aSecondTitleInAListRepeatsOnlyTheBody() {
        Set<String> p = MadeUpSentences.persons("来客有日本留萌市市长堀川英树、议会议长新里米吉。");
        assertTrue(p.contains("新里米吉"), p.toString());
    }

    @Test
    void aChineseOfficeInAJapanesePlaceIsNotJapanese() {
        BodiesInJapan bodies = BodiesInJapan.load();
        MadeUpSentences.Analysed a = MadeUpSentences.analyse("日本大阪有中国总领事馆总领事王某。");
        int title = a.text().lastIndexOf("总领事王");
        assertFalse(bodies.officeOfBodyInJapan(a.text(), a.places(), title), a.places().toString());
    }
}
