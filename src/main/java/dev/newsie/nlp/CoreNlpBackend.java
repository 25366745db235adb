package dev.newsie.nlp;

import dev.newsie.model.EntityType;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP with its Chinese models: segmenter and NER with the fine-grained KBP regexner
 * (CITY, STATE_OR_PROVINCE, COUNTRY, ORGANIZATION, PERSON…). Loading takes 20–25 s and needs a heap of at
 * least 2.25 GB (3 GB recommended; BASELINES.md), so one pipeline is built per process and shared:
 * {@link StanfordCoreNLP#annotate} is safe to call from several threads on separate documents (the
 * CoreNLP server does exactly this).
 */
public final class CoreNlpBackend implements NerBackend {
    private static CoreNlpBackend withFineLabels;
    private static CoreNlpBackend withoutFineLabels;
    private final StanfordCoreNLP pipeline;

    private CoreNlpBackend(boolean fineLabels) {
        Properties p = StringUtils.argsToProperties("-props", "StanfordCoreNLP-chinese.properties");
        // The Chinese NER model reads words and their distributional clusters, not POS tags: without pos and lemma it
        // finds the same mentions 3.7 times as fast (measured on the development set), so those two are not run.
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        // The fine-grained KBP regexner turns GPE into CITY, STATE_OR_PROVINCE, COUNTRY…; it changes no person or
        // organisation label, so callers keeping only those can do without its pass over every token.
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineLabels));
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The process-wide pipeline, loaded on first use (extractors are built once per process, so a lock is cheap). */
    public static synchronized CoreNlpBackend shared() {
        if (withFineLabels == null) {
            withFineLabels = load(true);
        }
        return withFineLabels;
    }

    /**
     * The process-wide pipeline without the fine-grained place labels (places come out as GPE, typed CITY), for
     * callers that keep only people and organisations; CoreNLP's annotator cache lets it share the segmenter with
     * {@link #shared()}.
     */
    public static synchronized CoreNlpBackend sharedWithoutFineLabels() {
        if (withoutFineLabels == null) {
            withoutFineLabels = load(false);
        }
        return withoutFineLabels;
    }

    private static CoreNlpBackend load(boolean fineLabels) {
        requireHeap();
        return new CoreNlpBackend(fineLabels);
    }

    private static void requireHeap() {
        long max = Runtime.getRuntime().maxMemory();
        if (max < 2_250L << 20) {
            throw new IllegalStateException("CoreNLP's Chinese models need a heap of at least 2.25 GB; this JVM has "
                    + (max >> 20) + " MB (run with -Xmx3g, or NEWSIE_HEAP=3g for ./newsie)");
        }
    }

    @Override
    public Analysis analyse(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel t : doc.tokens()) {
            tokens.add(new Token(t.beginPosition(), t.endPosition(), t.word(), t.tag() == null ? "" : t.tag())); // no POS is run
        }
        List<BackendMention> mentions = new ArrayList<>();
        if (doc.entityMentions() != null) {
            for (CoreEntityMention m : doc.entityMentions()) {
                EntityType type = typeOf(m.entityType());
                if (type != null) {
                    int s = m.charOffsets().first(), e = m.charOffsets().second();
                    mentions.add(new BackendMention(s, e, text.substring(s, e), type, m.entityType()));
                }
            }
        }
        return new Analysis(tokens, mentions);
    }

    /** Fine KBP labels map directly; the coarse GPE label (unlisted places) is taken as a CITY. */
    static EntityType typeOf(String label) {
        return switch (label) {
            case "CITY", "GPE" -> EntityType.CITY;
            case "STATE_OR_PROVINCE" -> EntityType.PROVINCE;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "PERSON" -> EntityType.PERSON;
            default -> null;
        };
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
