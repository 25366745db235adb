package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.Span;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A twinning stated by the frame of the clause, whatever words fill it: [subject] … 与/同/和 partners … verb
 * kind-of-partner (甲市早在1985年就与乙市、丙市结为友好城市; 甲已经与乙结为友好关系; 甲在2003年开始与乙成为姐妹城市).
 * The relation patterns list the fillers they know one by one (于, 自, 早在…就, 已经, 开始); a page by another reporter
 * uses others, and the frame is the same. A clause without a subject of its own, opened by its 与
 * (甲于某年与乙结为友好城市,此外还与丙、丁互为友好城市), has the place that opens the sentence as its subject.
 *
 * <p>The word classes are {@code models/events/twinning-clause.tsv}, the kinds of partner {@code models/events/partner-nouns.tsv}. Only words of time and adverbs, a closed class, may
 * stand between the frame's parts: a word of plan, wish or proposal (将, 拟, 希望) there, or one that pairs lists item by
 * item (分别, read by {@link RespectivePairs}), leaves the clause unread (GOLD.md §7: planned relations are not
 * labelled), as does a negation or proposal right before it. Nor is a kind followed by more of a noun read
 * (与乙结为友好城市的丙, 友好城市关系协议: the signing reads a document). Reads the masked sentences; puts into the found
 * relations.
 */
public final class TwinningClause {
    /** The words of {@code models/events/twinning-clause.tsv} by class, as the file lists them. */
    private static final Map<String, List<String>> BY_CLASS = byClass();

    private static Map<String, List<String>> byClass() {
        Map<String, List<String>> byClass = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("events/twinning-clause.tsv", 2)) {
            byClass.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(1));
        }
        return byClass;
    }

    /**
     * The words of one class of {@code models/events/twinning-clause.tsv} (WITH, VERB, ADVERB, TITLE_VERB …), in the
     * file's order: the one reading of the file for every reader of it (this frame, {@link RetoldSignings}' document
     * names, the entities' bare partner names).
     *
     * @throws IllegalStateException when the file has no row of that class
     */
    public static List<String> words(String wordClass) {
        List<String> out = BY_CLASS.get(wordClass);
        if (out == null) {
            throw new IllegalStateException("models/events/twinning-clause.tsv: no row of class " + wordClass
                    + " (add its words as rows \"" + wordClass + "<TAB>word\")");
        }
        return List.copyOf(out);
    }

    private static final class Words {
        static final Pattern FRAME;
        /** The subject before the frame: a place, its level word, then the words between. */
        static final Pattern SUBJECT;
        /** A clause with no subject, opened by its 与 after a clause break, a connective and the words between. */
        static final Pattern SUBJECTLESS;

        /**
         * The words that may stand between the frame's parts: words of time (a written date, 目前, 同年) and adverbs
         * (已经, 正式, 早在…就), a closed class; anything else there (市长, 一致同意, 的合作) makes the clause say
         * something other than that the places twin.
         */
        private static String filler() {
            String date = "\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月(?:\\d{1,2}日)?";
            return "(?:" + date + "|" + WordAlternation.of(words("TIME")) + "|" + WordAlternation.of(words("ADVERB")) + ")*";
        }

        static {
            String with = WordAlternation.of(words("WITH"));
            String verb = WordAlternation.of(words("VERB"));
            String forming = WordAlternation.of(words("FORMING"));
            String kind = WordAlternation.of(PartnerNouns.WORDS);
            String formed = WordAlternation.of(words("FORMED"));
            String twins = WordAlternation.of(words("TWINS"));
            // the partners: places (an item may carry a bracketed aside, 乙市(含两个城区)), set apart by 、和及与 or 以及;
            // a name the gazetteer lacks may stand between known places (乙、某町和丙) or after its country (丁国某市和丙)
            // without ending the list; it is no partner, as it names no known place
            // an item's level word may stand outside its mention (乙市、丙州), a word of one or two characters glued before
            // it (an ordinal, a compass word: 新乙市, 北乙市) is kept
            String item = "(?:[\\p{IsHan}]{1,2})?Ⓟ+(?:市|县|州|省|区|镇|町|郡|道)?(?:[\\p{IsHan}]{2,5}(?=[、和及]|以及))?(?:[(（][^()（）]{1,30}[)）])?";
            String list = item + "(?:(?:[、和及]|以及)(?:[\\p{IsHan}]{2,6}(?:[、和及]|以及))?" + item + ")*";
            String filler = filler();
            // a list may close with 等 and the count or class of its items (与乙、丙等5个城市结好): the items are the partners
            String closing = "(?:等(?:[\\d一二三四五六七八九十两]+(?:个|座))?(?:城市|地区|地方)?)?";
            FRAME = Pattern.compile("(?<with>" + with + ")(?<b>" + list + ")(?:市|县|州|省|区)?" + closing + "(?<post>" + filler + ")"
                    + "(?:(?:" + verb + ")(?:了)?(?:国际)?(?:" + kind + ")(?:的?关系)?+|(?:" + forming + ")(?:了)?(?:" + formed + ")|(?:" + twins + "))"
                    // 建立姐妹城市的关系 is 建立姐妹城市关系 with 的 between the kind and the noun it qualifies;
                    // the kind ends the predicate: a clause break, or words of time (以来, 至今, 已有25年), or 外 of 除…外;
                    // 友好城市交流, 友好城市的代表团, 友好城市关系协议 are other nouns, and 与乙的合作是友好城市交流的典范 no twinning
                    + "(?=[^\\p{IsHan}]|$|外|以来|后(?!续)|之后|至今|迄今|已|多年|年|[一二三四五六七八九十]+周?年)"); // digits are no Han, so 30周年 is read by the first
            SUBJECT = Pattern.compile("(?<![在于赴到至Ⓟ])(?<a>Ⓟ+)(?:市|县|州|省|区|镇)?(?<pre>" + filler + ")$");
            SUBJECTLESS = Pattern.compile("[,，;；](?:同时|此外|另外|另)?[,，]?" + filler + "$");
        }
    }

    /**
     * The sentence's own subject: a place that opens it, right before what it does (not its mayor, office or people);
     * a dateline (某报讯, 某社某地某日电) or a year may come first.
     */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "^(?:[^,，。;；]{0,24}?(?:讯|电)[\\s\u3000]*)?(?:\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?[,，]?)?(?<a>Ⓟ+)(?:市|县|州|省|区|镇)?(?=除|与|同|和|跟|在|于|自|从|早|已|也|还|先后|曾|目前|现|迄今|至今|\\d)");
    /** A year in the words of the frame: the start of the twinning (not a jubilee's 周年). */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?!代)");

    private TwinningClause() {
    }

    static void read(DocumentContext ctx, FoundRelations out) {
        for (MaskedSentence ms : ctx.masked) {
            String masked = ms.masked();
            if (masked.indexOf(MaskedSentence.PLACE) < 0) {
                continue;
            }
            Matcher m = Words.FRAME.matcher(masked);
            while (m.find()) {
                String before = masked.substring(0, m.start());
                MaskedSentence.Slot a;
                String pre;
                Matcher s = Words.SUBJECT.matcher(before);
                if (s.find()) {
                    a = ms.lastPlace(s.start("a"), s.end("a"));
                    pre = s.group("pre");
                } else if (Words.SUBJECTLESS.matcher(before).find()) {
                    Matcher o = OPENING_SUBJECT.matcher(masked);
                    if (!o.find()) {
                        continue;
                    }
                    a = ms.lastPlace(o.start("a"), o.end("a"));
                    pre = "";
                } else {
                    continue;
                }
                if (m.group("b").contains(m.group("with"))) {
                    continue; // 甲和乙、丙和丁缔结友好城市关系: a list of pairs, each pair read on its own (PAIRS_LISTED)
                }
                if (NegatedTwinning.before(masked, m.start()) || ProposedTwinning.before(masked, m.start())) {
                    continue;
                }
                String since = since(masked, pre, m.start() - pre.length(), m.group("post"), m.start("post"));
                for (int[] chain : SisterCityExtractor.listedPartners(ms, m.start("b"), m.end("b"))) {
                    MaskedSentence.Slot b = ms.lastPlace(chain[0], chain[1]);
                    if (FoundRelations.twinnable(a, b)) {
                        out.put(a.entity().name(), b.entity().name(), since, new Span(ms.sentence().start(), ms.sentence().end()));
                    }
                }
            }
        }
    }

    /** The year (with month and day) written in the words of the frame, after the list first; null when none is. */
    private static String since(String masked, String pre, int preStart, String post, int postStart) {
        Matcher y = YEAR.matcher(post);
        if (y.find()) {
            return StartDate.of(masked, y.group(1), postStart + y.end(1));
        }
        y = YEAR.matcher(pre);
        return y.find() ? StartDate.of(masked, y.group(1), preStart + y.end(1)) : null;
    }
}
