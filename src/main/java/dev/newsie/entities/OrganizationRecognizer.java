package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Recognises organisation names by their head noun (协会, 组织, 政府, 公司, 部… from
 * {@code models/org-suffixes.tsv}): a token ending in such a word, extended left over the nouns and proper
 * nouns before it. A name needs a proper noun or a place inside it, so generic phrases (地方政府) are not
 * taken; events (论坛, 大会) and awards (奖) are not organisations (GOLD.md §2).
 */
public final class OrganizationRecognizer {
    /** Most tokens an organisation name spans. */
    static final int MAX_TOKENS = 8;
    private static final Set<String> EVENT_WORDS = Set.of("论坛", "大会", "年会", "会议", "峰会", "博览会", "交流会", "对话", "奖");

    private final List<String> heads;

    public OrganizationRecognizer(List<String> heads) {
        List<String> h = new ArrayList<>(heads);
        h.sort(Comparator.comparingInt(String::length).reversed());
        this.heads = List.copyOf(h);
    }

    public static OrganizationRecognizer load() {
        return new OrganizationRecognizer(ModelFile.read("org-suffixes.tsv", 1).stream().map(r -> r.get(0)).toList());
    }

    /** @param places place candidates, which count as proper nouns inside a name */
    public List<Candidate> recognize(String text, List<Token> tokens, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            String h = headAt(head.word());
            if (h == null) {
                continue;
            }
            int first = i;
            boolean proper = isProper(head) && !head.word().equals(h);
            while (first > 0 && i - first + 1 < MAX_TOKENS && isNameToken(tokens.get(first - 1))
                    && tokens.get(first - 1).end() == tokens.get(first).start()) {
                first--;
                proper |= isProper(tokens.get(first));
            }
            int start = tokens.get(first).start(), end = head.end();
            if (first == i && head.word().equals(h)) {
                continue; // a bare head noun (政府, 协会) names nothing
            }
            for (Candidate p : places) {
                if (p.start() >= start && p.end() <= end && p.type() != EntityType.ORGANIZATION) {
                    proper = true;
                }
            }
            String name = text.substring(start, end);
            if (!proper || end - start < 3 || EVENT_WORDS.stream().anyMatch(name::contains)) {
                continue;
            }
            out.add(new Candidate(start, end, EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN));
        }
        return out;
    }

    /** Whether a name ends in an organisation head noun. */
    public boolean hasHead(String name) {
        return headAt(name) != null && EVENT_WORDS.stream().noneMatch(name::contains);
    }

    private String headAt(String word) {
        for (String h : heads) {
            if (word.endsWith(h)) {
                return h;
            }
        }
        return null;
    }

    /** Nouns, proper nouns, noun-like verbs and distinguishing words may stand inside a name. */
    private static boolean isNameToken(Token t) {
        String tag = t.tag();
        if (t.word().equals("-") || t.word().equals("—")) {
            return true;
        }
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("j") || tag.equals("b") || tag.equals("gi")
                || tag.equals("nz") || tag.equals("an") || tag.equals("a") || tag.equals("vd") || tag.equals("ag");
    }

    private static boolean isProper(Token t) {
        String tag = t.tag();
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("nz") || tag.equals("nx");
    }
}
