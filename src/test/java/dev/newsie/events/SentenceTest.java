package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceTest {
    @Test
    void splitsAtFullStopsAndLineBreaks() {
        List<Sentence> s = Sentence.split("甲市与乙市签约。双方表示满意！\n明年再会");
        assertEquals(List.of("甲市与乙市签约。", "双方表示满意！", "明年再会"), s.stream().map(Sentence::text).toList());
    }

    @Test
    void aBracketedDatelineStandsAlone() {
        List<Sentence> s = Sentence.split("（中央社记者王小明台北3日电）台北市今天与惠灵顿市签署备忘录。");
        assertEquals(List.of("（中央社记者王小明台北3日电）", "台北市今天与惠灵顿市签署备忘录。"), s.stream().map(Sentence::text).toList());
    }

    @Test
    void anOrdinaryBracketDoesNotEndASentence() {
        assertEquals(1, Sentence.split("新华社北京3月5日电（记者李华）两市今天签约。").size());
        assertEquals(1, Sentence.split("甲市（人口50万）与乙市签约。").size());
    }

    @Test
    void anOutletsLeadWithItsReportersInBracketsStandsAlone() {
        java.util.List<Sentence> ss = Sentence.split("本报讯(记者 王明)8日,甲市市长张明率团访问乙市。");
        org.junit.jupiter.api.Assertions.assertEquals("本报讯(记者 王明)", ss.get(0).text());
        org.junit.jupiter.api.Assertions.assertEquals(2, ss.size());
    }
}
