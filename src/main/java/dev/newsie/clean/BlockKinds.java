package dev.newsie.clean;

import dev.newsie.text.TrackedText;

import java.util.List;

/**
 * The line kind of each block of one HTML page, classified once when first asked: choosing the container, finding
 * the first paragraph, the dateline, the body and the tail lines ask about the same blocks up to five times, and
 * classifying (script conversion and the cleaning rules) is the costly part of cleaning. The classifier strips the
 * line itself, so a block's stripped text has the block's kind.
 */
final class BlockKinds {
    private final LineClassifier classifier;
    private final List<TrackedText> texts;
    private final LineKind[] kinds;

    BlockKinds(LineClassifier classifier, List<TrackedText> texts) {
        this.classifier = classifier;
        this.texts = texts;
        this.kinds = new LineKind[texts.size()];
    }

    LineKind of(int block) {
        LineKind k = kinds[block];
        if (k == null) {
            k = classifier.classify(texts.get(block).text());
            kinds[block] = k;
        }
        return k;
    }
}
