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

    /** 市政府 or 市府 at a position, as the full form 市政府 and the length written. */
    private static final java.util.function.BiFunction<String, Integer, Map.Entry<String, Integer>> GOVERNMENT_AT = (t, i) ->
            t.startsWith("市政府", i) ? Map.entry("市政府", 3) : t.startsWith("市府", i) ? Map.entry("市政府", 2) : null;

    private static Candidate city(String text, String name) {
        int at = text.indexOf(name);
        return new Candidate(at, at + name.length(), EntityType.CITY, name, "美国", Candidate.Source.GAZETTEER);
    }

    @Test
    void theShortFormsGovernmentIsTheLongNamedCitys() {
        String text = "美国塔里森市代表团抵达。塔市市府官员表示,两地交流日益密切。";
        assertEquals(List.of("塔里森市政府"), ShortenedCityBodies.recognize(text, List.of(city(text, "塔里森")), GOVERNMENT_AT)
                .stream().map(Candidate::name).toList());
        List<String> names = refs.recognize(text, List.of(city(text, "塔里森"))).stream().map(Candidate::name).toList();
        assertTrue(names.contains("塔里森市政府"), names.toString());
    }

    @Test
    void noLongNamedCityOrTwoOfThemNameNone() {
        String two = "塔里森与塔科玛两城,塔市市政府表示欢迎。";
        assertEquals(List.of(), ShortenedCityBodies.recognize(two, List.of(city(two, "塔里森"), city(two, "塔科玛")), GOVERNMENT_AT));
        String short2 = "塔科与塔里森两城,塔市市政府表示欢迎。";
        assertEquals(List.of("塔里森市政府"), ShortenedCityBodies.recognize(short2, List.of(city(short2, "塔科"), city(short2, "塔里森")), GOVERNMENT_AT)
                .stream().map(Candidate::name).toList());
        String none = "代表团访问,塔市市政府表示欢迎。";
        assertTrue(refs.recognize(none, List.of()).stream().noneMatch(c -> c.name().startsWith("塔")));
    }
}
