package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * FORUM events: a name ending in a forum head noun (论坛, 大会…) in a sentence that reports it held, opened
 * or closed. Mentions of one forum across sentences are merged (the same name, the same name without its
 * year, a bracketed short name, a shared long description); the fullest name with its year is kept, other
 * forms become aliases. This class decides which sentences tell about which forum ({@link ForumSentences}
 * says which report one held or tell about the last); the names are found by
 * {@link ForumNames}, and theme and topics, hosts, counts and venue are read by {@link ForumTopics},
 * {@link ForumHosts}, {@link ForumCounts} and {@link ForumVenue} from those sentences; {@link ForumDates}
 * reads and completes the dates, {@link ForumLocation} the place;
 * {@link ForumMentions} tells whether two mentions name one forum.
 */
final class ForumExtractor {
    private final EventLexicon lexicon;
    private final CanonicalNames names;
    private final ForumHosts hosts;
    private final ForumNames forumNames;
    private final SeriesSessions sessions;
    private final ForumVenue venues;
    private final ForumSentences sentences;
    /** See {@link #bareAssembly(EventLexicon)}: built from the lexicon this extractor was given. */
    private final java.util.regex.Pattern bareAssembly;

    ForumExtractor(EventLexicon lexicon, CanonicalNames names) {
        this.lexicon = lexicon;
        this.names = names;
        this.hosts = new ForumHosts(lexicon);
        this.forumNames = new ForumNames(lexicon);
        this.sessions = forumNames.sessions(); // one reading of the session words, the names' own
        this.venues = new ForumVenue(lexicon);
        this.sentences = new ForumSentences(lexicon);
        this.bareAssembly = bareAssembly(lexicon);
    }

    /** A forum's name met in a sentence before any forum it could belong to. */
    private record NameMet(String name, int sentence) {
    }

    /** A forum being built: its builder and the sentence where it was first reported. */
    static final class Forum {
        final EventBuilder b = dev.newsie.model.Event.builder(EventType.FORUM);
        final Set<String> aliases = new LinkedHashSet<>();
        String name;
        int firstSentence;
        int start, end;
        String openDate, closeDate;
        /** 为期三天: how many days the forum lasts, when the report says so. */
        Integer days;
        /** 以视频方式召开: held online, in no city (see {@link OnlineSessions}). */
        boolean online;

        /** A forum named {@code name}, first reported in sentence {@code si}, spanning that sentence. */
        static Forum reportedIn(String name, int si, Sentence s) {
            Forum f = new Forum();
            f.name = name;
            f.firstSentence = si;
            f.start = s.start();
            f.end = s.end();
            return f;
        }
    }

    List<Forum> extract(DocumentContext ctx) {
        if (PressConferencePreview.previews(ctx)) {
            return new ArrayList<>(); // a press conference's page introduces a forum to come, it reports none held
        }
        List<Forum> forums = new ArrayList<>();
        Forum main = null;
        List<String> places = ctx.entities.stream().filter(e -> e.type().isPlace()).map(Entity::name).toList();
        List<NameMet> unattached = new ArrayList<>(); // names met before any forum they could belong to
        List<String> plannedNames = new ArrayList<>(); // names met in a sentence that plans a forum (将于17日登场)
        for (int si = 0; si < ctx.sentences.size(); si++) {
            Sentence s = ctx.sentences.get(si);
            // a forum whose day is still to come is planned, though the verb reads as done (16日登场, GOLD.md §7)
            boolean held = sentences.reportsHeld(ctx.masked.get(si).masked()) && !ForumDates.afterTheReport(ctx, si);
            // 第15届甲论坛将于17日登场 in a page of the 4th: the sentence announces a forum to come, by a plan and a day ahead
            boolean plans = (sentences.plansAForum(ctx.masked.get(si).masked()) || ForumDates.afterTheReport(ctx, si))
                    && PlannedForums.datedAhead(ctx, si);
            boolean series = ForumSentences.describesSeries(s.text());
            List<int[]> spans = PlacesOpeningAForumName.widened(ctx.masked.get(si), forumNames.find(s.text()));
            if (main != null && ForumParts.programme(s.text())) {
                continue; // 期间,举办了甲圆桌会、乙论坛、颁奖典礼等20多场活动: the forum's programme, no forums and no topics
            }
            if (main != null && ForumParts.heldDuring(s.text(), spans)) {
                // 大会期间,还举行了甲论坛和乙论坛: sub-forums of the reported forum, its topics, not forums of their own
                List<String> parts = ForumParts.parts(s.text(), spans, main.name);
                if (!parts.isEmpty()) {
                    List<String> known = main.b.build().topics();
                    List<String> all = new ArrayList<>(known == null ? List.of() : known);
                    parts.stream().filter(p -> !all.contains(p)).forEach(all::add);
                    main.b.topics(all);
                    continue;
                }
            }
            Forum firstHere = null;
            boolean namesAnother = false;
            int[] previous = null;
            Forum previousForum = null;
            for (int[] sp : spans) {
                String name = sessions.withoutInnerLatinGloss(s.text().substring(sp[0], sp[1]));
                if (previous != null && previousForum != null && ForumNames.isShortNameAfter(s.text(), previous, sp)) {
                    if (!name.equals(previousForum.name)) {
                        previousForum.aliases.add(name); // 甲论坛(以下简称“乙”): 乙 is another name of 甲, even when a longer alias holds it
                    }
                    previous = sp;
                    continue;
                }
                if (ForumMentions.yearAhead(name, ctx.reference) && (!held || plannedHere(ctx.masked.get(si), s, sp)
                        || governedHere(ctx.masked.get(si), s, sp))) {
                    // 争取让“某年甲峰会”移师乙市: an edition of a later year than the page's, in a sentence that holds no
                    // forum or in a clause that only plans it, is one to come, no forum held nor another name of the one
                    // reported; so is one a verb of bidding or deciding governs in a clause that holds nothing
                    // (支持乙市申办某年大会, beside a forum held in another clause); a name holding a target year
                    // (某年议程城市论坛今天开幕, 某年议程城市论坛,今天在丙市开幕) is still a forum held
                    unattached.add(new NameMet(name, si));
                    namesAnother = true;
                    previous = sp;
                    previousForum = null;
                    continue;
                }
                final boolean sentenceHeld = held;
                final int sentence = si;
                // 每两年举行一次的甲大会,自2010年起已先后在乙、丙举办: the series' history, not a past edition of its own
                Forum f = forums.stream().filter(x -> ForumMentions.sameForum(x, name, places)
                        && !(sentenceHeld && !series && heldInAnotherYear(ctx, sentence, x))).findFirst().orElse(null);
                Forum twoCities = forums.stream().filter(x -> twoCitiesShortName(ctx, x.name, name)).findFirst().orElse(null);
                if (f == null && twoCities != null) {
                    addAlias(twoCities, name);
                    f = twoCities;
                } else if (f != null && f == twoCities && !name.equals(f.name)) {
                    f.aliases.add(name); // 甲乙双城论坛 and the 双城论坛 a headline calls it: its short name, though inside it
                }
                // 甲论坛第四次会议在乙市举行,这是甲论坛首次在乙市召开: the series named after its session speaks of the
                // session's series, no other forum held; the session is the one this sentence reported first, or else
                // the forum the report is about
                Forum session = firstHere != null ? firstHere : main;
                Forum pointedAt = null;
                if (f == null && session != null && sessionOf(session, name)) {
                    pointedAt = session;
                } else if (f == null && main != null && (ForumNames.pointsBack(s.text(), sp[0]) || tailOf(main, name) || editionOf(main, name))) {
                    // 本次市长论坛吸引了…: a name after 本次/本届/该 points back at the forum being reported; it names no other
                    pointedAt = main;
                }
                if (pointedAt != null) {
                    previous = sp;
                    previousForum = pointedAt;
                    if (firstHere == null) {
                        firstHere = pointedAt;
                    }
                    continue;
                }
                previous = sp;
                previousForum = f;
                if (f == null) {
                    // 甲论坛在青河举行,同期还将举行乙大会: 乙's own clause only plans it, though the sentence reports 甲 held
                    if (!held || !forumNames.properName(name) || plannedHere(ctx.masked.get(si), s, sp)
                            || ForumNames.insideADocumentTitle(s.text(), sp) || ListedForumNames.listed(s.text(), sp)
                            || PlannedForums.announcedBefore(plannedNames, name, places)) {
                        unattached.add(new NameMet(name, si));
                        if (plans) {
                            plannedNames.add(name);
                        }
                        namesAnother = true;
                        continue;
                    }
                    f = Forum.reportedIn(name, si, s);
                    forums.add(f);
                    previousForum = f;
                } else if (ForumMentions.fuller(name, f.name)) {
                    if (!ForumMentions.lacksAPlace(name, f.name, places)) {
                        f.aliases.add(f.name); // 2025甲论坛 beside 甲论坛; not 国际论坛 beside 2025乙市国际论坛 (乙市举办国际论坛)
                    }
                    f.name = name;
                } else if (series) {
                    // 甲大会每两年举办一次: the series' name, not another name of this year's forum
                } else if (!f.name.contains(name) && (held || ForumMentions.key(name).equals(ForumMentions.key(f.name)))) {
                    addAlias(f, name); // an alias is a name the article gives the forum it reports, not any passing mention
                } else if (held && !name.equals(f.name) && ForumMentions.YEAR_PREFIX.matcher(f.name).replaceFirst("").equals(name)) {
                    addAlias(f, name); // reported held without its year (上海友城论坛开幕 beside 2023上海友城论坛)
                }
                addCoordinatedNames(f, name);
                addLatinNames(f, s.text(), sp[1]);
                if (firstHere == null) {
                    firstHere = f;
                }
            }
            if (firstHere == null && !namesAnother && main == null && held) {
                Forum named = namedBeforeItsQuotedHead(ctx, si, unattached);
                if (named != null) {
                    forums.add(named);
                    firstHere = named;
                }
            }
            boolean backReference = lexicon.words(EventLexicon.Role.BACK_REFERENCE).stream().anyMatch(s.text()::startsWith);
            Forum target = backReference && main != null ? main : firstHere;
            if (target != null && (held || backReference || target == main)) {
                // a date beside a bare mention is often another act's; a series' sentence about a forum already
                // dated tells its history (自2010年起), though one that reports it first (由甲创办的乙论坛15日开幕) dates it
                // a series' sentence names the year it was founded (2014年共同发起创立), not a day of the session reported above it
                readDetails(ctx, si, target, held && !(series && (hasDate(target) || target.firstSentence < si)));
            } else if (firstHere == null && !namesAnother && main != null
                    && (sentences.refersToForum(s.text()) || (held && ForumSentences.BARE_HEAD.matcher(s.text()).find()))) {
                readDetails(ctx, si, main, held);
            } else if (firstHere == null && !namesAnother && main != null && main.b.build().topics() == null
                    && TOPIC_WORD.matcher(s.text()).find()) {
                // 围绕“甲”话题展开讨论时: a later sentence that gives a topic by its word for topics, naming no other
                // event, tells of the forum being reported; only its topics are read (its dates and counts may be another act's)
                List<String> topics = ForumTopics.topics(s.text());
                if (!topics.isEmpty()) {
                    main.b.topics(topics);
                }
            } else if (firstHere == null && main != null && main.b.build().theme() == null) {
                // 与会代表围绕“甲”论坛主题交流, 「甲」为论坛主轴: a later sentence that names the theme of the forum by its
                // head noun (论坛主题), naming no other event (“甲”论坛 read as a name is the theme and the head), gives the
                // reported forum's theme; nothing else is read from it
                String theme = ForumTopics.themeOfTheForum(s.text());
                // every name met must hold the theme: this is the test of !namesAnother its sibling branches make, but
                // for the theme read as a name (“甲”论坛主题), which sets namesAnother and names no other event
                if (theme != null && spans.stream().allMatch(sp -> s.text().substring(sp[0], sp[1]).contains(theme))) {
                    main.b.theme(theme);
                }
            }
            if (firstHere != null && held && !(main != null && firstHere != main && earlierEdition(firstHere, main))) {
                main = firstHere;
            }
        }
        mergeShortNames(ctx, forums);
        for (Forum f : forums) {
            // a headline's 双城论坛 above the body's 甲乙双城论坛: the forum's short name, met before the forum
            unattached.stream().map(NameMet::name).filter(n -> !n.equals(f.name) && twoCitiesShortName(ctx, f.name, n)).forEach(n -> f.aliases.add(n));
        }
        for (Forum f : forums) {
            ForumDates.finishDates(f);
        }
        for (Forum f : forums) {
            ForumLocation.inferLocation(ctx, f, forums);
        }
        for (Forum f : forums) {
            finish(ctx, f);
        }
        return forums;
    }

    /**
     * 甲论坛(Qinghe Forum,QF), 甲大会（QCC）, 甲峰会（英文简称QS）: a bracket of Latin letters right after a forum's
     * name gives its English name and its abbreviation, other names of the one forum (GOLD.md §3 `aliases`), each part
     * between commas; the bracket may say what they are (英文简称, 以下简称) before them.
     */
    private static final java.util.regex.Pattern LATIN_NAMES = java.util.regex.Pattern.compile(
            "[”\"」]?[（(](?:以下)?(?:英文)?(?:简称|缩写|全称|名称|名)?为?[:：]?[“\"]?"
                    + "([A-Za-z][A-Za-z0-9 .&'’\\-]*(?:[,，;；、] ?[A-Za-z][A-Za-z0-9 .&'’\\-]*)*)[”\"]?[）)]");

    private static void addLatinNames(Forum f, String text, int end) {
        Matcher m = LATIN_NAMES.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return;
        }
        for (String part : m.group(1).split("[,，;；、]")) {
            String alias = part.trim();
            // two letters at least, one of them a capital: an abbreviation or a name, not a stray word
            if (alias.length() >= 2 && alias.chars().filter(Character::isUpperCase).count() >= 1) {
                addAlias(f, alias);
            }
        }
    }

    /** A forum's head word alone in quotation marks (“大会”, “论坛”): the short name of the forum named before it. */
    private static final java.util.regex.Pattern QUOTED_HEAD = java.util.regex.Pattern.compile("[“\"「]([\\p{IsHan}]{2,4})[”\"」]");

    /**
     * “甲大会”由乙主办。“大会”于11月9日在丙举行: a held sentence that names the forum only by its head in quotation marks
     * points back at the proper name met before it, though that sentence did not report it held. The forum is that
     * name, and the sentences that named it tell its hosts and theme (undated: their dates may be another act's).
     */
    private Forum namedBeforeItsQuotedHead(DocumentContext ctx, int si, List<NameMet> unattached) {
        Matcher q = QUOTED_HEAD.matcher(ctx.sentences.get(si).text());
        while (q.find()) {
            String head = q.group(1);
            if (!lexicon.words(EventLexicon.Role.FORUM_HEAD).contains(head)) {
                continue;
            }
            for (int k = unattached.size() - 1; k >= 0; k--) {
                String name = unattached.get(k).name();
                if (name.endsWith(head) && name.length() > head.length() + 2 && forumNames.properName(name)) {
                    Forum f = Forum.reportedIn(name, si, ctx.sentences.get(si));
                    for (NameMet met : unattached) {
                        if (met.name().equals(name) && met.sentence() != si) {
                            readDetails(ctx, met.sentence(), f, false);
                        }
                    }
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Whether the name at the sentence span {@code sp} is the object of a verb of bidding or deciding before it in its
     * clause, and that clause reports nothing held itself, read on the mask.
     */
    private boolean governedHere(MaskedSentence ms, Sentence s, int[] sp) {
        int from = ms.maskedPos(s.start() + sp[0]);
        int to = Math.min(Math.max(from + 1, ms.maskedPos(s.start() + sp[1] - 1) + 1), ms.masked().length());
        return sentences.governedInItsClause(ms.masked(), from) && !sentences.reportsHeldInItsClause(ms.masked(), from, to);
    }

    /** Whether the name at the sentence span {@code sp} stands in a clause that only plans it, read on the mask. */
    private boolean plannedHere(MaskedSentence ms, Sentence s, int[] sp) {
        int from = ms.maskedPos(s.start() + sp[0]);
        int to = Math.max(from + 1, ms.maskedPos(s.start() + sp[1] - 1) + 1);
        return sentences.plannedInItsClause(ms.masked(), from, Math.min(to, ms.masked().length()));
    }

    /**
     * A headline may use the short name (双城论坛登场) that the body then gives in brackets after the full one:
     * the forum named only by another's alias is that forum. What it read fills the roles the other lacks.
     */
    private void mergeShortNames(DocumentContext ctx, List<Forum> forums) {
        for (Forum f : new ArrayList<>(forums)) {
            for (Forum g : new ArrayList<>(forums)) {
                if (g == f || !forums.contains(f) || !forums.contains(g)
                        || (f.aliases.stream().noneMatch(a -> ForumMentions.key(a).equals(ForumMentions.key(g.name))) && !twoCitiesShortName(ctx, f.name, g.name)
                        && !shortNameAbove(f, g) && !headlineNameOfATitledForum(forums, f, g))) {
                    continue;
                }
                addAlias(f, g.name);
                fillMissing(f.b, g.b.build());
                g.aliases.forEach(a -> addAlias(f, a));
                f.start = Math.min(f.start, g.start);
                f.end = Math.max(f.end, g.end);
                f.openDate = f.openDate != null ? f.openDate : g.openDate;
                f.closeDate = f.closeDate != null ? f.closeDate : g.closeDate;
                forums.remove(g);
            }
        }
    }

    /**
     * 2019年,第五届甲论坛在乙市举行 in a report of the 2021 edition: a mention reported held in another year than
     * the year the forum's name gives is a past edition, an event of its own (GOLD.md §7), not the same forum.
     */
    private static boolean heldInAnotherYear(DocumentContext ctx, int si, Forum f) {
        Matcher year = ForumMentions.YEAR_PREFIX.matcher(f.name);
        DateResolver.DateMention d = ctx.bestDate(si);
        String day = d == null ? null : d.isSpan() ? d.spanStart() : d.first();
        return year.find() && day != null && day.length() >= 4 && !day.startsWith(year.group(1));
    }

    /**
     * 出席发展论坛的嘉宾 in a report of 2019甲市港口城市发展论坛: a short name that ends the reported forum's
     * name, with no year or edition of its own, is the report's shorthand for it, not another forum.
     */
    private static boolean tailOf(Forum main, String name) {
        String k = ForumMentions.key(name), mk = ForumMentions.key(main.name);
        return k.length() >= SHORT_NAME_MIN && mk.length() > k.length() && mk.endsWith(k)
                && !name.matches("^[“「]?(?:\\d{4}|第|首).*");
    }

    /**
     * 中蒙人民论坛是…创立的对话机制 in a report of 中蒙人民论坛第八次会议: a session is named by its series and an
     * ordinal; the series' name alone, met in the report, speaks of the session's series, and names no other forum.
     */
    private boolean sessionOf(Forum main, String name) {
        String k = ForumMentions.key(name), mk = ForumMentions.key(main.name);
        return k.length() >= SHORT_NAME_MIN && mk.startsWith(k) && sessions.ordinalSession(mk.substring(k.length()));
    }

    /**
     * 2009年在甲国召开了第一届大会 in a report of the 2017 edition: a past edition the article narrates is an event of its
     * own, but the report goes on about the forum it reports (本届论坛…), not about the edition narrated; so does a
     * forum of an earlier month of the same year.
     */
    private static boolean earlierEdition(Forum narrated, Forum reported) {
        String a = dateOf(narrated), b = dateOf(reported);
        if (a == null || b == null || a.length() < 4 || b.length() < 4) {
            return false;
        }
        // 上个月,甲会议成功举行 in a report of a forum closed this month: compared at the precision both dates share
        int shared = Math.min(a.length(), b.length()) >= 7 ? 7 : 4;
        return a.substring(0, shared).compareTo(b.substring(0, shared)) < 0;
    }

    private static String dateOf(Forum f) {
        Event e = f.b.build();
        return e.date() != null ? e.date() : e.start() != null ? e.start() : f.openDate != null ? f.openDate : f.closeDate;
    }

    /** 第五届大会, 第3次会议: an edition and a bare head, which name no forum by themselves. */
    private static final java.util.regex.Pattern EDITION_AND_HEAD = java.util.regex.Pattern.compile(
            "^第([0-9一二三四五六七八九十百]+)[届次](.{2,4})$");

    /**
     * 此次在甲市召开的第三届大会以…为主题: an edition and a bare head that the reported forum's name ends in is that
     * forum, unless its name gives another edition.
     */
    private boolean editionOf(Forum main, String name) {
        Matcher m = EDITION_AND_HEAD.matcher(name);
        if (!m.matches() || !lexicon.words(EventLexicon.Role.FORUM_HEAD).contains(m.group(2))
                || !main.name.split("暨")[0].endsWith(m.group(2)) && !main.name.endsWith(m.group(2))) {
            return false;
        }
        Matcher own = java.util.regex.Pattern.compile("第([0-9一二三四五六七八九十百]+)[届次]").matcher(main.name);
        return !own.find() || own.group(1).equals(m.group(1));
    }

    /** The words for a forum's topics (议题, 话题, 分论坛): a sentence using one may give them without naming the forum. */
    // (三个主题, 四大主题: themes counted are the parts' titles, topics; the forum's one theme is never counted)
    private static final java.util.regex.Pattern TOPIC_WORD = java.util.regex.Pattern.compile(
            "议题|话题|分论坛|平行论坛|平行会议|(?:\\d+|[一二两三四五六七八九十]+)(?:个|大|项)主题");

    /** How long a short name must be to be taken for the tail of a full one (友城论坛, not 论坛). */
    private static final int SHORT_NAME_MIN = 4;

    /**
     * A headline's short name (“友城大会”在甲市开幕) above the full name it ends (2024中国国际友好城市大会): the
     * short name reported first, the full one later, both of one forum.
     */
    private static boolean shortNameAbove(Forum full, Forum shorter) {
        String k = ForumMentions.key(shorter.name), fk = ForumMentions.key(full.name);
        boolean dated = shorter.name.matches("^[“「]?(?:\\d{4}|第).*"); // a name with its own edition is no short name
        if (shorter.firstSentence >= full.firstSentence || k.length() < SHORT_NAME_MIN || fk.length() <= k.length()
                || ForumMentions.differentEdition(full.name, shorter.name)) {
            return false;
        }
        // 甲乙港口论坛开幕 above 第四届甲乙港口城市合作论坛: a headline shortens the name by leaving words out
        return (!dated && fk.endsWith(k)) || ForumMentions.abbreviates(full.name, shorter.name);
    }

    /**
     * 甲大学举办城市日研讨会 above 9月14日,“城市外交:机遇与挑战”研讨会在甲大学召开: a headline may call the
     * one forum its report tells of by a plain description, the lead by its quoted title. With the same head, no
     * date in the headline and no third forum, the headline's name is another name of the titled one.
     */
    private boolean headlineNameOfATitledForum(List<Forum> forums, Forum titled, Forum headline) {
        if (forums.size() != 2 || headline.firstSentence != 0 || titled.firstSentence == 0 || !titled.name.startsWith("“")
                || headline.b.date() != null || headline.b.build().start() != null || headline.name.contains("“")) {
            return false;
        }
        String head = lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, ForumMentions.key(titled.name));
        return head != null && head.equals(lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, ForumMentions.key(headline.name)))
                && !ForumMentions.differentEdition(titled.name, headline.name);
    }

    /**
     * 双城论坛 ("the two cities' forum") is the usual short name of a forum named for two cities (甲乙城市论坛):
     * the same head, and the full name holds two city names.
     */
    private boolean twoCitiesShortName(DocumentContext ctx, String full, String shortName) {
        String k = ForumMentions.key(shortName);
        String head = lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, k);
        if (!k.startsWith("双城") || head == null || !full.endsWith(head)) {
            return false;
        }
        long cities = ctx.entities.stream()
                .filter(e -> e.type() == EntityType.CITY && full.contains(e.name())).count();
        return cities >= 2;
    }

    private static void fillMissing(EventBuilder b, Event g) {
        Event e = b.build();
        if (e.date() == null && e.start() == null) {
            b.date(g.date()).start(g.start()).end(g.end());
        }
        b.location(e.location() != null ? e.location() : g.location());
        b.venue(e.venue() != null ? e.venue() : g.venue());
        b.theme(e.theme() != null ? e.theme() : g.theme());
        b.topics(e.topics() != null ? e.topics() : g.topics());
        b.organizers(e.organizers() != null ? e.organizers() : g.organizers());
        if (e.countries() == null && e.cities() == null && e.delegations() == null && e.attendees() == null) {
            b.countries(g.countries()).cities(g.cities()).delegations(g.delegations()).attendees(g.attendees());
        }
    }

    /** Adds an alias unless it is the name or a piece of another alias (a caption's truncated tail). */
    private static void addAlias(Forum f, String alias) {
        if (alias.equals(f.name) || f.aliases.stream().anyMatch(a -> a.contains(alias))) {
            return;
        }
        f.aliases.removeIf(alias::contains);
        f.aliases.add(alias);
    }

    /**
     * 甲论坛暨乙大会: when both parts of a name joined by 暨 are forum names, each is another name of the
     * same event (GOLD.md §3); 甲城市暨乙论坛, whose first part is no forum, is one coordinated name.
     */
    private void addCoordinatedNames(Forum f, String name) {
        if (!name.contains("暨")) {
            return;
        }
        List<String> parts = List.of(name.split("暨"));
        boolean allForums = parts.size() >= 2 && parts.stream()
                .allMatch(p -> p.length() >= 3 && (lexicon.endsWith(EventLexicon.Role.FORUM_HEAD, p) != null || forumNames.endsWithHeadAndCity(p)));
        if (allForums) {
            parts.forEach(p -> addAlias(f, p));
        }
    }

    /** @param dated whether the sentence's date is the forum's: it reports the forum held */
    private void readDetails(DocumentContext ctx, int si, Forum f, boolean dated) {
        Sentence s = ctx.sentences.get(si);
        String t = s.text();
        MaskedSentence ms = ctx.masked.get(si);
        f.online |= dated && OnlineSessions.heldOnline(t);
        DateResolver.DateMention d = dated ? ForumDates.sessionDate(ctx, si) : null;
        if (dated && d == null && !NumeralDates.toDigits(t).equals(t)) {
            // 八月十九日至二十日: read the numerals as digits (forum-side: the shared resolver reads digits only)
            d = ctx.resolver.find(NumeralDates.toDigits(t), s.start(), null).stream()
                    .filter(x -> x.first() != null).findFirst().orElse(null);
        }
        String[] aroundToday = dated ? ForumDates.twoDaysAroundToday(t, ctx.reference) : null;
        String[] listed = dated && d != null && !d.isSpan() ? ForumDates.listedDays(t, d.first()) : null;
        if (aroundToday != null && f.b.build().start() == null) {
            f.b.start(aroundToday[0]).end(aroundToday[1]);
        } else if (listed != null && f.b.build().start() == null) {
            f.b.start(listed[0]).end(listed[1]).date(null); // 27、28日在甲市登场
        } else if (d != null && !(d.first() != null && d.first().length() == 4 && f.name.contains(d.first()))) {
            String[] openClose = ForumDates.openAndCloseDays(ctx, si);
            Matcher toDay = d.isSpan() || d.first() == null || d.first().length() != 10 ? null
                    : ForumDates.TO_DAY.matcher(ctx.text.substring(Math.min(d.end(), ctx.text.length())));
            if (toDay != null && toDay.lookingAt() && Integer.parseInt(toDay.group(1)) <= 31
                    && Integer.parseInt(toDay.group(1)) > Integer.parseInt(d.first().substring(8))) {
                // 今（3）日至4日: a relative first day, then the last day of the same month
                f.b.start(d.first()).end(d.first().substring(0, 8) + String.format("%02d", Integer.parseInt(toDay.group(1))));
            } else if (d.isSpan()) {
                f.b.start(d.spanStart()).end(d.spanEnd());
            } else if (openClose != null) {
                f.openDate = openClose[0];
                f.closeDate = openClose[1];
            } else if ((t.contains("闭幕") || (ForumDates.closes(t) && !t.contains("开幕"))) && d.first() != null) {
                f.closeDate = keepFuller(f.closeDate, d.first());
            } else if (t.contains("开幕") && d.first() != null) {
                f.openDate = keepFuller(f.openDate, d.first()); // a later 开幕典礼 sentence's year leaves the day read before
            } else if ((f.b.date() == null || ForumDates.lessPrecise(f.b.date(), d.first())) && d.first() != null) {
                f.b.date(d.first()); // a day reported later says more than a year given first
            }
        }
        if (f.b.location() == null) {
            String loc = ForumLocation.location(ms);
            if (loc == null) {
                loc = ForumLocation.placeAfterHead(ms, lexicon.words(EventLexicon.Role.FORUM_HEAD), lexicon.words(EventLexicon.Role.HELD));
            }
            if (loc == null && dated) {
                loc = ForumLocation.heldHereIn(ctx, si, f); // 甲论坛今晚在此间举行: where the report was filed
            }
            if (loc != null) {
                f.b.location(loc);
            }
        }
        Matcher lasts = ForumDates.LASTS.matcher(t);
        if (lasts.find() && f.days == null) {
            f.days = ForumCounts.number(lasts.group(1));
        }
        String theme = ForumTopics.theme(t);
        if (theme != null && f.b.build().theme() == null) {
            f.b.theme(theme);
        }
        List<String> topics = ForumTopics.topics(t);
        String numbered = ForumTopics.numbered(t);
        List<String> knownTopics = f.b.build().topics();
        if (!topics.isEmpty() && knownTopics == null) {
            f.b.topics(topics);
        } else if (numbered != null) {
            List<String> all = new ArrayList<>(knownTopics == null ? List.of() : knownTopics);
            if (!all.contains(numbered)) { // 分论坛一:A, 分论坛二:B…: one line each
                all.add(numbered);
                f.b.topics(all);
            }
        } else if (knownTopics != null) {
            List<String> all = new ArrayList<>(knownTopics);
            for (String sub : ForumTopics.subForumThemes(t)) { // 分论坛一以“A”为主题。分论坛二以“B”为主题。
                if (!all.contains(sub)) {
                    all.add(sub);
                }
            }
            if (all.size() > knownTopics.size()) {
                f.b.topics(all);
            }
        }
        ForumCounts.Counts c = ForumCounts.read(t);
        Event known = f.b.build();
        boolean counted = known.countries() != null || known.cities() != null || known.attendees() != null || known.delegations() != null;
        if (c.any() && !counted) { // the first report of who came is the forum's; later figures are of a part of it
            f.b.countries(c.countries()).cities(c.cities()).delegations(c.delegations()).attendees(c.attendees());
        } else if (c.attendees() != null && known.attendees() != null && c.attendees() > known.attendees()
                && ForumCounts.totalOfTheForum(t) && agrees(known.countries(), c.countries())
                && agrees(known.cities(), c.cities()) && agrees(known.delegations(), c.delegations())) {
            // 来自全球的68位市长汇聚一堂, then 本次论坛共有来自39个国家的约450名嘉宾: the forum's own total is its
            // attendance; the first figure counted one kind of guest
            f.b.countries(first(known.countries(), c.countries())).cities(first(known.cities(), c.cities()))
                    .delegations(first(known.delegations(), c.delegations())).attendees(c.attendees());
        } else if (c.any() && agrees(known.countries(), c.countries()) && agrees(known.cities(), c.cities())
                && agrees(known.delegations(), c.delegations()) && agrees(known.attendees(), c.attendees())) {
            // a headline's 5国城市首长齐聚, then the body's 5个国家8个城市60人: figures that agree tell of the same
            // attendance, and fill what the first report left out
            f.b.countries(first(known.countries(), c.countries())).cities(first(known.cities(), c.cities()))
                    .delegations(first(known.delegations(), c.delegations())).attendees(first(known.attendees(), c.attendees()));
        }
        for (String host : hosts.hosts(ms)) {
            List<String> knownHosts = f.b.build().organizers();
            List<String> all = new ArrayList<>(knownHosts == null ? List.of() : knownHosts);
            if (!all.contains(host)) {
                all.add(host);
                f.b.organizers(all);
            }
        }
        String venue = venues.venue(ms);
        if (venue != null) {
            f.b.venue(venue);
        }
        f.end = Math.max(f.end, s.end());
    }

    /** The day already read, unless the new date says more (a year gives way to a day, not the other way round). */
    private static String keepFuller(String known, String read) {
        return known == null || ForumDates.lessPrecise(known, read) || known.length() == read.length() ? read : known;
    }

        private static boolean hasDate(Forum f) {
        Event e = f.b.build();
        return e.date() != null || e.start() != null || f.openDate != null || f.closeDate != null;
    }

    private static boolean agrees(Integer known, Integer read) {
        return known == null || read == null || known.equals(read);
    }

    private static Integer first(Integer a, Integer b) {
        return a != null ? a : b;
    }

    /**
     * 第十一届全体大会, 2012年度会员大会: an edition or a year and an assembly's generic head, nothing else — the
     * full name (甲联盟第十一届全体大会) with its body left out, a short reference in the report, not another name
     * of the event (the pool's gold lists none such). The heads are {@code ASSEMBLY_HEAD} of {@code models/events/lexicon.tsv}.
     */
    private static java.util.regex.Pattern bareAssembly(EventLexicon lexicon) {
        return java.util.regex.Pattern.compile("(?:\\d{4}年?度?)?(?:第[0-9一二三四五六七八九十百]+[届次])?"
                + dev.newsie.text.WordAlternation.of(lexicon.words(EventLexicon.Role.ASSEMBLY_HEAD)));
    }

    private static final java.util.regex.Pattern CITY_HALL = java.util.regex.Pattern.compile("市?(?:政厅|政廳|厅|廳|政府|政大楼)");

    private void finish(DocumentContext ctx, Forum f) {
        if (f.b.date() == null && f.b.build().start() == null) {
            Matcher y = ForumMentions.YEAR_PREFIX.matcher(f.name);
            if (y.find()) {
                f.b.date(y.group(1)); // only the year the name gives (2023上海国际友好城市合作论坛)
            }
        }
        String venue = f.b.build().venue();
        if (venue != null && f.b.location() != null && venue.startsWith(f.b.location()) && !ForumVenue.hotel(venue)) {
            String v = venue.substring(f.b.location().length());
            v = v.length() > 1 && "省市区县".indexOf(v.charAt(0)) >= 0 ? v.substring(1) : v;
            boolean cityHall = CITY_HALL.matcher(venue.substring(f.b.location().length())).lookingAt();
            if (venues.namesAVenue(v) && !cityHall) { // 甲市政厅 is the city's hall: its name needs the city
                f.b.venue(v); // a bare head (国际会议中心) is no venue's name: 青河国际会议中心 stays whole
            }
        }
        f.aliases.remove(f.name);
        f.aliases.removeIf(a -> bareAssembly.matcher(CanonicalNames.surfaceForm(a)).matches());
        f.b.name(f.name).aliases(new ArrayList<>(f.aliases)).evidence(new Span(f.start, f.end));
    }
}
