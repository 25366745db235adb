package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backoff for sister-city relations, heard only in sentences no relation pattern matched and only for pairs not
 * known already. The fact it states: a clause (between commas or semicolons) that names twinning — a noun of
 * {@code models/events/twinning-backoff.tsv}: 友好城市, 友城, 姊妹市, 结好 … — and no plan (意向, 拟, 希望 …) in its
 * stretch between semicolons states a pair between its one Chinese place and each foreign place it names; where it
 * joins places by 与/和/同 (甲与乙、丙与丁), each Chinese place joined to a foreign one is the pair instead. A place
 * after 在 is where the act happened, not a side; a clause naming no Chinese place takes 我市/我省 as the page's home
 * place, or opens with 与 after a semicolon and takes the sentence's first Chinese place as its subject.
 *
 * <p>Its {@code since}: a jubilee's start (结好30周年, counted as {@link AnniversaryYear} does), else the one date the
 * stretch gives, else — where the clause tells the act (签署, 缔结 …) and not a state (以来, 已与, 陆续 …) — the last
 * full date told before the sentence.
 *
 * <p>Why: the genre states twinnings in more shapes than any list of patterns holds. Measured alone on the study
 * pool (corpus, odd half, round-15 study probes; every relation it would say, whatever the patterns said): relations
 * precision 0.97, recall 0.62 (77 right, 2 wrong); since precision 0.89 on the pairs it finds (25 right, 3 wrong).
 */
final class TwinningBackoff {
    /** One stated pair, with its start if the sentence gives one. */
    record Pair(String a, String b, String since) {
    }

    private static final Pattern JUBILEE = Pattern.compile("(\\d{1,3})周年");

    private final List<String> nouns = new ArrayList<>();
    private final List<String> plans = new ArrayList<>();
    private final List<String> acts = new ArrayList<>();
    private final List<String> states = new ArrayList<>();

    TwinningBackoff() {
        for (ModelFile.Row r : ModelFile.read("events/twinning-backoff.tsv", 2)) {
            switch (r.get(0)) {
                case "NOUN" -> nouns.add(r.get(1));
                case "PLAN" -> plans.add(r.get(1));
                case "ACT" -> acts.add(r.get(1));
                case "STATE" -> states.add(r.get(1));
                default -> throw r.error("unknown role '" + r.get(0) + "'");
            }
        }
    }

    /**
     * Adds the pairs of every sentence no relation pattern matched, each only where the pair is not known already.
     */
    void fill(DocumentContext ctx, EventLexicon lexicon, FoundRelations out) {
        for (int i = 0; i < ctx.masked.size(); i++) {
            MaskedSentence ms = ctx.masked.get(i);
            if (lexicon.relationPatterns().stream().anyMatch(p -> p.pattern().matcher(ms.masked()).find())) {
                continue;
            }
            for (Pair p : pairs(ctx, i, ctx.resolver.anchorYear())) {
                if (!out.has(p.a(), p.b())) {
                    out.put(p.a(), p.b(), p.since(), new dev.newsie.model.Span(ms.sentence().start(), ms.sentence().end()));
                }
            }
        }
    }

    /** One run of place slots: the last place of an administrative chain, where it lies in the masked sentence. */
    private record Chain(Entity place, int start, int end) {
    }

    /** The pairs a sentence states by this default, none where it names no twinning or only plans one. */
    List<Pair> pairs(DocumentContext ctx, int index, Integer pageYear) {
        MaskedSentence ms = ctx.masked.get(index);
        String m = ms.masked();
        // clauses [from, to) inside the stretch between semicolons [outerFrom, outerTo), which dates them
        List<int[]> clauses = new ArrayList<>();
        int outer = 0;
        for (int k = 0; k <= m.length(); k++) {
            if (k == m.length() || m.charAt(k) == '；' || m.charAt(k) == ';') {
                int from = outer;
                for (int q = outer; q <= k; q++) {
                    if (q == k || m.charAt(q) == ',' || m.charAt(q) == '，') {
                        clauses.add(new int[]{from, q, outer, k});
                        from = q + 1;
                    }
                }
                outer = k + 1;
            }
        }
        List<Pair> out = new ArrayList<>();
        String subject = null;
        for (int[] c : clauses) {
            String clause = m.substring(c[0], c[1]);
            String stretch = m.substring(c[2], c[3]);
            List<Chain> chains = chains(ms, c[0], c[1]);
            String firstHome = chains.stream().filter(x -> !isForeign(x.place())).map(x -> x.place().name()).findFirst().orElse(null);
            String own = subject;
            if (subject == null) {
                subject = firstHome;
            }
            if (firstNoun(clause) < 0 || plans.stream().anyMatch(stretch::contains)) {
                continue;
            }
            int[] dating = {c[2], c[3]};
            String since = dated(ctx, index, ms, dating, m.substring(0, c[3]), pageYear);
            // 甲与乙、丙与丁…: each Chinese place joined to a foreign one is a pair, however many the clause names
            List<Pair> joined = new ArrayList<>();
            for (int k = 0; k + 1 < chains.size(); k++) {
                Chain x = chains.get(k), y = chains.get(k + 1);
                if (y.start() == x.end() + 1 && "与和同與".indexOf(m.charAt(x.end())) >= 0 && isForeign(x.place()) != isForeign(y.place())) {
                    Chain h = isForeign(x.place()) ? y : x, f = isForeign(x.place()) ? x : y;
                    joined.add(new Pair(h.place().name(), f.place().name(), since));
                }
            }
            if (!joined.isEmpty()) {
                out.addAll(joined);
                continue;
            }
            Map<String, Entity> home = new LinkedHashMap<>(), foreign = new LinkedHashMap<>();
            for (Chain x : chains) {
                if (x.start() > 0 && (m.charAt(x.start() - 1) == '在')) {
                    continue; // 在甲签署: the place of the act, not a side
                }
                (isForeign(x.place()) ? foreign : home).put(x.place().name(), x.place());
            }
            List<String> homes = new ArrayList<>(home.keySet());
            if (homes.isEmpty()) {
                String h = clause.contains("我省") || clause.contains("本省") ? ctx.homePlace('省')
                        : clause.contains("我市") || clause.contains("本市") ? ctx.homePlace('市') : null;
                if (h == null && c[0] == c[2] && clause.startsWith("与")) {
                    h = own; // ;与乙签署…: the subject of the sentence's first clause
                }
                if (h != null) {
                    homes.add(h);
                }
            }
            if (homes.size() != 1 || foreign.isEmpty()) {
                continue;
            }
            for (String f : foreign.keySet()) {
                if (!f.equals(homes.get(0))) {
                    out.add(new Pair(homes.get(0), f, since));
                }
            }
        }
        return out;
    }

    /** The start by the dates the clause gives: its one date, a jubilee's start, or for an act the date told before. */
    private String dated(DocumentContext ctx, int index, MaskedSentence ms, int[] c, String upTo, Integer pageYear) {
        java.util.Set<String> dates = new java.util.LinkedHashSet<>();
        for (DateResolver.DateMention d : ctx.dates.get(index)) {
            int at = ms.maskedPos(d.start());
            if (at >= c[0] && at < c[1] && d.first() != null) {
                dates.add(d.first());
            }
        }
        Matcher j = JUBILEE.matcher(upTo.substring(c[0]));
        if (j.find()) {
            return AnniversaryYear.start(upTo.substring(0, c[0] + j.start()), pageYear, j.group(1));
        }
        if (dates.size() == 1) {
            return dates.iterator().next();
        }
        String clause = upTo.substring(c[0]);
        if (dates.isEmpty() && acts.stream().anyMatch(clause::contains) && states.stream().noneMatch(clause::contains)) {
            for (int k = index - 1; k >= 0; k--) {
                for (DateResolver.DateMention d : ctx.dates.get(k)) {
                    if (d.first() != null && d.first().length() == 10) {
                        return d.first();
                    }
                }
            }
        }
        return null;
    }

    private static List<Chain> chains(MaskedSentence ms, int from, int to) {
        String m = ms.masked();
        List<Chain> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (m.charAt(i) != MaskedSentence.PLACE) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && m.charAt(j) == MaskedSentence.PLACE) {
                j++;
            }
            MaskedSentence.Slot last = ms.lastPlace(i, j);
            if (last != null && last.entity().type() != EntityType.COUNTRY) {
                out.add(new Chain(last.entity(), i, j));
            }
            i = j;
        }
        return out;
    }

    private int firstNoun(String m) {
        int best = -1;
        for (String n : nouns) {
            int k = m.indexOf(n);
            if (k >= 0 && (best < 0 || k < best)) {
                best = k;
            }
        }
        return best;
    }

    private static boolean isForeign(Entity e) {
        return e.country() != null && !e.country().equals("中国");
    }
}
