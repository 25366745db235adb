package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;

/** Cuts the article out of a decoded page. Implementations never modify their input. */
public interface ArticleCleaner {
    Article clean(DecodedPage page);
}
