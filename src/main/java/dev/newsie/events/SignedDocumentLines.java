package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents of a signing ceremony listed one per line under a heading (签约项目如下: / 签署的协议包括:), each line
 * a pair and its document with no verb (甲与乙建立友好交流城市关系意向书): every line is a signing of that pair, of
 * the kind its document names. Lines that carry a verb of their own are read as any sentence is.
 */
final class SignedDocumentLines {
    private SignedDocumentLines() {
    }

    /** A heading that announces what was signed and ends on a colon. */
    private static final Pattern HEADING = Pattern.compile("(?:签约|签署|签订|签字)[^。;；]{0,12}?(?:如下|包括|有|清单|名单|项目|成果)?[:：]$");
    /** A list item's number (1. / (一) / 一、), if any, and the space after it. */
    private static final String NUMBERING = "^(?:\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)?\\s*";
    /** Optional numbering, the pair, and what follows it up to the end of the line. */
    private static final Pattern LINE = Pattern.compile(
            NUMBERING + "([ⓅⓄ]+)(?:与|和|同)([ⓅⓄ]+)([^,，。;；:：ⓅⓄⓇ]{2,30})[。;；]?$");
    /**
     * A line that is only a pair, joined by a dash (甲市—乙市) or by 与: the heading's document is what it signed.
     */
    private static final Pattern BARE_PAIR_LINE = Pattern.compile(
            NUMBERING + "([ⓅⓄ]+)\\s*(?:[—－–-]{1,2}|与|和|同)\\s*([ⓅⓄ]+)[。;；]?$");
    /** How many lines a heading may head. */
    private static final int MAX_LINES = 12;

    /** The signing a document line under a signing heading tells, or null when the sentence is no such line. */
    static EventBuilder line(DocumentContext ctx, int si, MaskedSentence ms, EventLexicon lexicon, List<ForumExtractor.Forum> forums) {
        String text = ms.masked().strip();
        int offset = ms.masked().indexOf(text);
        Matcher l = LINE.matcher(text);
        boolean bare = false;
        if (!l.find()) {
            l = BARE_PAIR_LINE.matcher(text);
            if (!l.find()) {
                return null;
            }
            bare = true;
        }
        String heading = heading(ctx, si);
        if (heading == null) {
            return null;
        }
        String rest = bare ? null : l.group(3);
        if (!bare && !namesDocument(lexicon, l)) {
            return null;
        }
        String kind = lexicon.agreementKind(bare ? heading : rest);
        if (bare && kind.equals("OTHER")) {
            return null; // 以下城市签约: a heading that names no document gives a bare pair no kind
        }
        return signingOfPair(ctx, si, ms, l, offset, kind, rest, forums);
    }

    /**
     * The signing of the pair a {@link #LINE} or {@link #BARE_PAIR_LINE} match found at {@code offset} in the masked
     * sentence, attached to the forum it was told under; null when the two sides are not two parties.
     */
    private static EventBuilder signingOfPair(DocumentContext ctx, int si, MaskedSentence ms, Matcher l, int offset,
                                              String kind, String title, List<ForumExtractor.Forum> forums) {
        MaskedSentence.Slot a = ms.lastParty(offset + l.start(1), offset + l.end(1));
        MaskedSentence.Slot b = ms.lastParty(offset + l.start(2), offset + l.end(2));
        if (a == null || b == null || a.entity() == b.entity()) {
            return null;
        }
        EventBuilder e = Event.builder(EventType.SIGNING)
                .parties(List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b)))
                .agreement(kind).title(title).date(SigningExtractor.sentenceDate(ctx, si))
                .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
        SigningPlace.attachToForum(ctx, si, e, forums);
        return e;
    }

    /** Whether a {@link #LINE} match's third group ends in a document's name (协议书, 备忘录…). */
    private static boolean namesDocument(EventLexicon lexicon, Matcher l) {
        return lexicon.words(EventLexicon.Role.DOC).stream().anyMatch(l.group(3)::endsWith);
    }

    /** The clause breaks of a sentence: a trailing item starts after the last of them. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；]");

    /**
     * 甲与乙签署…协议书,丙与丁签署…协议书,戊和己建立友城关系意向书。: the last item of a sentence of signings, a
     * pair and its document with the verb left out (the verb before it serves every item), is one more signing of
     * the kind its document names; null when the clause after the sentence's last signing verb is no such item.
     */
    static EventBuilder trailingItem(DocumentContext ctx, int si, MaskedSentence ms, EventLexicon lexicon,
                                     List<ForumExtractor.Forum> forums, int lastVerbEnd) {
        String m = ms.masked();
        int start = -1;
        Matcher brk = CLAUSE_BREAK.matcher(m).region(lastVerbEnd, m.length());
        while (brk.find()) {
            start = brk.start();
        }
        if (start < 0) {
            return null; // no clause of its own after the last verb
        }
        String clause = m.substring(start + 1).strip();
        Matcher l = LINE.matcher(clause);
        if (!l.find() || !namesDocument(lexicon, l)) {
            return null;
        }
        int offset = start + 1 + m.substring(start + 1).indexOf(clause);
        return signingOfPair(ctx, si, ms, l, offset, lexicon.agreementKind(l.group(3)), l.group(3), forums);
    }

    /** A heading that announces what was signed, its colon followed by the items on the same line. */
    private static final Pattern INLINE_HEADING = Pattern.compile("(?:签约|签署|签订|签字)[^。;；:：,，]{0,12}?(?:如下|包括|有|清单|名单|项目|成果)[:：]");
    /** Where one inline item ends and the next begins. */
    private static final Pattern ITEM_BREAK = Pattern.compile("[、;；]");

    /**
     * 签约项目包括:甲与乙…协议书、丙与丁…备忘录: the same list written on one line after its heading, the items set off
     * by 、 or ；; every item must be a pair and its document, else the line is read as any sentence is (empty list).
     */
    static List<EventBuilder> inline(DocumentContext ctx, int si, MaskedSentence ms, EventLexicon lexicon, List<ForumExtractor.Forum> forums) {
        String m = ms.masked();
        Matcher h = INLINE_HEADING.matcher(m);
        if (!h.find()) {
            return List.of();
        }
        List<EventBuilder> out = new java.util.ArrayList<>();
        int from = h.end();
        String tail = m.substring(from).replaceFirst("[。;；]?\\s*$", "");
        Matcher brk = ITEM_BREAK.matcher(tail);
        int itemStart = 0;
        while (itemStart <= tail.length()) {
            int itemEnd = brk.find() ? brk.start() : tail.length();
            String item = tail.substring(itemStart, itemEnd);
            Matcher l = LINE.matcher(item);
            if (!l.find() || !namesDocument(lexicon, l)) {
                return List.of();
            }
            EventBuilder e = signingOfPair(ctx, si, ms, l, from + itemStart, lexicon.agreementKind(l.group(3)), l.group(3), forums);
            if (e == null) {
                return List.of();
            }
            out.add(e);
            itemStart = itemEnd + 1;
        }
        return out;
    }

    /**
     * The signing heading within the lines just before, every sentence between it and this one being a line; null
     * when there is none.
     */
    private static String heading(DocumentContext ctx, int si) {
        for (int k = si - 1; k >= Math.max(0, si - MAX_LINES); k--) {
            String text = ctx.masked.get(k).masked().strip();
            Matcher h = HEADING.matcher(text);
            if (h.find()) {
                return h.group(); // from its verb on: 友城大会在甲举行,以下城市签约: names no document
            }
            if (!LINE.matcher(text).find() && !BARE_PAIR_LINE.matcher(text).find()) {
                return null;
            }
        }
        return null;
    }
}
