package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.HanLpBackend;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Made-up sentences for the section (课) of a Japanese local government or of its department, written right after the
 * body's name: the body's unit, one name with it ({@link Departments}).
 */
class JapaneseSectionsAfterTheirBodyTest {
    private static final Departments departments = Departments.load();
    private static final HanLpBackend hanlp = new HanLpBackend();

    private static List<String> found(String text, String body) {
        int at = text.indexOf(body);
        Candidate org = new Candidate(at, at + body.length(), EntityType.ORGANIZATION, body, null, Candidate.Source.GAZETTEER);
        return departments.recognize(text, List.of(org), hanlp.analyse(text).tokens()).stream().map(Candidate::name).toList();
    }

    @Test
    void aSectionAfterAGovernmentIsItsUnit() {
        assertEquals(List.of("丙川市政府观光课"), found("丙川市政府观光课派员参加了交流会。", "丙川市政府"));
    }

    @Test
    void aSectionBeforeItsHeadsTitleEndsAtTheFirstOfTheDoubledCharacter() {
        assertEquals(List.of("丁野县观光战略局物产课"), found("丁野县观光战略局物产课课长木村次郎访问了青河。", "丁野县观光战略局"));
        // the same in a Chinese office's division: 处 then 处长
        assertEquals(List.of("戊城市外办友城处"), found("戊城市外办友城处处长李明出席。", "戊城市外办"));
    }

    @Test
    void anInterpunctJoinsTwoFieldsOfASectionsName() {
        assertEquals(List.of("己原县农林水产部森林·治水课"), found("己原县农林水产部森林·治水课派员讲解了植树计划。", "己原县农林水产部"));
    }

    @Test
    void aLessonTaughtByABodyIsNoSection() {
        assertTrue(found("丙川市政府每年举办茶道课。", "丙川市政府").isEmpty());
        assertTrue(found("丙川市政府开设的茶道课很受欢迎。", "丙川市政府").isEmpty());
        assertTrue(found("青河学院开设汉语课。", "青河学院").isEmpty());
    }
}
