package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long city name shortened to its first character and 市 still names that city's government after it. */
class ShortenedCityBodiesTest {
    private final BareOrganizationReferences refs = new BareOrganizationReferences(Map.of('市', List.of("府", "政府")), Map.of("市府", "政府"));

    private static Candidate city(String text, String name) {
        int at = text.indexOf(name);
        return new Candidate(at, at + name.length(), EntityType.CITY, name, "美国", Candidate.Source.GAZETTEER);
    }

    @Test
    void theShortFormsGovernmentIsTheLongNamedCitys() {
        String text = "青河市与美国塔里森市结好。市长赠送瓷盘予塔市市府,象征友谊。";
        List<String> names = refs.recognize(text, List.of(city(text, "塔里森"))).stream().map(Candidate::name).toList();
        assertTrue(names.contains("塔里森市政府"), names.toString());
    }

    @Test
    void noLongNamedCityOrTwoOfThemNameNone() {
        String two = "塔里森与塔科玛两城,塔市市政府表示欢迎。";
        assertEquals(List.of(), ShortenedCityBodies.recognize(two, List.of(city(two, "塔里森"), city(two, "塔科玛")), (t, i) -> null));
        String none = "代表团访问,塔市市政府表示欢迎。";
        assertTrue(refs.recognize(none, List.of()).stream().noneMatch(c -> c.name().startsWith("塔")));
    }
}
