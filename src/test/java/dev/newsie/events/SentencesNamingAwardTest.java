package dev.newsie.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.newsie.events.MadeUpReports.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link SentencesNamingAward}: which sentences a clause fallback reads, on a made-up report. */
class SentencesNamingAwardTest {
    private static final String TEXT = "海州友谊奖颁奖仪式举行\n3月1日,海州举行颁奖仪式。英国专家约翰·史密斯获得“海州友谊奖”。"
            + "德国教授汉斯·穆勒也获得“海州友谊奖”。";

    @Test
    void readsOnlySentencesWritingTheAwardAndStopsAtTheFirstAnswer() {
        DocumentContext ctx = new DocumentContext(TEXT, "2031-03-02", entities(TEXT));
        List<String> read = new ArrayList<>();
        List<String> got = SentencesNamingAward.firstAnswer(ctx, "海州友谊奖", (ms, at) -> {
            read.add(ms.sentence().text());
            return read.size() == 2 ? List.of("answer") : List.of();
        });
        assertEquals(List.of("answer"), got);
        assertEquals(2, read.size(), read.toString());
        read.forEach(s -> assertEquals(true, s.contains("海州友谊奖"), s));
    }

    @Test
    void isEmptyWhenNoSentenceAnswers() {
        DocumentContext ctx = new DocumentContext(TEXT, "2031-03-02", entities(TEXT));
        assertEquals(List.of(), SentencesNamingAward.firstAnswer(ctx, "海州友谊奖", (ms, at) -> List.of()));
    }
}
