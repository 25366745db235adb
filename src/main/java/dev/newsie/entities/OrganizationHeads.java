package dev.newsie.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The head nouns that end an organisation's name (协会, 组织, 政府, 公司, 部… from {@code models/org-suffixes.tsv}),
 * longest first, so 委员会 is found before 会.
 */
final class OrganizationHeads {
    /** Events (论坛, 大会) and awards (奖) are not organisations (GOLD.md §2). */
    static final Set<String> EVENT_WORDS = Set.of("论坛", "大会", "年会", "会议", "峰会", "博览会", "交流会", "对话", "奖");

    private final List<String> heads;
    /** The heads by their last character, longest first: names are tried at every token, so the lookup is by index. */
    private final Map<Character, List<String>> headsByLast;

    /** The head nouns of {@code models/org-suffixes.tsv}, read once per process for every class that needs them. */
    private static final List<String> HEAD_NOUNS = dev.newsie.canon.ModelFile.read("org-suffixes.tsv", 1).stream()
            .map(r -> r.get(0)).distinct().toList();

    /** The head nouns of {@code models/org-suffixes.tsv}, in file order. */
    static List<String> headNouns() {
        return HEAD_NOUNS;
    }

    OrganizationHeads(List<String> heads) {
        List<String> h = new ArrayList<>(heads);
        h.sort(Comparator.comparingInt(String::length).reversed());
        this.heads = List.copyOf(h);
        Map<Character, List<String>> byLast = new HashMap<>();
        for (String head : this.heads) {
            if (!head.isEmpty()) {
                byLast.computeIfAbsent(head.charAt(head.length() - 1), c -> new ArrayList<>()).add(head);
            }
        }
        byLast.replaceAll((c, list) -> List.copyOf(list));
        this.headsByLast = Map.copyOf(byLast);
    }

    /** The longest head noun {@code word} ends in, or null. */
    String headAt(String word) {
        if (word.isEmpty()) {
            return heads.contains("") ? "" : null;
        }
        for (String h : headsByLast.getOrDefault(word.charAt(word.length() - 1), List.of())) {
            if (word.endsWith(h)) {
                return h;
            }
        }
        return null;
    }

    /** Whether a name ends in an organisation head noun and names no event. */
    boolean hasHead(String name) {
        return headAt(name) != null && EVENT_WORDS.stream().noneMatch(name::contains);
    }

    int longestHeadAtEnd(String name) {
        String h = headAt(name);
        return h == null ? 0 : h.length();
    }

    /** 局长, 厅长, 部长, 署长: a one-character head noun and 长. */
    boolean titleOfHead(String word) {
        return word.length() == 2 && word.charAt(1) == '长' && heads.contains(word.substring(0, 1));
    }

    /** The head nouns, longest first. */
    List<String> all() {
        return heads;
    }
}
