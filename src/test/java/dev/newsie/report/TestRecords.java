package dev.newsie.report;

import dev.newsie.model.ArticleRecord;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventType;
import dev.newsie.model.Mention;
import dev.newsie.model.Relation;
import dev.newsie.model.Span;

import java.util.List;

/** A small made-up record (no corpus text) for the report tests. */
final class TestRecords {
    static final String TEXT = "杭州市与葡萄牙波尔图市签署建立友好城市关系协议书。<b>李明</b>出席。";

    private TestRecords() {
    }

    static ArticleRecord hangzhouPorto(String id) {
        Entity hangzhou = new Entity("e1", EntityType.CITY, "杭州", "中国", List.of(new Mention("杭州市", 0, 3, 0, 3)));
        Entity portugal = new Entity("e2", EntityType.COUNTRY, "葡萄牙", null, List.of(new Mention("葡萄牙", 4, 7, 4, 7)));
        Entity porto = new Entity("e3", EntityType.CITY, "波尔图", "葡萄牙", List.of(new Mention("波尔图市", 7, 11, 7, 11)));
        Event signing = Event.builder(EventType.SIGNING).id("v1").parties(List.of("杭州", "波尔图")).agreement("SISTER_CITY")
                .title("建立友好城市关系协议书").evidence(new Span(0, 25)).build();
        Relation rel = new Relation(Relation.SISTER_CITY, List.of("杭州", "波尔图"), null, new Span(0, 25));
        return new ArticleRecord(id, null, "杭州与波尔图结好", "2024-03-05", null, null, "simplified", "UTF-8", TEXT, TEXT,
                List.of(hangzhou, portugal, porto), List.of(signing), List.of(rel), List.of());
    }
}
