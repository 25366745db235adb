package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mends the segmenter's tokens around head nouns before names are read: a head split in two is joined again, and an
 * organisation token that runs past its head into a following noun is cut at the head.
 */
final class HeadTokens {
    /** Words that alone before a head noun say what kind of body it is (友好协会, 国际组织), not which one. */
    private static final Set<String> KIND_MODIFIERS = Set.of("友好", "国际", "民间", "地方", "双边", "多边", "友城", "姐妹", "姊妹",
            "相关", "有关", "当地", "两国", "两市", "双方");

    /** First letters of the tags of verbs, adverbs, prepositions and conjunctions. */
    private static final Set<String> VERB_LIKE = Set.of("v", "d", "p", "c");


    private final OrganizationHeads heads;
    private final Set<String> generic;

    HeadTokens(OrganizationHeads heads, Set<String> generic) {
        this.heads = heads;
        this.generic = generic;
    }

    /**
     * Group nouns the segmenter reads into one organisation token with the body that sent the group (洛杉矶港务局代表团,
     * 政府代表团 after 洛杉矶市): the group is no body of its own, the one before it is.
     */
    private static final List<String> DELEGATIONS = List.of("代表团", "访问团", "考察团", "经贸团", "交流团", "友好团");

    /** An organisation token ending in a group noun is cut into the body's token and the group's (政府/nt + 代表团/n). */
    List<Token> splitDelegations(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String group = t.tag().startsWith("nt") ? DELEGATIONS.stream().filter(t.word()::endsWith).findFirst().orElse(null) : null;
            String body = group == null ? null : t.word().substring(0, t.word().length() - group.length());
            if (body == null || body.length() < 2 || heads.headAt(body) == null
                    || KIND_MODIFIERS.contains(body.substring(0, body.length() - heads.longestHeadAtEnd(body)))) {
                out.add(t); // 友好协会代表团: a kind of body (友好) sent it, no named one
                continue;
            }
            int cut = t.end() - group.length();
            out.add(new Token(t.start(), cut, body, t.tag()));
            out.add(new Token(cut, t.end(), group, "n"));
        }
        return out;
    }

    /**
     * 神户市 + 役 + 所, 商工 + 会议 + 所: the segmenter splits a two-character head noun whose last character is also
     * a particle or suffix; the tokens are joined again so the head is found.
     */
    /** Whether a head found on two joined words reaches into the first, so neither word alone held it. */
    private static boolean spansBoth(String head, Token second) {
        return head != null && head.length() > second.word().length();
    }

    List<Token> joinSplitHeads(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && t.word().length() == 1 && prev.end() == t.start() && heads.headAt(prev.word()) == null
                    && !VERB_LIKE.contains(t.tag().substring(0, 1)) // 王总 + 会 (will) + 见: a verb or adverb is no head's end
                    && Character.UnicodeScript.of(t.word().charAt(0)) == Character.UnicodeScript.HAN) {
                String joined = prev.word() + t.word();
                String h = heads.headAt(joined);
                if (h != null && h.length() >= 2) {
                    out.set(out.size() - 1, new Token(prev.start(), t.end(), joined, "n"));
                    continue;
                }
            }
            if (prev != null && t.word().length() > 1 && prev.end() == t.start() && heads.headAt(t.word()) == null
                    && heads.headAt(prev.word()) == null && spansBoth(heads.headAt(prev.word() + t.word()), t)) {
                // 建国/vi + 阵线/n: a listed head the segmenter cut into two words (a verb and a noun) is still one head
                out.set(out.size() - 1, new Token(prev.start(), t.end(), prev.word() + t.word(), "n"));
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The segmenter's organisation token sometimes runs past the name into a following noun (杭州市人民对外友好协会
     * 代表团): the name ends at the last head noun inside it.
     */
    Candidate headInside(Token t) {
        if (!t.tag().startsWith("nt") || heads.headAt(t.word()) != null) {
            return null;
        }
        int best = -1;
        for (String h : heads.all()) {
            int at = t.word().lastIndexOf(h);
            // a head noun may follow a level word inside one token (市政府代表团 → 市政府, the city's government)
            if (h.length() >= 2 && (at >= 2 || (at == 1 && dev.newsie.canon.PlaceLevelWords.isCommon(t.word().charAt(0)))) && at + h.length() > best) {
                best = at + h.length();
            }
        }
        if (best < 0) {
            return null;
        }
        String name = t.word().substring(0, best);
        if (OrganizationHeads.EVENT_WORDS.stream().anyMatch(name::contains) || generic.stream().anyMatch(name::endsWith)
                || KIND_MODIFIERS.contains(name.substring(0, name.length() - heads.longestHeadAtEnd(name)))) {
            return null; // 友好协会代表团: 友好 says what kind of association, it names none
        }
        return new Candidate(t.start(), t.start() + best, EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }
}
