package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;

import dev.newsie.text.WordAlternation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One signing told more than once (in the headline and in the body, or by two clauses): a report joins the signing
 * of the same parties already found, and the fuller title, the date, the place, the signers and the evidence are
 * pooled. Writes into the signings found so far.
 */
final class RetoldSignings {
    private RetoldSignings() {
    }

    /**
     * Two dates of one act: the same, or a month and a day within it (近日签署 dated by the report's month, told again
     * on a day of that month): the coarser date leaves the finer one open, so the two do not tell apart.
     */
    static boolean sameDayOrMonth(String a, String b) {
        return a.equals(b) || a.length() == MONTH && b.length() > MONTH && b.startsWith(a)
                || b.length() == MONTH && a.length() > MONTH && a.startsWith(b);
    }

    /** YYYY-MM. */
    private static final int MONTH = 7;

    /**
     * The same parties signing in the headline and in the body are one signing: roles are pooled. A report whose
     * sentence gives no date of its own (a headline) joins the dated one, which gives the date and the place.
     *
     * @param ownDate whether e's sentence dates it itself
     * @param undated the events so far whose dates were only their context's
     */
    static EventBuilder mergeInto(List<EventBuilder> out, EventBuilder e, boolean ownDate, java.util.Set<EventBuilder> undated) {
        return mergeInto(out, e, ownDate, undated, true);
    }

    /**
     * @param sole whether e is the only signing its sentence tells: one of a list (并分别与乙、丙签订合作项目) is a
     *             document of its own even when it names none, so only a sole retelling joins across kinds
     */
    static EventBuilder mergeInto(List<EventBuilder> out, EventBuilder e, boolean ownDate, java.util.Set<EventBuilder> undated, boolean sole) {
        java.util.Set<String> parties = sameNamed(e.parties());
        for (EventBuilder o : out) {
            Event a = o.build(), b = e.build();
            boolean eitherUndated = !ownDate || undated.contains(o);
            boolean otherSigners = a.signatories() != null && b.signatories() != null
                    && java.util.Collections.disjoint(a.signatories(), b.signatories());
            // a headline names the document loosely (友好省合作协议 for the body's 建立友好省关系协议书): the body's kind holds
            boolean headline = a.evidence() != null && a.evidence().start() == 0 && (b.evidence() == null || b.evidence().start() > 0);
            // 出席甲与乙缔结友好城市签约仪式。…签署谅解备忘录: the twinning ceremony told first, then the document signed at it
            boolean signedAtTwinning = "SISTER_CITY".equals(a.agreement()) && a.title() == null && a.date() != null && a.date().equals(b.date());
            // 双方签订协定, 舉行簽署用印儀式: a retelling naming no document of its own only guessed its kind
            boolean untitled = sole && (a.title() == null || b.title() == null) && !SPECIFIC_KIND.contains(String.valueOf(b.agreement()))
                    && (a.date() == null || b.date() == null || sameDayOrMonth(a.date(), b.date()));
            // 签署了《甲备忘录》《乙备忘录》: two documents named in one sentence are two signings, not one told twice
            boolean listedApart = a.title() != null && b.title() != null && !sameDocument(a.title(), b.title())
                    && a.evidence() != null && a.evidence().equals(b.evidence());
            // 闭幕式上,甲与乙签署缔结友城协议。去年5月,乙与甲签署了建立友好关系备忘录: each telling names a document of
            // its own and dates it apart (the follow-up agreement after last year's memorandum), so two signings, even
            // when the first sentence's date is only its context's
            boolean datedApart = a.title() != null && b.title() != null && !sameDocument(a.title(), b.title())
                    && a.date() != null && b.date() != null && !a.date().equals(b.date())
                    && !headline;
            // 两市签订了甲交流意向书 … 签订了《关于甲交流的意向书》: the one document named plainly and then formally, its
            // day within the month the visit was told in; one document has one kind, so kinds guessed apart for its two
            // tellings (备忘录 read as a memorandum once, as some other document once) do not make two signings
            boolean sameDated = a.title() != null && b.title() != null && sameDocument(a.title(), b.title())
                    && a.date() != null && b.date() != null && (a.date().startsWith(b.date()) || b.date().startsWith(a.date()));
            // 签署深化友城交往备忘录。两市于2008年缔结友好城市: a document deepening a friendship presupposes the twinning,
            // so an untitled twinning told beside it is an earlier act, not this document told again — unless the
            // document's own telling says it makes the twinning (签署加强交流备忘录,缔结为友城: the same act)
            boolean deepensIt = deepening(a.title()) && !"SISTER_CITY".equals(a.agreement()) && b.title() == null && "SISTER_CITY".equals(b.agreement())
                    || deepening(b.title()) && !"SISTER_CITY".equals(b.agreement()) && a.title() == null && "SISTER_CITY".equals(a.agreement());
            // 签署重申姊妹市关系协议。…某年就跟乙缔姊妹市: a document renewing a twinning presupposes it, whatever its kind,
            // so a twinning told beside it with a date of its own and no document is the first act, not this one
            boolean renewsIt = renewing(a.title()) && b.title() == null && b.date() != null && "SISTER_CITY".equals(b.agreement())
                    || renewing(b.title()) && a.title() == null && a.date() != null && "SISTER_CITY".equals(a.agreement());
            boolean presupposesIt = deepensIt || renewsIt;
            // 甲、乙两地政府机构签署协议 … 乙市委员会及甲文化署签订协议: one telling names the places (or the body at
            // large), the other the bodies of them that signed; the same document, so one signing with the bodies' names
            // (told in two sentences: one sentence naming both is two documents, as are two named apart or dated apart)
            boolean bodiesOfTheSides = BodiesOfTheSides.fullerSides(o.parties(), e.parties()) != null
                    && !listedApart && !datedApart && !presupposesIt
                    && (a.evidence() == null || !a.evidence().equals(b.evidence()))
                    && java.util.Objects.equals(a.agreement(), b.agreement())
                    && (a.title() == null || b.title() == null || sameDocument(a.title(), b.title()))
                    && (a.date() == null || b.date() == null || a.date().equals(b.date()));
            if (bodiesOfTheSides) {
                List<String> fuller = BodiesOfTheSides.fullerSides(o.parties(), e.parties());
                if (!fuller.equals(o.parties())) {
                    o.parties(fuller);
                    if (b.signatories() != null) {
                        o.signatories(b.signatories()); // those who signed for the bodies, not those named with the places
                    }
                }
                if (a.title() == null) {
                    o.title(b.title());
                }
                if (a.date() == null) {
                    o.date(b.date());
                }
                if (a.location() == null) {
                    o.location(b.location());
                }
                if (o.build().signatories() == null) {
                    o.signatories(b.signatories());
                }
                return o;
            }
            if (sameNamed(o.parties()).equals(parties) && !listedApart && !datedApart && !presupposesIt
                    && (compatible(a.agreement(), b.agreement()) || headline || signedAtTwinning || untitled || sameDated) && !otherSigners
                    && (a.date() == null || b.date() == null || a.date().equals(b.date()) || eitherUndated || sameDated)) {
                if (ownDate && undated.remove(o) && b.date() != null) {
                    o.date(b.date());
                    if (b.location() != null) {
                        o.location(b.location());
                    }
                }
                if (signedAtTwinning && !compatible(a.agreement(), b.agreement())) {
                    o.title(b.title()); // the document makes the twinning: its kind stays SISTER_CITY (GOLD.md §7)
                } else if (headline && !compatible(a.agreement(), b.agreement())
                        && (b.title() != null || a.title() == null || "SISTER_CITY".equals(b.agreement()))) {
                    // the body's kind holds, unless the body names no document and only guessed a cooperation
                    o.agreement(b.agreement()).title(b.title() != null ? b.title() : a.title());
                } else if (b.title() != null && (a.title() == null || b.title().length() > a.title().length())) {
                    o.title(b.title()).agreement(b.agreement()); // the fuller document name (the body's, not the headline's)
                } else if (a.title() == null && b.title() == null && !compatible(a.agreement(), b.agreement())
                        && "SISTER_CITY".equals(b.agreement())) {
                    o.agreement(b.agreement()); // neither names its document: the one that says they twinned decides
                } else if (a.agreement() == null) {
                    o.agreement(b.agreement());
                }
                if (untitled && !compatible(a.agreement(), b.agreement())
                        && ("SISTER_CITY".equals(a.agreement()) || "SISTER_CITY".equals(b.agreement()))) {
                    o.agreement("SISTER_CITY"); // one telling says they twinned: the document made the twinning (GOLD.md §7)
                }
                if (a.date() == null) {
                    o.date(b.date());
                }
                o.parties(fullerNames(o.parties(), e.parties()));
                if (a.location() == null) {
                    o.location(b.location());
                }
                if (a.signatories() == null) {
                    o.signatories(b.signatories());
                }
                if (b.evidence() != null && (a.evidence() == null || a.evidence().length() < b.evidence().length())) {
                    o.evidence(b.evidence());
                }
                return o;
            }
        }
        out.add(e);
        return e;
    }

    /**
     * 东港镇 in the headline, 东港 in the body: one place named with and without its level's suffix is one party, so
     * the parties compare without a trailing 镇, 乡, 町, 村, 市, 县, 区 or 郡 (where two characters remain).
     */
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("(?<=\\p{IsHan}{2})[镇乡町村市县区郡]$");

    static java.util.Set<String> sameNamed(List<String> parties) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String p : parties) {
            keys.add(LEVEL_SUFFIX.matcher(p).replaceFirst(""));
        }
        return keys;
    }

    /** Of the two namings of each party, the one with its suffix (东港镇, as the article's fuller name). */
    private static List<String> fullerNames(List<String> kept, List<String> other) {
        List<String> out = new java.util.ArrayList<>();
        for (String k : kept) {
            String key = LEVEL_SUFFIX.matcher(k).replaceFirst("");
            String best = k;
            for (String o : other) {
                if (LEVEL_SUFFIX.matcher(o).replaceFirst("").equals(key) && o.length() > best.length()) {
                    best = o;
                }
            }
            out.add(best);
        }
        return out;
    }

    /**
     * A document's formal name and its plain one: 《关于甲交流与合作的意向书》 is 甲交流与合作意向书, and 两市/两地/双方
     * inside the name (2019年度两市友好交流协议) or a trailing 书 (协议书, 协议) do not make another document.
     */
    private static final Pattern FORMAL_WORDING = Pattern.compile("^关于|的|两市|两地|双方|书$");

    /**
     * 结好意向书 and 缔结友城意向书, 结为姊妹市协定 and 结好协定: a document named for the twinning it makes, by the
     * verb-and-partner-noun phrase (a verb of class TITLE_VERB of {@code models/events/twinning-clause.tsv}, 为
     * optional, with a noun of {@code models/events/partner-nouns.tsv}, 关系 optional) or by a verb of class TITLE_TWINS
     * (结好), which says the same alone; the phrase is read as one word, so the two namings are one document.
     */
    private static final Pattern TWINNING_PHRASE = twinningPhrase();

    private static Pattern twinningPhrase() {
        List<String> verbs = TwinningClause.words("TITLE_VERB"), alone = TwinningClause.words("TITLE_TWINS");
        return Pattern.compile("(?:" + WordAlternation.of(verbs) + ")(?:为)?(?:" + WordAlternation.of(PartnerNouns.WORDS)
                + ")(?:关系)?|" + WordAlternation.of(alone));
    }

    static boolean sameDocument(String a, String b) {
        // as written first (缔结姊妹市备忘录 holds 姊妹市备忘录, read after the nested verb), then with the phrase as one word
        return sameWording(a, b) || sameWording(TWINNING_PHRASE.matcher(a).replaceAll("结好"), TWINNING_PHRASE.matcher(b).replaceAll("结好"));
    }

    private static boolean sameWording(String a, String b) {
        String x = FORMAL_WORDING.matcher(a).replaceAll(""), y = FORMAL_WORDING.matcher(b).replaceAll("");
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /**
     * 深化…备忘录, 进一步巩固…协议: a document named for deepening or strengthening a friendship already made; also the
     * documents that only partners already twinned sign: a yearly programme (2012年度友好交流协议书), an anniversary
     * document (结好40周年协议书), and a formal name whose 关于 clause strengthens the friendship (甲市与乙市关于加强两市友好往来的
     * 协议书). Each presupposes the twinning, so a dated twinning told beside it is an earlier act.
     */
    private static final Pattern DEEPENING = Pattern.compile(
            "(?:^|关于)(?![^,，。;；]*(?:建立|缔结|结为))(?:进一步)?(?:深化|巩固|加强|提升|拓展)|\\d{4}年度"
            + "|(?:结好|缔结|结为|友城|友好城市)[^,，。;；]{0,8}?\\d{1,3}周年");

    /** 重申…协议, 续签…协议: a document named for renewing or reaffirming what the sides already agreed. */
    private static final Pattern RENEWING = Pattern.compile("^[“「『《\"]?(?:重申|重新|续签|续订|再次|再度)");

    private static boolean renewing(String title) {
        return title != null && RENEWING.matcher(title).find();
    }

    private static boolean deepening(String title) {
        return title != null && DEEPENING.matcher(title).find();
    }

    /** Kinds a document word states outright (备忘录, 意向书, 联盟): never a guess to be overruled. */
    private static final java.util.Set<String> SPECIFIC_KIND = java.util.Set.of("MEMORANDUM", "LETTER_OF_INTENT", "ALLIANCE");

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** 多项合作协议, 两项备忘录, 5份协议: a count of documents, which names none of them. */
    private static final Pattern COUNTED = Pattern.compile(
            "^(?:多|数|几|若干|一系列|系列|[两二三四五六七八九十]|\\d{1,2})(?:项|份|个|批)?(?:[\\p{IsHan}]{0,4})?(?:协议|协定|备忘录|文件|合作文件|意向书)$");

    /**
     * 见证两地多项合作协议签署 … 双方签署了《甲备忘录》《乙意向书》: a signing told by a count of its documents is a
     * summary of the signings the article names document by document between the same sides; it goes when they are told.
     */
    static void dropCountedSummaries(List<EventBuilder> out) {
        out.removeIf(e -> {
            Event a = e.build();
            return a.title() != null && COUNTED.matcher(a.title()).matches() && out.stream().anyMatch(o -> o != e
                    && o.build().title() != null && !COUNTED.matcher(o.build().title()).matches()
                    && sameNamed(o.build().parties()).equals(sameNamed(a.parties())));
        });
    }
}
