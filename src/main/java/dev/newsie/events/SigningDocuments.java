package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document a signing signs: its name after the verb (签署建立国际友好关系协定书), the document of a signing
 * ceremony named before 签约仪式, and the pair a document's title names (《甲市与乙市经贸合作备忘录》). Reads a
 * masked sentence and the text behind it; writes nothing.
 */
final class SigningDocuments {
    private final EventLexicon lexicon;

    SigningDocuments(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^》]{3,60})》");

    /** 两市签署了《苏州市与杜塞尔多夫市经贸合作备忘录》: the pair is named in the document's title. */
    EventBuilder partiesFromDocumentName(MaskedSentence ms, int from, String kind, String date) {
        String m = ms.masked();
        Matcher t = BOOK_TITLE.matcher(m);
        if (!t.find(from) || t.start() - from > 3) {
            return null;
        }
        MaskedSentence.Slot[] sides = sidesNamedIn(ms, t);
        if (sides == null) {
            return null;
        }
        MaskedSentence.Slot a = sides[0], b = sides[1];
        String title = ms.textOf(t.start(1), t.end(1));
        return Event.builder(EventType.SIGNING).parties(List.of(a.entity().name(), b.entity().name()))
                .agreement(lexicon.agreementKind(title)).title(title).date(date)
                .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
    }

    /**
     * 《丙大学与丁大学学术交流合作协议书》 listed among the documents two places sign: the two sides its own title
     * names (places or bodies), or null when it names none.
     */
    static List<String> partiesNamedIn(MaskedSentence ms, String title) {
        Matcher t = BOOK_TITLE.matcher(ms.masked());
        while (t.find()) {
            if (!ms.textOf(t.start(1), t.end(1)).equals(title)) {
                continue;
            }
            MaskedSentence.Slot[] sides = sidesNamedIn(ms, t);
            return sides == null || sides[0].entity() == sides[1].entity() ? null
                    : List.of(SigningExtractor.partyName(sides[0]), SigningExtractor.partyName(sides[1]));
        }
        return null;
    }

    /** The two sides (甲与乙) a 《…》 title found by {@code t} names, as party slots; null when it names no pair. */
    private static MaskedSentence.Slot[] sidesNamedIn(MaskedSentence ms, Matcher t) {
        Matcher p = SigningPairs.PAIR.matcher(t.group(1));
        if (!p.find()) {
            return null;
        }
        int base = t.start(1);
        MaskedSentence.Slot a = ms.lastParty(base + p.start(1), base + p.end(1));
        MaskedSentence.Slot b = ms.lastParty(base + p.start(3), base + p.end(3));
        return a == null || b == null ? null : new MaskedSentence.Slot[] {a, b};
    }

    /**
     * The document of a signing ceremony, named before 签约/签署仪式: its title in 《》 (with the title as its kind's
     * text), else no title and the words after the last party as the kind's text (甲与乙友好城市签约仪式 → 友好城市).
     */
    static String[] ceremonyDocument(MaskedSentence ms, String clause, int clauseOffset) {
        Matcher book = BOOK_TITLE.matcher(clause);
        String title = null;
        while (book.find()) {
            String sentence = ms.sentence().text();
            int from = ms.textOffset(clauseOffset + book.start(1)) - ms.sentence().start();
            int to = ms.textOffset(clauseOffset + book.end(1)) - ms.sentence().start();
            title = sentence.substring(from, to);
        }
        if (title != null) {
            return new String[]{title, title};
        }
        int lastParty = Math.max(clause.lastIndexOf(MaskedSentence.PLACE), clause.lastIndexOf(MaskedSentence.ORG));
        // 在甲市政厅举行友好城市关系协议书签字仪式: the verb that holds the ceremony is no part of the document's name
        String named = HOLDING.matcher(clause.substring(lastParty + 1)).replaceFirst("").replaceFirst("^的", "");
        // …协议书签字及文本交换仪式: the signing named with the exchange is no part of the document's name
        return new String[]{null, SIGNING_AND.matcher(named).replaceFirst("")};
    }

    private static final Pattern SIGNING_AND = Pattern.compile("(?:签字|签约|签署)(?:及|暨|和|与)$");

    private static final Pattern HOLDING = Pattern.compile("^[^,，]{0,6}?(?:隆重)?举[行办](?:了)?");

    /** 《甲》及《乙》, 《甲》、《乙》和《丙》, 《甲》《乙》: documents listed one after another. */
    private static final Pattern NEXT_BOOK_TITLE = Pattern.compile("^(?:及|和|与|以及|、|，|,)?《([^》]{3,60})》");
    private static final Pattern FIRST_BOOK_TITLE = Pattern.compile("^了?《([^》]{3,60})》");

    /**
     * 签署了《甲备忘录》及《乙协议》: the documents after the first one that the verb signs, each named in 《》 and
     * ending in a document word (two documents are two signings); empty when one document is named.
     */
    List<String> furtherDocuments(MaskedSentence ms, int from) {
        String text = ms.sentence().text();
        int at = ms.textOffset(from) - ms.sentence().start();
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher first = FIRST_BOOK_TITLE.matcher(text.substring(at));
        if (!first.find()) {
            return plainFurtherDocuments(ms, from); // 签署了甲协议书、乙备忘录和丙协议: the names stand without 《》
        }
        at += first.end();
        for (Matcher next = NEXT_BOOK_TITLE.matcher(text.substring(at)); next.find(); next = NEXT_BOOK_TITLE.matcher(text.substring(at))) {
            String name = next.group(1);
            if (lexicon.words(EventLexicon.Role.DOC).stream().anyMatch(name::endsWith)) {
                out.add(name);
            }
            at += next.end();
        }
        return out;
    }

    /** 签署了甲协议书、乙备忘录和丙协议: the documents after the first of a plain list, in the text's own words. */
    private List<String> plainFurtherDocuments(MaskedSentence ms, int from) {
        List<String> out = new java.util.ArrayList<>();
        List<int[]> listed = PlainDocumentList.split(ms.masked(), documentStart(ms.masked(), from), lexicon.words(EventLexicon.Role.DOC));
        for (int[] d : listed.subList(Math.min(1, listed.size()), listed.size())) {
            out.add(ms.textOf(d[0], d[1]));
        }
        return out;
    }

    /**
     * Whether the span [from, to) is the whole of what title marks enclose (《…》, 「…」, 『…』): a document's name as
     * the page writes it, with the sides or places it names (GOLD.md §3, title "as written").
     */
    static boolean inTitleMarks(String m, int from, int to) {
        if (from < 1 || to >= m.length()) {
            return false;
        }
        int open = "《「『".indexOf(m.charAt(from - 1));
        return open >= 0 && m.charAt(to) == "》」』".charAt(open);
    }

    /**
     * Where the document's name starts after the verb: past 了 and opening quotes, past a second verb (签署并互换), and
     * past an attribute before title marks (签署了历久弥新的《…》).
     */
    private static int documentStart(String m, int from) {
        int s = skipOpening(m, from);
        Matcher second = SECOND_VERB.matcher(m).region(s, m.length());
        s = second.lookingAt() ? skipOpening(m, second.end()) : s;
        Matcher attribute = ATTRIBUTE_BEFORE_MARKS.matcher(m).region(s, m.length());
        return attribute.lookingAt() ? skipOpening(m, attribute.end()) : s;
    }

    /**
     * 签署了具有深远意义的《…》: an attributive phrase closed by 的 right before title marks describes the document; the
     * marks open its name, so the name starts there (the marks' own name, places and all, is then read whole).
     */
    private static final Pattern ATTRIBUTE_BEFORE_MARKS = Pattern.compile("\\p{IsHan}{1,12}?的(?=[《「『])");

    /** 签署和互换, 签署并交换: a second verb joined to the signing verb, which the document's name follows. */
    private static final Pattern SECOND_VERB = Pattern.compile("(?:和|并|及|与)(?:互换|交换|签署|签订|签字)了?");

    /** Opening quotes of either script (《“ in mainland, 「『 in Taiwan and Hong Kong text) are no part of the name. */
    private static int skipOpening(String m, int from) {
        int s = from;
        while (s < m.length() && "了《“「『".indexOf(m.charAt(s)) >= 0) {
            s++;
        }
        return s;
    }

    /** Up to a signing verb inside the span read as a document's name (…公所签署盟约): that verb's object is the name. */
    private static final Pattern INNER_SIGNING = Pattern.compile("^.*(?:签署|签订|签定|签约|签字|簽署|簽訂)(?:了)?[《“「]?");

    /** 两乡町, 两市镇, 两县市: the two sides when they are places of two different levels (a Taiwan township and a Japanese town). */
    private static final Pattern MIXED_SIDES = Pattern.compile("^[两兩](?:乡镇|乡町|镇町|市町|市镇|县市|市乡|乡市|镇市|町乡|町镇|乡村|镇村|市村)");

    /**
     * 中国甲市-意大利乙市友好合作备忘录: an official document's title may join its two sides with a dash instead of 与,
     * which names them as the title's own parties just the same.
     */
    private static final Pattern DASHED_PAIR = Pattern.compile("[ⓅⓄ]+(?:[-－–—]|——)[ⓅⓄ]+");

    private static final Pattern RANK_OF_THE_PAIR = Pattern.compile("^(?:\\p{IsHan}{1,3}内)?第(?:\\d+|[一二两三四五六七八九十百]+)(?:对|组)");

    /**
     * A count of two or more documents inside the words before the document (甲及乙两项合作备忘录, 三份协议): the words
     * sum several documents up by their topics; an ordinal (第三个) counts no documents, nor does the tail of a longer
     * numeral (第12项, 第十二项: the 2 and the 二 are no count of their own).
     */
    private static final Pattern SEVERAL_COUNTED = Pattern.compile("(?<![第\\d一二两三四五六七八九十百千])(?:[2-9]|\\d{2,}|[两二三四五六七八九十]+)(?:份|个|项)");

    /** 最新的, 新的, 全新的 before a document's name: a modifier of its order, not a word of the name. */
    private static final java.util.regex.Pattern NEWEST = java.util.regex.Pattern.compile("^(?:最新|全新|崭新|新)的");

    /**
     * 两市共建绿色港口框架协议书, 双方友好合作备忘录: 两市/双方 opening a document's name points at the two sides, a
     * determiner like 该 or 本, so the name is what follows it; followed by a verb of signing (两市缔结友好港口关系协议)
     * the words are a clause telling what the sides did, no name at all (null). A name without the determiner is kept.
     */
    private String withoutBothSides(String name) {
        Matcher both = SigningPairs.BOTH_SIDES.matcher(name);
        if (!both.lookingAt()) {
            return name;
        }
        String rest = name.substring(both.end()).replaceFirst("^的", "");
        int[] verb = lexicon.find(EventLexicon.Role.SIGN, rest, 0);
        if (verb != null && verb[0] == 0) {
            return null; // 两市缔结友好港口关系协议: a clause telling what the sides did
        }
        return isGenericKind(rest) ? null : rest;
    }

    /** 合作协议, 交流备忘录: a bare kind of document (DOC_KIND) and a document word, the generic name of any such document. */
    private boolean isGenericKind(String name) {
        List<String> docs = lexicon.words(EventLexicon.Role.DOC);
        return lexicon.words(EventLexicon.Role.DOC_KIND).stream()
                .anyMatch(k -> name.startsWith(k) && docs.contains(name.substring(k.length())));
    }

    /** The document named after the verb (签署建立国际友好关系协定书 → 建立国际友好关系协定书), or null. */

    String documentName(MaskedSentence ms, int from) {
        String m = ms.masked();
        int s = documentStart(m, from); // 签署并互换…备忘录: the document follows the second verb
        int e = s;
        while (e < m.length() && ",，。;；、:：!！?？”》」』(（".indexOf(m.charAt(e)) < 0) {
            e++;
        }
        int close = s > 0 && m.charAt(s - 1) == '《' ? m.indexOf('》', s) : -1;
        boolean marked = close > e && m.substring(e, close).chars().noneMatch(c -> "。;；《".indexOf(c) >= 0);
        if (marked) {
            e = close; // 《关于开展经贸、文化交流的意见书》: a name in title marks runs to its closing mark, its lists inside it
        }
        List<int[]> listed = marked ? List.of() : PlainDocumentList.split(m, s, lexicon.words(EventLexicon.Role.DOC));
        if (!listed.isEmpty()) {
            e = listed.get(0)[1]; // 甲协议书及乙备忘录: the first of several documents is this signing's own
        }
        String span = m.substring(s, e);
        int[] doc = null;
        for (String d : lexicon.words(EventLexicon.Role.DOC)) {
            int i = span.lastIndexOf(d);
            if (i >= 0 && (doc == null || i + d.length() > doc[1])) {
                doc = new int[]{i, i + d.length()};
            }
        }
        if (doc == null || span.substring(0, doc[1]).indexOf('Ⓡ') >= 0) {
            return null;
        }
        String inside = span.substring(0, doc[1]);
        // a name may hold its parties (甲省与乙县建立友好省县关系协议), not a description of them (甲与乙…的协议)
        boolean placesOtherThanCountries = ms.slots(s, s + doc[1]).stream()
                .anyMatch(x -> x.entity().type().isPlace() && x.entity().type() != EntityType.COUNTRY);
        // 中美地方合作备忘录: countries abbreviated in a document's name are part of the name; so is any place in a name
        // the page sets in title marks (签署《甲乙校企合作框架协议》): the marks say it is the name as written
        if (placesOtherThanCountries && !inTitleMarks(m, s, s + doc[1]) && (inside.contains("的")
                || !(SigningPairs.PAIR.matcher(inside).find() || DASHED_PAIR.matcher(inside).find()))) {
            return null;
        }
        // back to the text: an organisation's name inside the document name is written out
        int textStart = ms.textOffset(s), textEnd = ms.textOffset(s + doc[1]);
        String sentence = ms.sentence().text();
        String name = sentence.substring(textStart - ms.sentence().start(), textEnd - ms.sentence().start());
        // 签署3份友好交流协议书: the count is not the name; 签署多项合作协议: several documents have no one name
        if (name.matches("^(?:多|数|若干)(?:份|个|项).*")) {
            return null;
        }
        // 签署水治理及职能培训两项合作备忘录: a count of two or more documents after their topics sums several up, naming
        // none; a count that opens the words (签署了6份建立友好城市关系协议书) counts copies of one document, named after it
        Matcher several = SEVERAL_COUNTED.matcher(name);
        if (several.find() && several.start() > 0) {
            return null;
        }
        name = name.replaceFirst("^(?:\\d+|[一二两三四五六七八九十]+)(?:份|个|项|纸)", ""); // 签署了一项友好交流协议书: the count again
        // 签署最新的合作备忘录, 签署了新的交流合作协议: "new" tells the document's place among the pair's documents, it is
        // no part of its name (the next one signed is again 新的)
        name = NEWEST.matcher(name).replaceFirst("");
        // 签署道内第17对友好交流协定: the rank of the pair among those twinned in a region counts the pair, it names no document
        name = RANK_OF_THE_PAIR.matcher(name).replaceFirst("");
        // 缔结姊妹市 两地公所签署盟约 (a headline's two clauses run together): the document is what the last signing
        // verb signs, so its name starts after that verb
        name = INNER_SIGNING.matcher(name).replaceFirst("");
        // 签署两乡町友好交流协定: two sides of different levels summed up (两乡町, 两市镇) are a determiner, and the
        // possessive left by a pair named before the document (甲与乙的“…备忘录”) no part of the name
        name = MIXED_SIDES.matcher(name).replaceFirst("").replaceFirst("^的[“「《]?", "");
        return titleOrNull(name);
    }

    /**
     * The title the words of a document give, past the determiner of the two sides (withoutBothSides), or null when
     * they name none: a bare document word (签订协议书, 举行协议书签字仪式), a count of items (3项…), or fewer than three
     * characters. Both the document after a verb and the one before a ceremony pass here, so both paths agree.
     */
    String titleOrNull(String words) {
        String name = words == null ? null : withoutBothSides(words);
        if (name == null || name.length() < 3 || name.matches("^\\d+项.*")) {
            return null;
        }
        return lexicon.words(EventLexicon.Role.DOC).contains(name) ? null : name;
    }
}
