package dev.newsie.pipeline;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.clean.Article;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import dev.newsie.nlp.BackendMention;
import dev.newsie.nlp.NerBackend;
import dev.newsie.normalize.NormalizedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline: one backend's NER alone, its labels mapped to GOLD.md types and names canonicalised, no
 * gazetteer, no patterns, no events. Kept in every corpus evaluation so newsie's gain stays visible.
 */
public final class BackendOnlyExtractor implements ArticleExtractor {
    private final NerBackend backend;
    private final CanonicalNames names;

    public BackendOnlyExtractor(NerBackend backend, CanonicalNames names) {
        this.backend = backend;
        this.names = names;
    }

    @Override
    public Extraction extract(Article article, NormalizedText text) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (BackendMention m : backend.analyse(text.text().text()).mentions()) {
            String name = names.canonical(m.text(), m.type());
            String key = m.type() + " " + name;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(m.text(), m.start(), m.end(), -1, -1));
            types.put(key, m.type());
        }
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
            String key = e.getKey();
            out.add(new Entity("e" + (++n), types.get(key), key.substring(key.indexOf(' ') + 1), null, e.getValue()));
        }
        return new Extraction(out, List.of(), List.of());
    }
}
