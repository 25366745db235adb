package dev.newsie.entities;

import dev.newsie.events.PhotoPositions;
import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * HanLP's person-name tokens (nr, nrf) taken where the text gives evidence that they are names: a title
 * beside them, a verb of an official's act or a counted group after them, or a list joined to such a name.
 */
final class SegmenterNames {
    private final NameShapes shapes;

    SegmenterNames(NameShapes shapes) {
        this.shapes = shapes;
    }

    /** Longest person-name token of HanLP's (tag nr, nrf) taken beside a title. */
    static final int MAX_SEGMENTER_NAME = 6;
    /** Words that join two names in a list: 江一、王二与李三. */
    private static final String LIST_JOINS = "、与和及";

    /**
     * HanLP's person-name reading (nr, nrf) is taken where a title stands right before or after the name
     * (市长应勇手里, 王立明会长): the title is the evidence, the segmenter gives the name's end where no
     * verb or particle marks it; names joined to one found by 、, 与, 和 are in the same list.
     */
    void find(String text, List<dev.newsie.nlp.Token> tokens, List<Candidate> out, List<Candidate> places) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        out.forEach(c -> starts.add(c.start()));
        boolean[] taken = new boolean[tokens.size()];
        java.util.Set<Integer> unlistedTaken = new java.util.HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            dev.newsie.nlp.Token t = tokens.get(k);
            if (out.stream().anyMatch(c -> c.start() == t.start() && c.end() == t.end())) {
                taken[k] = true; // found by a title or a verb of speaking: its list partners are names too
                continue;
            }
            boolean listed = segmenterName(t, places);
            boolean unlisted = !listed && unlistedFamilyName(t, places);
            if (!unlisted && !listed) {
                continue;
            }
            boolean titleBefore = k > 0 && isTitleToken(tokens.get(k - 1)) && tokens.get(k - 1).end() == t.start()
                    && !NameShapes.GENERIC_TITLES.contains(tokens.get(k - 1).word());
            boolean titleAfter = k + 1 < tokens.size() && isTitleToken(tokens.get(k + 1)) && tokens.get(k + 1).start() == t.end()
                    && !(t.start() > 0 && text.charAt(t.start() - 1) == '驻'); // 驻圣文森大使: where the envoy is posted
            final int e = t.end();
            if (unlisted) {
                // 主任某某某宣读, 某某某秘书长率团: a family name too rare for the list, read as a name by the segmenter
                // and held between a title and the end of the name (a verb, a title, punctuation), is a name
                boolean closed = shapes.isBoundary(text, e) || k + 1 < tokens.size() && tokens.get(k + 1).start() == e
                        && (tokens.get(k + 1).tag().startsWith("v") || isTitleToken(tokens.get(k + 1)));
                // a title after the name counts only for a full three-character name: the segmenter also reads the
                // end of a glued word as a two-character name before a title (某某会长某某, 友城代表)
                boolean fullNameBeforeTitle = titleAfter && t.word().length() == MAX_UNLISTED
                        && !NameShapes.GENERIC_TITLES.contains(tokens.get(k + 1).word());
                // a two-character one only before punctuation or a verb: 团长某某女士 may name a family alone
                boolean shortClosed = t.word().length() == MAX_UNLISTED || e >= text.length()
                        || !Character.isLetterOrDigit(text.charAt(e)) || k + 1 < tokens.size() && tokens.get(k + 1).tag().startsWith("v");
                taken[k] = (titleBefore || fullNameBeforeTitle) && closed && shortClosed;
                unlistedTaken.add(k);
                continue;
            }
            // 王小明主持: a three-character name before a verb of an official's act (not 500余人出席)
            boolean actFollows = t.word().length() == 3 && (t.start() == 0 || !Character.isDigit(text.charAt(t.start() - 1)))
                    && (shapes.speechVerbs.stream().anyMatch(v -> text.startsWith(v, e)) || shapes.afterNameWords.stream().anyMatch(w -> text.startsWith(w, e)));
            // 王刚、李强等出席: a name closing a list with 等 before an official's act
            boolean groupActFollows = text.startsWith("等", e) && (shapes.speechVerbs.stream().anyMatch(v -> text.startsWith(v, e + 1))
                    || shapes.afterNameWords.stream().anyMatch(w -> text.startsWith(w, e + 1)));
            // 图为王小明（右）: a photo caption's position after the name
            boolean positionFollows = POSITION.matcher(text).region(e, Math.min(text.length(), e + 8)).lookingAt();
            // ，王小明曾多次…: a three-character name opening a clause as the subject of the segmenter's verb or adverb
            boolean clauseSubject = t.word().length() == 3 && shapes.listedSurnames.contains(t.word().substring(0, 1))
                    && (t.start() == 0 || CLAUSE_OPENERS.indexOf(text.charAt(t.start() - 1)) >= 0)
                    && k + 1 < tokens.size() && tokens.get(k + 1).start() == e
                    && (tokens.get(k + 1).tag().startsWith("v") || tokens.get(k + 1).tag().startsWith("d"));
            if (titleBefore || titleAfter || countedGroupFollows(text, e) || actFollows || groupActFollows || positionFollows || clauseSubject) {
                taken[k] = true;
            }
        }
        // 、-lists: a name token joined to a taken one by a list word is a name too, in both directions.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = 0; k + 2 < tokens.size(); k++) {
                dev.newsie.nlp.Token a = tokens.get(k), join = tokens.get(k + 1), b = tokens.get(k + 2);
                if (join.word().length() != 1 || LIST_JOINS.indexOf(join.word().charAt(0)) < 0 || taken[k] == taken[k + 2]) {
                    continue;
                }
                int other = taken[k] ? k + 2 : k;
                if (segmenterName(tokens.get(other), places) && (other == k ? a : b).word().length() >= 2) {
                    taken[other] = true;
                    changed = true;
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            dev.newsie.nlp.Token t = tokens.get(k);
            if (taken[k] && !starts.contains(t.start())) {
                // 鲍里/nr 索/vg 夫/ng: a shapes.transliteration the segmenter cut short goes on over single characters
                int end = t.end();
                for (int j = k + 1; !unlistedTaken.contains(k) && j < tokens.size() && tokens.get(j).start() == end && tokens.get(j).word().length() == 1
                        && shapes.transliteration.contains(tokens.get(j).word().charAt(0))
                        && NameShapes.NAME_END.indexOf(tokens.get(j).word().charAt(0)) < 0 && end - t.start() < MAX_SEGMENTER_NAME; j++) {
                    end = tokens.get(j).end();
                }
                if (end == t.end() || shapes.isBoundary(text, end)) {
                    out.add(new Candidate(t.start(), end, EntityType.PERSON, text.substring(t.start(), end), null, Candidate.Source.PATTERN));
                }
            }
        }
    }

    /** A position in a photo caption: （左）, （右二）, （前排左三）, （中）. */
    private static final Pattern POSITION = PhotoPositions.POSITION;
    /** What stands before a clause's first word: the text's start, punctuation, a line break, an opening quote. */
    private static final String CLAUSE_OPENERS = "，,。；;：:！？!?\n“「";

    /** 郭某某等13人: a name closing a list of people counted after 等. */
    private static final Pattern COUNTED_GROUP = Pattern.compile("等\\s*[0-9一二三四五六七八九十百两几多]+\\s*(?:人|名|位)");

    private static boolean countedGroupFollows(String text, int pos) {
        return COUNTED_GROUP.matcher(text).region(pos, Math.min(text.length(), pos + 10)).lookingAt();
    }

    /** A person-name token of HanLP's that starts with a listed family name or is a shapes.transliteration (nrf). */
    private boolean segmenterName(dev.newsie.nlp.Token t, List<Candidate> places) {
        int n = t.end() - t.start();
        if (!(t.tag().equals("nr") || t.tag().equals("nrf")) || n < 2 || n > MAX_SEGMENTER_NAME
                || !NameShapes.allHan(t.word(), 0, t.word().length())
                || places.stream().anyMatch(p -> p.start() < t.end() && p.end() > t.start())) {
            return false;
        }
        boolean surname = shapes.opensWithSurname(t.word());
        return surname ? n <= 4 : t.tag().equals("nrf") || t.word().chars().allMatch(c -> shapes.transliteration.contains((char) c));
    }

    /** Fewest and most characters of a segmenter's name whose family name is not listed: 某某, 某某某. */
    private static final int MIN_UNLISTED = 2, MAX_UNLISTED = 3;

    /**
     * A person-name token of HanLP's (nr) of two or three Han characters that opens with no listed family name
     * (the list holds the commonest ones only) and is no transliteration: taken only beside a title.
     */
    private boolean unlistedFamilyName(dev.newsie.nlp.Token t, List<Candidate> places) {
        int n = t.end() - t.start();
        return t.tag().equals("nr") && n >= MIN_UNLISTED && n <= MAX_UNLISTED && NameShapes.allHan(t.word(), 0, n)
                && !shapes.opensWithSurname(t.word()) && !NameShapes.containsEnd(t.word(), 0, n)
                && !t.word().chars().allMatch(c -> shapes.transliteration.contains((char) c))
                && places.stream().noneMatch(p -> p.start() < t.end() && p.end() > t.start());
    }

    /** HanLP's title tag (nnt: 市长, 会长) or a listed title. */
    private boolean isTitleToken(dev.newsie.nlp.Token t) {
        return t.tag().equals("nnt") || shapes.titles.contains(t.word());
    }
}
