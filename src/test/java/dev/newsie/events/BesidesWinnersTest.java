package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up reports: those who received an award, one after 除…外 and the rest after 还包括. */
class BesidesWinnersTest {
    @Test
    void theOneBesidesAndThoseIncludedAreAllRecipients() {
        Event e = MadeUpReports.ofType(MadeUpReports.run("荣誉市民\n昨天获颁“青州荣誉市民”证书的外籍人士除汉斯·穆勒外,"
                + "还包括法国驻华总领事彼得·格林、加拿大学者玛丽·布朗等人。", "2031-09-30"), EventType.AWARD).get(0);
        assertEquals(List.of("汉斯·穆勒", "彼得·格林", "玛丽·布朗"), e.recipients());
    }
}
