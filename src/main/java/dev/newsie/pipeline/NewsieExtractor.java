package dev.newsie.pipeline;

import dev.newsie.clean.Article;
import dev.newsie.entities.BodiesInsideAwardNames;
import dev.newsie.entities.EntityRecognizer;
import dev.newsie.events.EventExtractor;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.NerBackend;
import dev.newsie.normalize.NormalizedText;

import java.util.List;

/**
 * newsie's analysis: HanLP segmentation (cheap) for organisation heads, an optional NER backend whose
 * mentions are weak evidence, the entity recogniser, then the event extractor over the entities.
 */
public final class NewsieExtractor implements ArticleExtractor {
    private final NerBackend segmenter;
    private final NerBackend evidence;
    private final EntityRecognizer entities;
    private final EventExtractor events;

    /** @param evidence the backend whose mentions are merged, null for gazetteers and patterns alone */
    public NewsieExtractor(NerBackend segmenter, NerBackend evidence, EntityRecognizer entities, EventExtractor events) {
        this.segmenter = segmenter;
        this.evidence = evidence;
        this.entities = entities;
        this.events = events;
    }

    @Override
    public Extraction extract(Article article, NormalizedText text) {
        String t = text.text().text();
        Analysis seg = segmenter.analyse(t);
        Cancellation.check("extract");
        Analysis ev = evidence == null ? Analysis.EMPTY : evidence == segmenter ? seg : evidence.analyse(t, seg);
        Cancellation.check("extract");
        List<Entity> found = entities.recognize(t, seg, ev);
        Cancellation.check("extract");
        EventExtractor.Result r = events.extract(t, article.published(), found);
        List<Entity> kept = dev.newsie.entities.DocumentTitles.withoutPlacesOnlyInNames(t, found);
        // a body named only inside an award's name (甲国政府友谊奖) is no mention of it (GOLD.md §2, §7)
        kept = BodiesInsideAwardNames.without(t, kept, r.events().stream().map(Event::award).filter(java.util.Objects::nonNull).toList());
        return new Extraction(kept, r.events(), r.relations());
    }
}
