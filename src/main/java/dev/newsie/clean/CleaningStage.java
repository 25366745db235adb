package dev.newsie.clean;

import dev.newsie.decode.DecodedPage;
import dev.newsie.pipeline.StageException;
import dev.newsie.text.TrackedText;

/**
 * The clean stage: HTML or text-dump cleaning by page kind, then pinyin annotations and forum jammer strings
 * removed. A page with no Chinese article text left (junk only, or another language) is an error, not an empty record.
 */
public final class CleaningStage implements dev.newsie.pipeline.Stage<DecodedPage, Article> {
    public static final String STAGE = "clean";
    /** Fewer Han characters than this in the cleaned body: not a Chinese article. */
    static final int MIN_ARTICLE_HAN = 20;

    private final HtmlCleaner html;
    private final TextDumpCleaner text;
    private final PinyinAnnotationRemover pinyin = new PinyinAnnotationRemover();
    private final JammerStringRemover jammer = new JammerStringRemover();

    public CleaningStage(LineClassifier classifier) {
        this.html = new HtmlCleaner(classifier);
        this.text = new TextDumpCleaner(classifier);
    }

    @Override
    public String name() {
        return STAGE;
    }

    @Override
    public Article apply(DecodedPage page) {
        return clean(page);
    }

    public Article clean(DecodedPage page) {
        Article a = page.html() ? html.clean(page) : text.clean(page);
        TrackedText body = jammer.remove(pinyin.remove(a.body()));
        int han = LineClassifier.hanCount(body.text());
        if (han < MIN_ARTICLE_HAN) {
            int allHan = LineClassifier.hanCount(page.text());
            throw new StageException(STAGE, allHan < MIN_ARTICLE_HAN
                    ? "not a Chinese page (" + allHan + " Han characters in " + page.text().length() + ")"
                    : "no article text found (only navigation, lists or junk; " + han + " Han characters kept)");
        }
        String title = a.title() == null ? null : jammer.remove(pinyin.remove(TrackedText.identity(a.title())).text());
        return new Article(title, a.published(), a.source(), a.reporter(), body);
    }
}
