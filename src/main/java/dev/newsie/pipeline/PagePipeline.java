package dev.newsie.pipeline;

import dev.newsie.canon.RegionalPhraseTable;
import dev.newsie.clean.Article;
import dev.newsie.clean.CleaningStage;
import dev.newsie.clean.LineClassifier;
import dev.newsie.decode.DecodedPage;
import dev.newsie.decode.PageDecoder;
import dev.newsie.ingest.RawPage;
import dev.newsie.model.ArticleRecord;
import dev.newsie.model.Entity;
import dev.newsie.model.Mention;
import dev.newsie.normalize.NormalizedText;
import dev.newsie.normalize.TextNormalizer;
import dev.newsie.text.TrackedText;

import java.util.ArrayList;
import java.util.List;

/**
 * One page through every stage in order — decode, clean, normalise, then the extractor — into one
 * record. A stage that cannot go on throws {@link StageException}; the batch runner turns it into an
 * error record. Thread-safe when the extractor is.
 */
public final class PagePipeline {
    private final PageDecoder decoder = new PageDecoder();
    private final CleaningStage cleaner;
    private final TextNormalizer normalizer;
    private final ArticleExtractor extractor;
    private final long maxPageBytes;

    public PagePipeline(ArticleExtractor extractor, long maxPageBytes) {
        this.cleaner = new CleaningStage(LineClassifier.load());
        this.normalizer = new TextNormalizer(RegionalPhraseTable.shared());
        this.extractor = extractor;
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * Runs a short made-up article through every stage once, so lazily loaded dictionaries (HanLP's) load
     * before the first real page: a slow start must not count against that page's time limit.
     */
    public void warmUp() {
        String text = "两市签署友好城市协议\n杭州市与葡萄牙波尔图市在杭州签署建立友好城市关系协议书，双方将在文化、旅游和教育领域深化合作。";
        try {
            process(new RawPage("warm-up", null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "UTF-8", RawPage.Kind.TEXT, null));
        } catch (StageException e) {
            // the made-up page's fate does not matter; the dictionaries are loaded either way
        }
    }

    public ArticleRecord process(RawPage page) {
        if (!page.failed() && page.bytes().length > maxPageBytes) {
            throw new StageException("ingest", "page too large: " + page.bytes().length + " bytes (limit "
                    + maxPageBytes + "; raise it with --max-page-bytes)");
        }
        DecodedPage decoded = decoder.run(page);
        Cancellation.check("clean");
        Article article = cleaner.run(decoded);
        Cancellation.check("normalize");
        NormalizedText normalized = normalizer.run(article.body());
        Cancellation.check("extract");
        Extraction x = new Stage<NormalizedText, Extraction>() {
            @Override
            public String name() {
                return "extract";
            }

            @Override
            public Extraction apply(NormalizedText text) {
                return extractor.extract(article, text);
            }
        }.run(normalized);
        return new ArticleRecord(page.id(), page.uri(), article.title(), article.published(), article.source(),
                article.reporter(), normalized.script(), decoded.charset(), article.body().text(),
                normalized.text().text(), withRawOffsets(x.entities(), normalized.text()), x.events(), x.relations(),
                List.of());
    }

    /** Fills each mention's rawStart/rawEnd from the offset map of the normalised text. */
    private static List<Entity> withRawOffsets(List<Entity> entities, TrackedText text) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : e.mentions()) {
                int[] raw = text.rawSpan(m.start(), m.end());
                ms.add(new Mention(m.text(), m.start(), m.end(), raw[0], raw[1]));
            }
            out.add(new Entity(e.id(), e.type(), e.name(), e.country(), ms));
        }
        return out;
    }
}
