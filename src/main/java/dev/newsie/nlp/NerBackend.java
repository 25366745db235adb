package dev.newsie.nlp;

/**
 * An analysis backend: segments a normalised text and recognises named entities, with labels mapped to
 * GOLD.md types. One instance is shared by every worker thread; implementations must be thread-safe.
 */
public interface NerBackend {
    Analysis analyse(String text);

    /**
     * The same, given another backend's segmentation of the text; a backend that can reuse those tokens instead
     * of segmenting again overrides this.
     */
    default Analysis analyse(String text, Analysis segmentation) {
        return analyse(text);
    }

    /** The name used by {@code --ner} and in reports. */
    String name();
}
