package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.nlp.Token;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 市长某某率政府代表团, 领事某某希望总领馆加强合作, 代表团5日访问某郡厅: the segmenter reads a clause's subject, its verb
 * and the body after it as one organisation. Where a verb of an official's act ({@code models/clause-verbs.tsv})
 * follows a subject — a person's name, a title and a name, or a date — inside such a span, the body is named after
 * the verb. A verb after any other word (新希望集团, 某某访问学者协会) is part of the name and stays.
 */
final class ClauseVerbs {
    /** The rows of {@code models/clause-verbs.tsv}, read once. */
    private static final List<ModelFile.Row> ROWS = ModelFile.read("clause-verbs.tsv", 1);
    /** A day or month right before the verb: the clause's time. */
    private static final Pattern DATE_BEFORE = Pattern.compile("\\d{1,2}[日月号]$");
    /** How many characters of a given name a titled subject has after its title. */
    private static final Pattern GIVEN_AFTER_TITLE = Pattern.compile("\\p{IsHan}{2,4}$");
    /**
     * 率团, 组团, 带团, 率队, 率代表团 right before the verb: a leader's act of leading a delegation, whose visit the verb
     * tells (某某率团访问某市议会); the segmenter may join 团 and the verb to the body.
     */
    private static final Pattern LED_DELEGATION = Pattern.compile("(?:[率组带]团|率队|率代表团)$");
    /** How far back a titled subject is looked for. */
    private static final int SUBJECT_REACH = 10;

    private final List<String> verbs;
    private final List<String> titles;

    ClauseVerbs(List<String> verbs, List<String> titles) {
        this.verbs = verbs.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.titles = List.copyOf(titles);
    }

    static ClauseVerbs load() {
        return new ClauseVerbs(listed(),
                ModelFile.read("person-titles.tsv", 1).stream().map(r -> r.get(0)).toList());
    }

    /** The verbs of {@code models/clause-verbs.tsv}, as listed (other rules end a name's run at them too). */
    static List<String> listed() {
        return ROWS.stream().map(r -> r.get(0)).toList();
    }


    /** The verbs whose subject acts for the page's own side (OWN in the second column: 率, 带领, 感谢). */
    static List<String> ownSide() {
        return ROWS.stream().filter(r -> "OWN".equals(r.get(1))).map(r -> r.get(0)).toList();
    }

    /**
     * Where the body's name starts once the subject and verb are cut, or {@code start} when the span holds no
     * such clause. Only verbs before the head noun count.
     */
    int nameStart(String text, List<Token> tokens, int start, int end, String head, java.util.function.Predicate<String> namesBody) {
        int cut = start;
        for (int k = opensClause(text, start) ? start : start + 1; k < end - head.length(); k++) {
            for (String v : verbs) {
                if (text.startsWith(v, k) && k + v.length() <= end - head.length() && hasSubject(text, tokens, start, k, namesBody)) {
                    cut = k + v.length();
                    break;
                }
            }
        }
        return cut;
    }

    /** Punctuation before a span: a verb opening it has its subject earlier in the sentence (…情况,希望总领馆…). */
    private static final String CLAUSE_OPENERS = ",，;；:：、。";

    private static boolean opensClause(String text, int start) {
        return start == 0 || CLAUSE_OPENERS.indexOf(text.charAt(start - 1)) >= 0;
    }

    /**
     * Whether what ends at {@code k} is a verb's subject: a date, a person's name token, or a title and a name
     * (what {@code namesBody} reads as a body's name is none).
     */
    private boolean hasSubject(String text, List<Token> tokens, int start, int k, java.util.function.Predicate<String> namesBody) {
        if (k == start) {
            return true; // the verb opens a clause whose subject came before the punctuation
        }
        String before = text.substring(Math.max(0, k - SUBJECT_REACH), k);
        if (DATE_BEFORE.matcher(before).find() || LED_DELEGATION.matcher(before).find()) {
            return true; // 5日访问某郡厅, 率团访问某市议会
        }
        for (Token t : tokens) {
            if (t.end() == k && t.start() >= start && t.tag().startsWith("nr") && t.word().length() >= 2) {
                return true;
            }
        }
        java.util.regex.Matcher given = GIVEN_AFTER_TITLE.matcher(before);
        if (!given.find()) {
            return false;
        }
        for (int g = given.start(); g <= before.length() - 2; g++) {
            String titled = before.substring(0, g), name = before.substring(g);
            if (titles.stream().anyMatch(titled::endsWith) && !namesBody.test(name)) { // 市长协会考察团: a body, no name
                return true;
            }
        }
        return false;
    }
}
