package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static dev.newsie.events.MadeUpReports.run;
import static dev.newsie.events.MadeUpReports.signings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A signing placed by the report's welcome of one side's guests (made-up reports). */
class WelcomedGuestsTest {
    private static String placeOfTheSigning(String text, String published) {
        return signings(run(text, published)).get(0).location();
    }

    @Test
    void guestsWelcomedByTheirCountrySignedAtTheOtherSidesCity() {
        String text = "两市缔结友好城市\n西安市与法国里昂市签署了友城协议书。会见时,西安市市长王小明对法国客人一行的到来表示热烈欢迎。";
        assertEquals("西安", placeOfTheSigning(text, null));
    }

    @Test
    void guestsWelcomedByTheirTitledHeadSignedAtTheOtherSidesCity() {
        String text = "两市签署意向书\n西安市与德国波恩市签署建立友好交流城市关系意向书。波恩市市长汉斯·穆勒出席活动。王小明代表市政府向汉斯·穆勒一行表示欢迎。";
        assertEquals("西安", placeOfTheSigning(text, null));
    }

    @Test
    void aSigningOfAnEarlierYearIsNotPlacedByTodaysWelcome() {
        String text = "两市交流\n2001年5月,西安市与法国里昂市签署了友城协议书。今天,西安市市长王小明对里昂市代表团的到来表示欢迎。";
        assertNull(placeOfTheSigning(text, "2031-05-11"));
    }

    @Test
    void guestsWelcomedByTheHeadOfTheirForeignRegionSignedAtTheOtherSidesCity() {
        String text = "两市缔结友好城市\n西安市与法国里昂市签署了友城协议书。法国奥弗涅-罗讷-阿尔卑斯大区主席让·马丁出席签约仪式。"
                + "西安市市长王小明对让·马丁一行的到来表示欢迎。";
        assertEquals("西安", placeOfTheSigning(text, null));
    }

    @Test
    void aGuestWhoseTitleOpensWithThePlacesOwnCityWordStandsForThatPlace() {
        // made up: 波恩市市长 would read 波恩市|市长; 波恩市长 reads 波恩市|长, the 市 of the title inside the place
        String text = "两市签署意向书\n西安市与德国波恩市签署友好交流意向书。市长王小明、波恩市长汉斯·穆勒出席。王小明代表市政府向汉斯·穆勒一行表示欢迎。";
        assertEquals("西安", placeOfTheSigning(text, null));
    }
}
