package dev.newsie.pipeline;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.entities.EntityRecognizer;
import dev.newsie.events.EventExtractor;
import dev.newsie.nlp.CoreNlpBackend;
import dev.newsie.nlp.CoreNlpNearNames;
import dev.newsie.nlp.HanLpBackend;
import dev.newsie.nlp.NameWindows;

import java.util.List;

/**
 * Builds the extractor that {@code --ner} names. Models are loaded here, once per process.
 * <ul>
 *   <li>{@code default}: the configuration that scores best at batch speed (see README): {@value #DEFAULT}</li>
 *   <li>{@code hanlp}, {@code corenlp}: newsie with that backend's NER as weak evidence;</li>
 *   <li>{@code corenlp-near-names}: newsie with CoreNLP's people and organisations, read only around the words
 *   HanLP tags as names ({@link CoreNlpNearNames});</li>
 *   <li>{@code gazetteer}: newsie's gazetteers and patterns with no backend NER;</li>
 *   <li>{@code hanlp-only}, {@code corenlp-only}: the backend alone, labels mapped (baselines).</li>
 * </ul>
 */
public final class Extractors {
    public static final String DEFAULT = "corenlp-near-names";
    public static final List<String> NAMES = List.of("default", "hanlp", "corenlp", "corenlp-near-names", "gazetteer", "hanlp-only", "corenlp-only");

    private Extractors() {
    }

    public static ArticleExtractor create(String ner, CanonicalNames names) {
        String n = ner.equals("default") ? DEFAULT : ner;
        HanLpBackend hanlp = new HanLpBackend();
        return switch (n) {
            case "hanlp" -> new NewsieExtractor(hanlp, hanlp, EntityRecognizer.load(names), EventExtractor.load(names));
            case "corenlp" -> new NewsieExtractor(hanlp, CoreNlpBackend.shared(), EntityRecognizer.load(names), EventExtractor.load(names));
            case "corenlp-near-names" -> new NewsieExtractor(hanlp, new CoreNlpNearNames(CoreNlpBackend.sharedWithoutFineLabels(), hanlp, NameWindows.load()),
                    EntityRecognizer.load(names), EventExtractor.load(names));
            case "gazetteer" -> new NewsieExtractor(hanlp, null, EntityRecognizer.load(names), EventExtractor.load(names));
            case "hanlp-only" -> new BackendOnlyExtractor(hanlp, names);
            case "corenlp-only" -> new BackendOnlyExtractor(CoreNlpBackend.shared(), names);
            default -> throw new IllegalArgumentException("unknown --ner '" + ner + "' (one of " + String.join(", ", NAMES) + ")");
        };
    }
}
