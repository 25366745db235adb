package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up text: short quotations that read as names hold no mention of their places; speech, slogans, a place quoted alone and honours' titles do. */
class QuotedPhrasesTest {
    private static Entity at(String text, EntityType type, String surface) {
        int a = text.indexOf(surface);
        return new Entity(surface, type, surface, null, List.of(new Mention(surface, a, a + surface.length(), a, a + surface.length())));
    }

    @Test
    void placeOnlyInsideAQuotedActivityOrNicknameIsDropped() {
        String text = "两地合办“丁戊青年话家园”活动，有“新丙城”美誉的庚埠风光秀丽。";
        List<Entity> in = List.of(at(text, EntityType.COUNTRY, "丁"), at(text, EntityType.CITY, "丙城"));
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void quotationClosedByAFullWidthStraightMarkIsANameToo() {
        String text = "该港被定为“丁国与己国物资交换枢纽＂，运量逐年上升。";
        assertEquals(List.of(), DocumentTitles.withoutPlacesOnlyInNames(text, List.of(at(text, EntityType.COUNTRY, "丁国"))));
    }

    @Test
    void speechASloganAPlaceQuotedAloneAndAnHonoursTitleKeepTheirPlaces() {
        String speech = "他说“丙城欢迎你”。";
        String slogan = "口号“丙城造、丁城用”广为流传。";
        String alone = "人称“丙城”的地方。";
        String honour = "授予他“丙省荣誉公民”称号。";
        for (String text : List.of(speech, slogan, alone, honour)) {
            String surface = text.contains("丙省") ? "丙省" : "丙城";
            List<Entity> in = List.of(at(text, EntityType.CITY, surface));
            assertEquals(in, DocumentTitles.withoutPlacesOnlyInNames(text, in), text);
        }
    }

    @Test
    void readsTheQuotationBetweenItsMarks() {
        String text = "“丙城好物节”";
        List<Entity> in = List.of(at(text, EntityType.CITY, "丙城"));
        assertTrue(QuotedPhrases.isName(text, in, 0, text.length() - 1));
        assertFalse(QuotedPhrases.isName("“丙城”", in, 0, 3));
    }

    @Test
    void aQuotationMadeOnlyOfPlacesKeepsThem() {
        String text = "人们把“丙城丁埠”挂在嘴边。";
        List<Entity> in = List.of(at(text, EntityType.CITY, "丙城"), at(text, EntityType.CITY, "丁埠"));
        assertFalse(QuotedPhrases.isName(text, in, text.indexOf('“'), text.indexOf('”')));
        assertEquals(in, DocumentTitles.withoutPlacesOnlyInNames(text, in));
    }

    @Test
    void aQuotationAfterAWordOfSayingFromTheModelsIsSpeech() {
        for (String text : List.of("市长表示“丙城欢迎你”。", "记者问“丙城好不好”。", "他笑道“丙城真美”。")) {
            List<Entity> in = List.of(at(text, EntityType.CITY, "丙城"));
            assertEquals(in, DocumentTitles.withoutPlacesOnlyInNames(text, in), text);
        }
    }
}
