package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up Taiwan city pages whose bureaus and divisions are written bare. */
class TaiwanCityUnitsTest {
    private static final BareOrganizationReferences refs = new BareOrganizationReferences(
            Map.of('市', List.of("府", "政府")), Map.of("市府", "政府"), Set.of("台中", "台南"), Set.of());
    private static final TaiwanCityUnits units = new TaiwanCityUnits(refs);

    private static List<Candidate> citiesIn(String text, String... names) {
        return java.util.Arrays.stream(names).flatMap(n -> java.util.stream.IntStream.range(0, text.length())
                .filter(i -> text.startsWith(n, i)).mapToObj(i -> new Candidate(i, i + n.length(), EntityType.CITY, n, null,
                        Candidate.Source.GAZETTEER))).sorted(java.util.Comparator.comparingInt(Candidate::start)).toList();
    }

    private static List<String> found(String text, String... cities) {
        return units.recognize(text, citiesIn(text, cities)).stream().map(Candidate::name).toList();
    }

    @Test
    void bareUnitsBeforeTheirHeadsTitleOrTheirOwnWordsAreTheCityGovernments() {
        String text = "台中市府与青河市交流多年。教育局长张一表示,台中与青河交流密切;國際事務處長李二、文化局表示欢迎。";
        assertEquals(List.of("台中市教育局", "台中市國際事務處", "台中市文化局"), found(text, "台中", "青河"));
    }

    @Test
    void theCityIsTheTaiwanCityNamedMostOften() {
        String text = "台南市政府今天与青河市签约,台南与青河交流多年,全台瞩目。\n秘书处长王三说明签约经过。";
        assertEquals(List.of("台南市秘书处"), found(text, "台南", "青河"));
    }

    @Test
    void noCityGovernmentNamedOrAUnitWrittenWithItsPlaceOrAPersonsTitleNamesNoUnit() {
        // no 市府 or 台中市政府 on the page: a bare bureau may be a ministry's
        assertTrue(found("台中与青河交流,全台瞩目。观光局长张一表示欢迎。", "台中", "青河").isEmpty());
        // a place inside the run, a deputy's or a surname's title, two units at once
        assertTrue(found("台中市府与青河交流。青河教育局长张一表示,林姓局长、陈副局长及各局处长出席。", "台中", "青河").isEmpty());
        // a run that opens mid-clause or holds a central body's unit, and a field no city's unit has
        assertTrue(found("台中市府与青河交流。随后卫生局长张一、交通部觀光局表示,青河观光及商务处长说明。", "台中", "青河").isEmpty());
        // a mainland page's bare 市府 (市府大楼) with a Taiwan city named in passing
        assertTrue(found("青河市府大楼里,两地交流。来自台中的客人说,教育局长张一表示欢迎。", "台中", "青河").isEmpty());
        // a mainland page that names no Taiwan city
        assertTrue(found("青河市政府与白沙市交流。教育局长张一表示欢迎。", "青河", "白沙").isEmpty());
    }

    @Test
    void aPageWithNoWordOfHomeThatWritesTheCityGovernmentInFullNamesItsUnits() {
        assertEquals(List.of("台中市教育局"), found("台中市政府与青河市交流。教育局长张一表示欢迎。", "台中", "青河"));
        // the Taiwan city named most often must be the one whose government is written
        assertTrue(found("台中与青河交流,台中客人多。台南市政府致贺,教育局长张一表示欢迎。", "台中", "台南", "青河").isEmpty());
    }

    @Test
    void unitsListedAfterTheMayorsLeadingVerbOrBeforeADeputysTitleAreTheCitys() {
        assertEquals(List.of("台中市國際事務處", "台中市教育局"),
                found("台中市政府与青河市交流,全台瞩目。市长王一率國際事務處長李二、教育局副局长陈三出席。", "台中", "青河"));
        assertEquals(List.of("台南市文化局"), found("台南市府与青河市交流。市长王一带领文化局長赵四到访。", "台南", "青河"));
    }

    @Test
    void aUnitRightAfterAnOpenerThatStartsTheRunIsFoundOneCharacterOn() {
        assertEquals(List.of("台中市文化局"), found("台中市府与青河市交流,全台瞩目。随即由文化局长赵四带队。", "台中", "青河"));
    }
}
