package dev.newsie.pipeline;

import dev.newsie.clean.Article;
import dev.newsie.normalize.NormalizedText;

/**
 * The analysis half of the pipeline (analyse, entities, events): from a normalised article to entities,
 * events and relations. Implementations are shared by all worker threads and must be thread-safe.
 */
public interface ArticleExtractor {
    Extraction extract(Article article, NormalizedText text);

    /** The extractor of {@code newsie clean}: adds nothing. */
    ArticleExtractor NONE = (article, text) -> Extraction.EMPTY;
}
