package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a signing verb reports the act itself or only its background: a planned or hoped-for signing (将, 拟, 盼),
 * a relation stated since a year (自1987年结为友好城市以来, 结好20周年), a series or tally over past years (陆续,
 * 先后, 目前已与…等8个城市), a twinning dated in a year before the article's, unless told as an act of its own.
 * Reads a masked sentence; writes nothing.
 */
final class SigningBackground {
    private final EventLexicon lexicon;

    private final SigningDocuments documents;

    SigningBackground(EventLexicon lexicon, SigningDocuments documents) {
        this.lexicon = lexicon;
        this.documents = documents;
    }

    /** 将于, 拟, 计划, 预定, 有望, 盼, 适时 (when the time is right), 能够, 相信, 明年 (a modal, a belief, a time ahead), 支持, 反对 (a stance): a planned or hoped-for act is not an event (GOLD.md §7). */
    static final Pattern PLANNED = Pattern.compile("将|拟|计划|准备|预定|预计|有望|盼|愿意|打算|争取|早日"
            + "|研议|研商|商议|商讨|洽谈|磋商|酝酿|筹备|筹划|约定|适时|择机|视情|届时"
            + "|能够|可望|力争|期盼|相信|明年|来年|年内|下半年|下一步"
            // 全力支持甲与乙缔结姊妹市, 反对以某名称签署: a stance on a twinning still to be approved or signed (not 在乙支持下,
            // the help an act had)
            + "|支持(?=[ⓅⓄ]|两市|双方)|反对"
            // 建议甲与乙缔结姊妹市, 议员提议…, 希望/期待/期望: a proposal or a wish, not yet an act (not 在乙的建议下, the
            // proposal an act followed)
            + "|" + ProposedTwinning.VERB);
    /**
     * 甲与乙缔结姊妹市案(顺利通过): the twinning as a bill a council debates or passes — a step before the act, not the act.
     */
    private static final Pattern BILL = Pattern.compile("^[^,，。;；ⓅⓄ]{0,8}?(?:姊妹市|姐妹市|姊妹城市|姐妹城市|友好城市|友城|友谊市|姊妹县)(?:等)?案");
    /** 每五年签署一次, 每年签订: a habit of the partners, not one act. */
    private static final Pattern HABITUAL = Pattern.compile("每(?:[一二三四五六七八九十两]|\\d{1,2})?年");

    /** Planned, hoped for, still being discussed (研议缔盟) or done by habit (每五年签署一次): not an act told. */
    static boolean isPlanned(String m, int verbPos) {
        int start = SigningExtractor.clauseStart(m, verbPos);
        String clause = m.substring(start, verbPos);
        if (PLANNED.matcher(clause).find() || HABITUAL.matcher(clause).find() || Suppositions.supposed(clause)) {
            return true;
        }
        if (BILL.matcher(m.substring(verbPos, Math.min(m.length(), verbPos + 16))).find()) {
            return true;
        }
        return continuesPlannedClause(m, start, verbPos);
    }

    /**
     * 并, 并且, 同时, 还: a clause that only goes on with the one before it, its subject and its tense; so does a clause
     * with no subject that opens on its partner (将前往乙市访问,与乙市签署…), though not on 与会 (the attendees).
     */
    private static final Pattern CONTINUING = Pattern.compile("^(?:并且|并|同时|还|再|(?:与|同)(?!会))");
    /** 了 right after the verb, or 已 before it: the act is told as done whatever was said before. */
    private static final Pattern DONE = Pattern.compile("已|了");

    /**
     * 将就两市经验进行交流,并签署三项合作备忘录: a clause opened by 并/同时/还 goes on with the clause before it, so the
     * 将 there plans this signing too — unless the signing is told as done (并签署了…, 已).
     */
    private static boolean continuesPlannedClause(String m, int start, int verbPos) {
        if (start == 0 || !CONTINUING.matcher(m.substring(start, verbPos)).find()
                || DONE.matcher(m.substring(start, Math.min(m.length(), verbPos + 3))).find()) {
            return false;
        }
        int before = start - 1;
        String previous = m.substring(SigningExtractor.clauseStart(m, before), before);
        return PLANNED.matcher(previous).find();
    }

    private static final Pattern YEAR_BEFORE = Pattern.compile("(?:于|在|自|从)?(\\d{4})年(?:[^月\\d]|$)");

    /**
     * 两市于2008年缔结友好城市关系: a signing dated in a year before the article's is background — a relation
     * with its since, not the reported act.
     */
    static boolean isEarlierYear(DocumentContext ctx, String m, int[] verb) {
        if (yearsAgo(m, verb) != null) {
            return true; // 七年前缔结友好城市: a count of years back dates the act before the report's year, whatever that is
        }
        // a year counted from the twinning's start is later than that start by construction, so it cannot tell background
        Integer year = ctx.yearCountedFromStart ? null : ctx.resolver.anchorYear();
        if (year == null) {
            return false;
        }
        Matcher y = YEAR_BEFORE.matcher(m.substring(SigningExtractor.clauseStart(m, verb[0]), verb[0]));
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) < year) {
                return true;
            }
        }
        return false;
    }

    /**
     * 1980年两州签署姊妹州协定: a past signing of a named document, told as an act with its own time, is an event
     * with that date (GOLD.md §7), unlike a relation told as a state (自2008年缔结友好城市关系以来).
     */
    boolean isNarratedSigning(MaskedSentence ms, int[] verb) {
        String m = ms.masked();
        String word = m.substring(verb[0], verb[1]);
        return (word.equals("签署") || word.equals("签订") || word.equals("签定")) && documents.documentName(ms, verb[1]) != null
                && !opensASeries(m, verb);
    }

    /** 自2012年起陆续与甲、乙签署: the verb's clause, up to the verb, tells a series of acts, not one of its own time. */
    static boolean opensASeries(String m, int[] verb) {
        return SERIES.matcher(m.substring(SigningExtractor.clauseStart(m, verb[0]), verb[0])).find();
    }

    /**
     * 甲市于某年与乙市缔结友好关系, 甲市某年与乙市缔盟 (in Taiwan also 缔姊妹市, 有签姊妹市: {@link UnmarkedTwinningVerb}): a
     * twinning verb whose own clause writes the year it was done
     * narrates the act at its time, as a named document signed then does ({@link #isNarratedSigning}, GOLD.md §7) —
     * the clause tells when it happened, not how long it has lasted (those states, 自某年…以来, 结好N周年, a series or
     * tally, are read by {@link #isBackground} first). A year counted back (七年前缔结) gives no year to date it by,
     * and a speaker's recollection ({@link #recalledYear}) is history, so neither is read here.
     */
    boolean isTwinningOfItsYear(MaskedSentence ms, int[] verb) {
        String m = ms.masked();
        String word = m.substring(verb[0], verb[1]);
        return (lexicon.isWord(EventLexicon.Role.TWINNING_VERB, word) || UnmarkedTwinningVerb.isSingleCharacterVerb(word))
                && yearBefore(m, verb) != null
                && !opensASeries(m, verb);
    }

    /**
     * 甲在致辞中表示,某年,乙与丙正式缔结友好城市关系; 他说,两市于某年缔结…: a speaker who opens the sentence and
     * recalls a twinning of a year before the report's (on a page with no date of its own, before a date another
     * sentence of the page gives) tells its history, a relation with its since, not the act the report tells — even
     * when the year stands in the clause right after the lead-in rather than the verb's own. A year opening a span up
     * to now (自某年结好以来) recalls nothing. Only a twinning verb ({@code TWINNING_VERB}: 缔结, 结为) recalls a standing:
     * a document the speaker says was signed (他表示,某年,甲市长与乙市长签署…协议书) is still an act of its time.
     */
    static final Pattern SPEAKER_LEAD = Pattern.compile("^[^,，。;；:：]{1,16}?(?:表示|指出|说|說|强调|強調|介绍|介紹|回顾|回顧)[,，:：]");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(\\d{4})年");

    /** The earlier year a speaker's recollection (X表示,某年,甲与乙缔结…) dates the verb in, or null. */
    String recalledYear(DocumentContext ctx, int si, String m, int[] verb) {
        Matcher lead = SPEAKER_LEAD.matcher(m);
        if (!lexicon.isWord(EventLexicon.Role.TWINNING_VERB, m.substring(verb[0], verb[1])) || !lead.find() || lead.end() > verb[0]) {
            return null;
        }
        // dates resolved against a year counted from the twinning's start are later than it by construction
        Integer year = ctx.yearCountedFromStart ? null : ctx.pageDated ? ctx.resolver.anchorYear() : ctx.latestYearOutside(si);
        if (year == null) {
            return null;
        }
        int own = SigningExtractor.clauseStart(m, verb[0]);
        int leadClauseEnd = Math.min(verb[0], SigningExtractor.clauseEnd(m, lead.end()));
        for (int[] part : new int[][] {{lead.end(), leadClauseEnd}, {own, verb[0]}}) {
            Matcher y = ANY_YEAR.matcher(m);
            y.region(part[0], part[1]).useTransparentBounds(true);
            while (y.find()) {
                if (Integer.parseInt(y.group(1)) < year && !DocumentContext.opensASpanUpToNow(m, y.start(), y.end())) {
                    return y.group(1);
                }
            }
        }
        return null;
    }

    static String yearBefore(String m, int[] verb) {
        Matcher y = YEAR_BEFORE.matcher(m.substring(SigningExtractor.clauseStart(m, verb[0]), verb[0]));
        return y.find() ? y.group(1) : null;
    }

    /**
     * The year the verb's clause dates the act in: a year written (2008年缔结), or one counted back from the report's
     * year (七年前缔结 in a 2025 report → 2018); null when the clause gives neither or the report's year is unknown.
     */
    static String yearBefore(DocumentContext ctx, String m, int[] verb) {
        String written = yearBefore(m, verb);
        Integer ago = yearsAgo(m, verb), year = ctx.resolver.anchorYear();
        return written != null || ago == null || year == null ? written : String.valueOf(year - ago);
    }

    /**
     * 七年前, 20年前 in the verb's own clause: a count of years back (one to three numerals) is a time before the
     * report's, as a year before its own is; 多年前 (uncounted), 年前 alone and 十年前后 (about then) count nothing,
     * nor does the end of a year written in full (2008年前, before 2008).
     */
    private static final Pattern YEARS_AGO = Pattern.compile("(?<![\\d〇零一二三四五六七八九十两])(\\d{1,2}|[一二三四五六七八九十两]{1,3})(?:个)?年前(?![后後])");

    /** The count of years 七年前 puts the act back by, or null when the verb's clause has none. */
    static Integer yearsAgo(String m, int[] verb) {
        Matcher a = YEARS_AGO.matcher(m.substring(SigningExtractor.clauseStart(m, verb[0]), verb[0]));
        if (!a.find()) {
            return null;
        }
        String n = a.group(1);
        Integer ago = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : ForumCounts.number(n);
        return ago == null || ago < 1 ? null : ago;
    }

    private static final String NUMERAL = "[\\d一二三四五六七八九十两百]";
    private static final String TWINNING_NOUN = "友好城市|友城|友好省州|姊妹|姐妹";
    /**
     * 签署合作意向书八年来,…: a count of years right after the document the verb signs that closes the clause
     * measures the time since that signing, as one after the twinning noun does; one that goes on (签署合作协议三年来首次…)
     * times what follows instead.
     */
    private static final String DOCUMENT_HEAD = "协议书|协议|协定书|协定|备忘录|意向书";
    /** A length of years not counted (缔盟多年, 结好已久). */
    private static final String UNCOUNTED_LENGTH = "(?:已经|已)?(?:多年|已久|许久|数十年|几十年)";
    /** A count of years: at most three digits, unlike a year. */
    private static final String YEARS = NUMERAL + "{1,3}多?(?:周)?年";

    /**
     * 缔结友好城市30年来, 结为友好城市已经20年: a length of years right after the twinning the verb names counts the
     * time it has lasted, so the clause states a relation; a count has at most three digits, unlike a year
     * (签署2025年度协议). The count must follow the standing itself: a document signed (签署合作协议,三年来…) or a
     * count of years before 来华/来访 (未来三年来华) says nothing of how long a twinning has lasted. Years counted with
     * 已/已经/已届/已满/已有 (with 逾, 超过, 近: 缔盟已逾50年) right after the document signed (缔结友好交流协定已届5年) date the act years back all the same. A bare 年来 needs the
     * twinning noun itself before it: after a generic 友好/关系 (两国友好关系五十年来) it measures a wider tie than the
     * one the verb names (narrowed after the rule cost the unread half a signing, found on its numbers alone). An
     * uncounted length before 的 (是缔盟多年的姊妹市, 结好已久的友城) describes partners by their standing.
     */
    private static final Pattern DURATION = Pattern.compile(
            "^(?:[^\\d一二三四五六七八九十两百]*?(?:" + TWINNING_NOUN + "|友好|关系|协定|协议|协议书|备忘录|意向书))?"
            + "(?:已经|已届|已满|已有|已|至今|长达)(?:逾|超过|近|将近|达)?" + YEARS
            + "|^(?:[^\\d一二三四五六七八九十两百]*?(?:" + TWINNING_NOUN + "))?"
            + YEARS + "(?:来(?![华访到自京沪])|以来|之久|之际)"
            + "|^(?:[^\\d一二三四五六七八九十两百]*?(?:" + TWINNING_NOUN + "))?" + UNCOUNTED_LENGTH + "的"
            // 两市缔盟多年, 结为友好城市已久: an uncounted length that closes the clause tells how long the twinning has lasted
            + "|^(?:[^\\d一二三四五六七八九十两百,，]*?(?:" + TWINNING_NOUN + ")(?:关系)?)?" + UNCOUNTED_LENGTH + "(?:来|以来|之久)?$"
            + "|^[^\\d一二三四五六七八九十两百]*?(?:" + DOCUMENT_HEAD + ")" + YEARS + "(?:来|以来)$"
            // 缔结姐妹城市超过20年: a word of approximation (超过, 逾, 将近) measures the twinning's length as 已 does
            + "|^[^\\d一二三四五六七八九十两百]*?(?:" + TWINNING_NOUN + ")(?:城市|市|省|州|县)?(?:关系)?(?:逾|超过|将近|长达)" + YEARS);

    /**
     * 结好30年间,…签署了多项协议: a sentence that opens with the span a twinning has lasted (结好, 缔结友好城市 and a
     * count of years with 间, 来, 以来, 里 or 中) tells the record of those years; what it says was signed has no time of
     * its own (GOLD.md §7: an act told with its own time is an event, a state is not) — unless a day of its own stands
     * between the span and the verb (结好20年来,两市今天签署…: an act of that day), see {@link #opensWithTwinningSpan}.
     */
    private static final Pattern TWINNING_SPAN_OPENING = Pattern.compile(
            "^[^,，;；\\d]{0,8}?(?:结好|缔盟|结盟|(?:结为|缔结|建立|结成)[^,，;；\\d]{0,8}?(?:" + TWINNING_NOUN + ")(?:关系)?)"
            + "(?:已经|已)?(?:逾|超过|将近|近)?" + YEARS + "(?:间|来|以来|里|中)[,，]");

    /**
     * 甲、乙分别与丙(1996年4月18日)、丁(1998年9月2日)缔结为友好城市: partners listed with their dates in brackets are a
     * record of twinnings, each a relation since its own date, not acts told.
     */
    static boolean hasDatedNotes(String m, int[] verb) {
        return DATED_NOTE.matcher(m.substring(SigningExtractor.clauseStart(m, verb[0]), verb[0])).find();
    }

    private static final Pattern DATED_NOTE = Pattern.compile("[ⓅⓄ](?:市|县)?[((]\\d{4}年[^()（）]{0,12}[))]");

    /** A name in quotes or title marks, to its closing mark or to the end of the window read. */
    private static final Pattern QUOTED_NAME = Pattern.compile("[“《「\"][^”》」\"]*(?:[”》」\"]|$)");

    /** 自1987年结为友好城市以来, 结好20周年: the clause states a relation, it does not report a signing. */
    boolean isBackground(String m, int[] verb) {
        String after = m.substring(verb[1], Math.min(m.length(), verb[1] + 16));
        int comma = after.indexOf(',');
        if (comma < 0) {
            comma = after.indexOf('，');
        }
        // 签署了“结好35周年纪念协议书”: a quoted document's name is a name, its words state no relation
        String clause = QUOTED_NAME.matcher(comma >= 0 ? after.substring(0, comma) : after).replaceAll("");
        int start = SigningExtractor.clauseStart(m, verb[0]);
        // 目前,甲已与乙、丙缔结…: a short opening clause (目前, 截至目前, 迄今为止) frames the whole sentence
        String before = m.substring(start <= OPENER ? 0 : start, verb[0]);
        return lexicon.words(EventLexicon.Role.BACKGROUND).stream().anyMatch(clause::contains)
                || DURATION.matcher(clause).find() || hasDatedNotes(m, verb)
                || opensWithTwinningSpan(m.substring(0, verb[0]))
                || m.substring(Math.max(0, verb[0] - 12), verb[0]).contains("自")
                || SINCE_THEN.matcher(before).find() || (BESIDES.matcher(before).find() && BESIDES_END.matcher(clause).find());
    }

    /** Whether {@code before} (the sentence up to the verb) opens with a twinning's span and gives no day of its own after it. */
    private static boolean opensWithTwinningSpan(String before) {
        Matcher span = TWINNING_SPAN_OPENING.matcher(before);
        return span.find() && !AtTheSameTime.OWN_DAY.matcher(before.substring(span.end())).find();
    }

    /** 除了缔结友好城市以外, 除与乙结盟之外: a twinning set beside what the sentence tells is already in place. */
    private static final Pattern BESIDES = Pattern.compile("除(?:了)?[^,，;；]{0,12}$");
    private static final Pattern BESIDES_END = Pattern.compile("之外|以外");

    /**
     * 自2012年起陆续与…签署, 先后与…缔结: signings spread over past years, told as background; so is a tally of a
     * place's partners (目前已与甲、乙等8个城市缔结友好城市关系), which states what is, not what happened, a tally of
     * pairs (甲与乙、丙与丁等三组已完成缔盟, …等3组姊妹市相继缔结) and a twinning already in place (早已缔结).
     */
    private static final Pattern SINCE_THEN = Pattern.compile("自[^,，;；]{1,10}?(?:年|起)|陆续|先后|相继|目前|至今|迄今|截至|累计|早已|早就"
            + "|已(?:经)?(?:与|同|和)[^,，;；]*等[\\d一二三四五六七八九十两百]+个"
            + "|等[\\d一二三四五六七八九十两]+(?:组|对)(?:姊妹市|姐妹市|友好城市|城市|城乡|乡镇)?(?:已|相继|陆续|先后)");

    static final Pattern SERIES = Pattern.compile("陆续|先后|相继");

    /** The longest opening clause read as framing the sentence's next one (截至目前, 迄今为止). */
    private static final int OPENER = 6;
}
