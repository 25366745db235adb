package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reading a winners' list by the form of its entries, on made-up sentences with no entities found (as when the
 * recogniser misses every name), so only the list's own evidence counts.
 */
class WinnersListTest {
    private static final Pattern AFTER = Pattern.compile("包括");

    private static List<String> counted(String sentence) {
        return WinnersList.countedNamesAfter(MaskedSentence.of(new Sentence(0, sentence.length(), sentence), List.of()), AFTER);
    }

    @Test
    void anEnvoysOfficeJoinedByAPauseToThePersonsOtherOfficeIsNoEntryOfItsOwn() {
        List<dev.newsie.model.Event> a = MadeUpReports.ofType(MadeUpReports.run("颁奖\n9月10日,首届“白州友谊奖”颁奖仪式在白州举行。"
                + "英国前首相约翰·史密斯、前总理对日事务特使、白州商会会长王立群等8人获奖。", "2031-09-11"), dev.newsie.model.EventType.AWARD);
        assertEquals(List.of("约翰·史密斯", "王立群"), a.get(0).recipients());
    }

    @Test
    void anEnvoysOfficeNamingItsCountryIsNoEntryOfItsOwnEither() {
        List<dev.newsie.model.Event> a = MadeUpReports.ofType(MadeUpReports.run("颁奖\n9月10日,首届“白州友谊奖”颁奖仪式在白州举行。"
                + "英国前首相约翰·史密斯、前首相日本事务特使、白州商会会长王立群等8人获奖。", "2031-09-11"), dev.newsie.model.EventType.AWARD);
        assertEquals(List.of("约翰·史密斯", "王立群"), a.get(0).recipients());
    }

    @Test
    void entriesOfAPersonsFormAreReadWhenTheirNumberIsTheCountOfPeople() {
        assertEquals(List.of("陈立群", "黄美珊", "张文彬", "梁志明"),
                counted("9日,特区政府向4名人士颁授“金紫荆星章”,包括陈立群、黄美珊、张文彬及梁志明。"));
    }

    @Test
    void aCountThatIsNotTheListsLengthReadsNothing() {
        assertEquals(List.of(), counted("9日,特区政府向5名人士颁授“金紫荆星章”,包括陈立群、黄美珊、张文彬及梁志明。"));
    }

    @Test
    void anEntryThatIsNotAPersonsFormReadsNothing() {
        assertEquals(List.of(), counted("9日,特区政府向2名人士颁授“金紫荆星章”,包括陈立群及本地三家企业。"));
    }

    @Test
    void aNameInLatinLettersInBracketsIsPartOfItsEntryWhenEntriesAreCounted() {
        assertEquals(3, WinnersList.itemCount("侨领Ⓡ、画家Ⓡ(Jean Paul Dupont)、议员Ⓡ"));
        assertEquals(2, WinnersList.itemCount("甲市 乙市"));
    }

    @Test
    void aSpaceInsideANameWrittenInLatinLettersSeparatesNoEntries() {
        org.junit.jupiter.api.Assertions.assertTrue(WinnersList.withinLatin("Ⓡ(Jean Dupont)、Ⓡ", 6));
        org.junit.jupiter.api.Assertions.assertFalse(WinnersList.withinLatin("甲市 乙市", 2));
    }
}
