package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The disagreement policy between patterns, gazetteers and backends, in one place:
 * <ol>
 *   <li>an organisation name swallows the places inside it (上海 in 上海市人民政府 is no mention; GOLD.md §2);</li>
 *   <li>otherwise the longer span wins (科克市 over 科克; 西班牙港 over 西班牙);</li>
 *   <li>at equal length the stronger source wins: pattern, then curated gazetteer, then weak evidence
 *   (CoreNLP's KBP list, a backend's NER label);</li>
 *   <li>a candidate overlapping one already kept is dropped — but a curated gazetteer's organisation over exactly the
 *   span of a pattern's gives it its canonical name (友城联合会 → 中国国际友好城市联合会).</li>
 * </ol>
 */
public final class MentionMerger {
    private MentionMerger() {
    }

    public static List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing((Candidate c) -> c.type() != EntityType.ORGANIZATION || c.source() == Candidate.Source.WEAK)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparing(c -> -c.source().rank)
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        for (Candidate c : sorted) {
            int clash = taken.nextSetBit(c.start());
            if (clash < 0 || clash >= c.end()) {
                kept.add(c);
                taken.set(c.start(), c.end());
            } else if (c.type() == EntityType.ORGANIZATION && c.source() == Candidate.Source.GAZETTEER) {
                for (int k = 0; k < kept.size(); k++) {
                    Candidate w = kept.get(k);
                    if (w.type() == EntityType.ORGANIZATION && w.start() == c.start() && w.end() == c.end()) {
                        kept.set(k, new Candidate(w.start(), w.end(), w.type(), c.name(), w.country(), w.source()));
                    }
                }
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }
}
