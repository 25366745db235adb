package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.text.CharacterPresence;
import dev.newsie.text.RequiredCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The awards a sentence names: quoted, introduced with 简称, named unquoted after a verb of giving or receiving
 * (split where several are coordinated), an honour named by 称号, or the honour heading a line of a list.
 */
final class AwardNames {
    private final EventLexicon lexicon;

    AwardNames(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An opening mark inside is not allowed: in “甲说获得“X”证书” the quote is the inner one, not the outer. */
    private static final Pattern QUOTED_AWARD = Pattern.compile("[“\"「『【]([^“”\"「」『』【】]{2,40}奖)[”\"」』】]");

    /** The verbs of handing an honour over or receiving it (颁发, 致赠, 获颁), with their aspect 了. */
    private static final String HANDED_OVER = "(?:颁发|颁赠|致赠|赠送|赠予|颁给|获颁|获赠)了?";

    /** 致赠市钥, 颁发感谢状, 获颁甲市荣誉市民状, 颁发荣誉市民证: the honours Taiwan's city halls hand over, named by the object alone. */
    private static final Pattern TOKEN_HONOUR = Pattern.compile(
            HANDED_OVER + "((?:[\\p{IsHan}]{1,6}?(?=市荣誉市民(?:状|证)))?(?:感谢状|市钥|荣誉市民(?:状|证(?!书))))");

    /** A character of a name glued before the city's key: no 的 and no conjunction (证书和市钥 names two things). */
    private static final String KEY_PREFIX_CHAR = "[\\p{IsHan}&&[^的和与及、]]";

    /**
     * A city's key handed over ({@link CityKeys}): right after the verb, its city glued to it and named with it
     * (致赠甲市钥 → 甲市钥) or joined by 的 and left out of the name (致赠甲市的市钥 → 市钥); or, in the double-object
     * order, after the recipient and a 的, quotation mark or 把 (送给乙…的甲「市钥」 → 市钥).
     */
    private static final Pattern CITY_KEY = Pattern.compile(
            HANDED_OVER + "(?:" + KEY_PREFIX_CHAR + "{2,6}?市?的)?((?:" + KEY_PREFIX_CHAR
            + "{2,6}?(?=" + CityKeys.KEY + "))?" + CityKeys.KEY + ")"
            + "|(?:送给|赠给|赠送给|致赠给|颁赠给)[^。;；]{1,40}?(?<=[的“\"「『把])(" + CityKeys.KEY + ")");

    /** The last words of contests' names ({@code models/events/contest-heads.tsv}): 大赛, 马拉松, 某某杯. */
    private static final List<String> CONTEST_HEADS = ModelFile.read("events/contest-heads.tsv", 1).stream()
            .map(r -> r.get(0)).toList();

    /** 获评, 被评为, 荣膺: verbs that give the title quoted right after them. */
    private static final Pattern RATED = Pattern.compile("(?:获评|评为|荣膺)$");

    /** The certificate or medal that stands for an honour, right after its quoted name. */
    private static final Pattern CONFERRED_TOKEN = Pattern.compile("(?:荣誉)?(?:证书|奖牌|奖章|奖杯|牌匾)");

    private static final Pattern ABBREVIATED_AWARD = Pattern.compile("([\\p{IsHan}]{4,20}奖)[(（]简称");
    /** The characters every match of {@link #ABBREVIATED_AWARD} holds (奖, a bracket, 简, 称): read once, tested per sentence. */
    private static final RequiredCharacters ABBREVIATED_AWARD_REQUIRE = RequiredCharacters.of(ABBREVIATED_AWARD);

    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^“”\"「」『』]{2,30})[”\"」』]");

    /**
     * One award of an unquoted series, with its count of winners. Items are joined by a conjunction (or, after a count,
     * a comma): read lazily without one, 获得X奖的外国专家颁奖 would run on to the 奖 of 颁奖.
     */
    private static final String UNQUOTED_ITEM = "(?:(?:\\d{4}年度?)?[\\p{IsHan}]{2,20}?(?:奖|奖章|勋章|星章|纪念牌|纪念章)(?![项金状杯牌励章])(?:\\d+名|\\d+个)?)";

    /**
     * 设立了X奖, 评选出X奖12名和Y奖4名, 颁发X奖2名,Y奖4名 (a count closes each, so a comma goes on with the series),
     * 获颁X纪念牌: an award named without quotation marks after a verb.
     */
    private static final Pattern UNQUOTED_AWARD = Pattern.compile(
            // 被授予X奖: the passive puts the award right after the verb (the active 授予 has its recipient there)
            "(?:被授予了?|被授与了?|设立的|设立了?|评选出了?|评出了?|获颁|颁授|荣获|获得了?|荣膺|喜获|摘得|获评为?|获(?![得颁奖授评悉])|颁发了?(?!给)|颁赠了?(?!给)|致赠了?(?!给))"
            // 为获得者颁授勋章: 者 makes the verb a noun (the one who received), so no award's name follows it
            + "(?!者)(" + UNQUOTED_ITEM + "(?:(?:和|与|及|(?<=\\d[名个])[,，、])" + UNQUOTED_ITEM + ")*)");

    /** 由甲设立的X奖, 甲颁发的X奖: the giver's clause before an award's name is not part of the name. */
    /** 颁发了证书和奖章: the objects that stand for an honour named elsewhere, not an award's name. */
    private static final Pattern TOKENS_ONLY = Pattern.compile(
            "(?:(?:荣誉)?(?:证书|奖章|奖牌|奖杯|奖状|纪念章|纪念牌|牌匾|勋章)(?:和|与|及|、)?)+");

    /**
     * 颁发奖杯和获奖证书: the objects handed over, 获奖证书 among them, run on past where a lazily read name would stop
     * (at 获奖 before 证书) — such a run names no award however it is cut.
     */
    private static final Pattern TOKEN_RUN = Pattern.compile(
            "(?:(?:荣誉|获奖)?(?:证书|奖章|奖牌|奖杯|奖状|纪念章|纪念牌|牌匾|勋章)(?:和|与|及|、)?)+");

    /** ;国际友城特别贡献奖授予甲市: an unquoted award opening a clause, conferred on those after its verb. */
    private static final Pattern CLAUSE_SUBJECT_AWARD = Pattern.compile(
            "(?:^|[。;；])\\s*(?![此该本这])([\\p{IsHan}]{4,20}?(?:奖|奖章|勋章))(?:分别)?(?:授予|颁给|颁发给)");

    /** ;国际友城合作奖由甲协会、乙联合会设立: an unquoted award opening a clause, then who set it up or gives it. */
    private static final Pattern DEFINED_SUBJECT_AWARD = Pattern.compile(
            "(?:^|[。;；,，\\s])\\s*(?![此该本这其])([\\p{IsHan}]{2,20}?奖)(?=(?:是|系)?由[^。;；,，]{2,60}?(?:设立|发起|创立|创设|设置|颁发|授予))");

    private static final Pattern GIVER_CLAUSE = Pattern.compile("^.*(?:设立|颁发|授予|颁授|评选|评定|主办|发起)的");

    /** 金莲花荣誉勋章:甲、乙。 — a line of an honours list: the honour's name, unquoted, then a colon and who received it. */
    private static final Pattern HONOURS_LINE = Pattern.compile("^\\s*(?:[一二三四五六七八九十\\d]+[、.．]\\s*)?([\\p{IsHan}]{3,20})[:：]\\s*[^\\s:：]");

    String honoursLineAward(String line) {
        Matcher h = HONOURS_LINE.matcher(line);
        if (!h.find() || line.length() > 200) {
            return null;
        }
        String name = h.group(1);
        return !CLAUSE_WORD.matcher(name).find() && lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null ? name : null;
    }

    /** 甲 金莲花荣誉勋章 / 甲、乙(专业功绩勋章): an honours-list line naming who first, then the honour after a space or in brackets. */
    private static final Pattern NAMES_THEN_HONOUR = Pattern.compile(
            "^\\s*([^\\s:：(（)）]{2,40}?)(?:\\s+|[(（])([\\p{IsHan}]{3,20})[)）]?\\s*[。;；]?\\s*$");

    /** An honour named after the names that received it, on a line of their own; {@code namesEnd}: where the names end. */
    record HonourAfterNames(String award, int namesEnd) {
    }

    HonourAfterNames honourAfterNames(String line) {
        Matcher h = NAMES_THEN_HONOUR.matcher(line);
        if (!h.matches() || CLAUSE_WORD.matcher(h.group(1)).find() || CLAUSE_WORD.matcher(h.group(2)).find()) {
            return null;
        }
        String name = h.group(2);
        return lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null ? new HonourAfterNames(name, h.end(1)) : null;
    }

    /** 甲、乙(专业功绩勋章);丙(工商功绩勋章): names, then the honour they received in brackets, several to a sentence. */
    private static final Pattern BRACKETED_HONOUR = Pattern.compile("([^;；:：(（)）。]{2,80}?)[(（]([\\p{IsHan}]{3,20})[)）]");

    /** An honour in brackets after the names that received it: the names run from {@code namesStart} to {@code namesEnd}. */
    record BracketedHonour(String award, int namesStart, int namesEnd) {
    }

    List<BracketedHonour> bracketedHonours(String sentence) {
        List<BracketedHonour> out = new ArrayList<>();
        if (sentence.indexOf('(') < 0 && sentence.indexOf('（') < 0) {
            return out; // no opening bracket, no match: the lazy names group would try 80 characters at every position
        }
        Matcher b = BRACKETED_HONOUR.matcher(sentence);
        while (b.find()) {
            String name = b.group(2);
            if (!name.startsWith("简称") && !CLAUSE_WORD.matcher(name).find() && !CLAUSE_WORD.matcher(b.group(1)).find()
                    && lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null) {
                int lead = b.group(1).length() - b.group(1).stripLeading().length();
                out.add(new BracketedHonour(name, b.start(1) + lead, b.end(1)));
            }
        }
        return out;
    }

    /** 一、国际友好城市交流合作奖(20个) / 对华友好城市交流合作奖获奖名单: a heading line naming an award unquoted. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．]|[(（][一二三四五六七八九十\\d]+[)）])?\\s*([\\p{IsHan}·—-]{3,30}?)"
            + "(?:[(（][^)）]{1,12}[)）])?(?:获奖名单|获奖者名单|获奖城市名单|获奖城市|获奖单位|获得者|名单)?(?:如下)?[:：]?$");

    /**
     * A verb or a subject's count inside a line: the line is a clause about an award, not a heading naming it. Verbs of
     * becoming (成为, 当选) are among them: 外国专家如何当选名誉市民 asks how the honour is won, it names no award.
     */
    private static final Pattern CLAUSE_WORD = Pattern.compile("获|颁|授予|设立|表彰|揭晓|新添|新增|增添|再添|喜添|成为|当选|\\d+[个位名]");

    String headingAward(String line) {
        if (line.length() > 40) {
            return null;
        }
        Matcher h = HEADING.matcher(line.trim());
        if (!h.matches()) {
            return null;
        }
        String name = h.group(1);
        if (CLAUSE_WORD.matcher(name).find()) {
            return null; // 三省市获X奖, 大会颁奖: a headline that reports the award is a clause, not its name
        }
        return name.length() >= 4 && lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null ? name : null;
    }

    /** The awards named in {@code s}, in a new list of the caller's own (AwardExtractor adds the honours it reads to it). */
    List<String> awardNames(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED_AWARD.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        Matcher q = QUOTED.matcher(s);
        while (q.find()) {
            String name = q.group(1);
            // “荣誉市民”称号, “…友谊勋章”: an honour named by its head or by the word 称号 after it
            // “…使者”证书 / “…之友”奖牌 given: an honour named by the certificate or medal that is conferred
            boolean token = CONFERRED_TOKEN.matcher(s).region(q.end(), s.length()).lookingAt() && lexicon.contains(EventLexicon.Role.AWARD_VERB, s);
            // 获评“友城工作先进城市”: a title the named are rated, whatever its head
            boolean rated = q.start() >= 2 && RATED.matcher(s.substring(Math.max(0, q.start() - 3), q.start())).find();
            // “X”颁奖仪式 / “X”颁奖活动: a quoted name whose own prize-giving follows it is the award's, whatever its
            // head — but a contest's (“甲市马拉松”颁奖仪式) gives prizes for the contest and is none
            boolean prizeGiving = AwardCeremony.ownPrizeGivingAt(s, q.end()) && CONTEST_HEADS.stream().noneMatch(name::endsWith);
            if (!out.contains(name) && (s.startsWith("称号", q.end()) || s.startsWith("荣誉称号", q.end()) || token || rated || prizeGiving
                    || lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, name) != null)) {
                out.add(name);
            }
        }
        Matcher u = UNQUOTED_AWARD.matcher(s);
        while (u.find()) {
            Matcher run = TOKEN_RUN.matcher(s).region(u.start(1), s.length());
            if (run.lookingAt() && run.end() >= u.end(1)) {
                continue; // 颁发奖杯和获奖证书: what is handed over, not the award's name
            }
            for (String part : coordinatedAwards(u.group(1))) {
                String read = trimToHead(GIVER_CLAUSE.matcher(part).replaceFirst(""));
                // 由甲颁发的X奖, 获得的又一大奖: the verb closes a relative clause at 的; the name is what it modifies
                String name = read != null && read.startsWith("的") ? trimToHead(read.substring(1)) : read;
                // 获得这项政府奖: a pointer with its classifier takes up an award named before; it names none
                if (name != null && name.length() >= 4 && !TOKENS_ONLY.matcher(name).matches() && !rankOnly(name)
                        && !POINTED.matcher(name).lookingAt()
                        && !out.contains(name) && out.stream().noneMatch(o -> o.contains(name))) {
                    out.add(name);
                }
            }
        }
        for (String name : namedBeforeCeremony(s)) {
            if (!out.contains(name) && out.stream().noneMatch(o -> o.contains(name) || name.contains(o))) {
                out.add(name); // 联合举行的第三届甲奖颁奖典礼: an award named, unquoted, by its own prize-giving
            }
        }
        // every match's lookahead holds 由, so a sentence without it is not scanned (this runs for every sentence of
        // every page); checked by hand because RequiredCharacters reads lookaheads as requiring nothing, so would see
        // only 奖, which most award sentences hold
        if (s.indexOf('由') >= 0) {
            Matcher d = DEFINED_SUBJECT_AWARD.matcher(s);
            while (d.find()) {
                String name = d.group(1);
                if (!rankOnly(name) && !out.contains(name) && out.stream().noneMatch(o -> o.contains(name) || name.contains(o))) {
                    out.add(name); // X奖由甲协会设立: an award, unquoted, opening the clause that says who set it up
                }
            }
        }
        Matcher c = CLAUSE_SUBJECT_AWARD.matcher(s);
        while (c.find()) {
            String name = c.group(1);
            if (!rankOnly(name) && !out.contains(name) && out.stream().noneMatch(o -> o.contains(name) || name.contains(o))) {
                out.add(name); // X奖授予甲市: an award, unquoted, as the subject of its clause's verb of conferring
            }
        }
        Matcher t = TOKEN_HONOUR.matcher(s);
        while (t.find()) {
            if (!out.contains(t.group(1)) && out.stream().noneMatch(o -> o.contains(t.group(1)))) {
                out.add(t.group(1)); // 致赠市钥, 颁发感谢状: an honour named by what is handed over, however short
            }
        }
        Matcher k = CITY_KEY.matcher(s);
        while (k.find()) {
            String key = k.group(1) != null ? k.group(1) : k.group(2);
            if (!out.contains(key)) {
                out.add(key); // 致赠甲市钥, 送给乙…的市钥: a city's key handed over
            }
        }
        // a match ends in (简称: a sentence that cannot hold one is not scanned, so the Han run before every 奖 is not
        // tried at each of its positions
        if (ABBREVIATED_AWARD_REQUIRE.mayOccurIn(new CharacterPresence(s))) {
            m = ABBREVIATED_AWARD.matcher(s);
            while (m.find()) {
                String name = m.group(1);
                int cut = Math.max(name.lastIndexOf('和'), Math.max(name.lastIndexOf('与'), name.lastIndexOf('及')));
                out.add(cut >= 0 ? name.substring(cut + 1) : name);
            }
        }
        return out;
    }

    /**
     * X奖12名和Y奖4名 / X奖2名,Y奖4名 → X奖, Y奖: a run of award names split at 和/与/及 (or a comma after a count)
     * only where the part before ends in an award head (so 由甲和乙设立的X奖 stays one part).
     */
    private List<String> coordinatedAwards(String run) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String piece : run.split("(?<=和|与|及|[,，、])")) {
            part.append(piece);
            String bare = part.toString().replaceAll("(?:和|与|及|[,，、])$", "").replaceAll("\\d+[名个]$", "");
            if (lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, bare) != null) {
                out.add(bare);
                part.setLength(0);
            }
        }
        if (part.length() > 0) {
            out.add(part.toString());
        }
        return out;
    }

    /** 第五批, 第12批, 首批: a batch of an honour's holders. */
    private static final String BATCH = "第[一二三四五六七八九十百零〇两\\d]{1,4}批|首批";

    /** The honours a batch may stand before (see {@link #UNQUOTED_HONOUR}). */
    private static final Pattern BATCHED_HONOUR = Pattern.compile("(?:荣誉市民|荣誉公民|名誉市民)$");

    /**
     * An honour's name as the text may write it with a batch before its head (甲市荣誉市民 as 甲市第五批荣誉市民),
     * which {@link #unquotedHonours} leaves out of the name; null for an honour no batch is read inside.
     */
    static Pattern writtenWithABatch(String honour) {
        Matcher head = BATCHED_HONOUR.matcher(honour);
        return head.find() ? Pattern.compile(Pattern.quote(honour.substring(0, head.start())) + "(?:" + BATCH + ")"
                + Pattern.quote(head.group())) : null;
    }

    /** 授予甲宁波市荣誉市民称号: an honour named by 称号 without quotation marks, with the place it is of. */
    private static final Pattern UNQUOTED_HONOUR = Pattern.compile("(Ⓟ?)(?:荣誉市民|荣誉公民|名誉市民|荣誉县民|荣誉居民)(?=(?:荣誉)?称号)"
            // 第十批甲市荣誉市民授证仪式, 《关于授予甲市荣誉市民的决定》: with its place, named by the ceremony or decision
            // (甲市荣誉市民授荣仪式: 授荣, conferring the honour, names its ceremony as 授证 does)
            // (甲市第五批荣誉市民授证仪式, 甲市首批荣誉市民证书: the batch written between the place and the honour counts
            // the honour's holders, it is no part of the honour's name)
            + "|Ⓟ(?<batch>" + BATCH + ")?(?:荣誉市民|荣誉公民|名誉市民)(?=授证|授荣|(?:授予|颁授|颁证)仪式|的决定|》"
            // 颁发的甲市荣誉市民证书, 为甲市荣誉市民颁发证书, 开始甲市荣誉市民评授: named by its certificate or its selection
            + "|证书|证章|颁发证书|评授|评选)"
            // 颁发甲荣誉市民证及市民卡: the card that is the honour, named with its place after a verb of handing over
            + "|(?<=颁发|颁赠|获颁|致赠|授予)Ⓟ(?:荣誉市民证|荣誉县民证)(?![书章明])"
            // 并于2022年获颁甲市荣誉市民, 前议长获颁甲荣誉市民: the honour named bare with its place right after a verb
            // of receiving, ending the clause (the Taiwan press's way of recalling an honour)
            // (被授予甲县荣誉县民。: the passive verb of conferring, ending the clause, names it the same way)
            + "|(?<=获颁|荣获|荣膺|被授予)Ⓟ(?:荣誉市民|荣誉县民|荣誉公民)(?=[，,。；;、）)]|$)");

    static List<String> unquotedHonours(MaskedSentence ms) {
        List<String> out = new ArrayList<>();
        Matcher h = UNQUOTED_HONOUR.matcher(ms.masked());
        while (h.find()) {
            int from = ms.textOffset(h.start()) - ms.sentence().start();
            int to = ms.textOffset(h.end() - 1) - ms.sentence().start() + 1;
            String name = ms.sentence().text().substring(from, to);
            if (h.start("batch") >= 0) {
                int batchFrom = ms.textOffset(h.start("batch")) - ms.sentence().start();
                int batchTo = ms.textOffset(h.end("batch") - 1) - ms.sentence().start() + 1;
                name = ms.sentence().text().substring(from, batchFrom) + ms.sentence().text().substring(batchTo, to);
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The prize-giving that follows an award's name: 甲奖颁奖典礼, 甲奖颁奖仪式, 甲奖授奖大会. */
    private static final Pattern CEREMONY_AFTER = Pattern.compile("奖(?=" + ReaderWords.CEREMONY_VERBS.alternation("prize") + "(?:典礼|仪式|大会|晚会))");

    /**
     * What ends the words before an award's name: a verb of holding (举行甲奖颁奖仪式), 的 of a relative clause, 在, or a
     * count of occasions (次).
     */
    private static final Pattern BEFORE_NAME = Pattern.compile("(?:举行|举办|召开|出席|参加|的|在|次)$");

    /** 最近几次甲奖颁奖仪式, 历次甲奖颁奖典礼: prize-givings counted in general, as a list of them is introduced; none is reported. */
    private static final Pattern OCCASIONS = Pattern.compile("(?:几|历|多|各|每)次$");

    /** 这项奖, 此项奖, 该项奖, 这一奖项 (又一大奖, 另一奖项: one more of a kind): a pointer before an award's head, naming no award. */
    private static final Pattern POINTED = Pattern.compile("(?:这|此|该|上述)(?:项|个|一)|(?:又|另)一");

    /** 此奖, 该奖, 本届奖, 各奖: words pointing at an award named elsewhere, not a name. */
    private static final Pattern POINTER = Pattern.compile("^(?:此|该|本|这|各|上述|其)");

    /**
     * 甲协会联合举行的第三届乙奖颁奖典礼 / 举行2031年度乙奖颁奖仪式: an award named without quotation marks by its own
     * prize-giving — the name runs back from 奖 over Chinese characters to a verb of holding, 的, 在 or the clause's start.
     */
    List<String> namedBeforeCeremony(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = CEREMONY_AFTER.matcher(s);
        while (m.find()) {
            int end = m.end();
            int start = end - 1;
            while (start > 0 && end - start < 24 && isHan(s.charAt(start - 1))
                    && !BEFORE_NAME.matcher(s.substring(0, start)).find()) {
                start--;
            }
            if (start > 0 && Character.isDigit(s.charAt(start - 1))) {
                Matcher year = YEAR_BEFORE.matcher(s.substring(0, start + 1));
                if (s.charAt(start) == '年' && year.find()) {
                    start = year.start(); // 2031年度甲奖: the year is read with the name, to be set aside as its edition
                } else if ("月日号".indexOf(s.charAt(start)) >= 0) {
                    start++; // 12月18日甲奖颁奖典礼: a date's last character is no part of the name
                }
            }
            if (OCCASIONS.matcher(s.substring(0, start)).find()) {
                continue;
            }
            String name = s.substring(start, end);
            String bare = AwardVariants.withoutEdition(name);
            if (bare.length() >= 4 && !POINTER.matcher(bare).find() && !CLAUSE_WORD.matcher(bare).find()
                    && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static final Pattern YEAR_BEFORE = Pattern.compile("(?<!\\d)\\d{4}年$");

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** 甲是乙设立的最高荣誉奖: a phrase telling where an award stands describes the award named elsewhere. */
    private boolean rankOnly(String name) {
        return lexicon.endsWith(EventLexicon.Role.AWARD_RANK, name) != null;
    }

    /** The name up to its last award head (甲城友谊奖12名 → 甲城友谊奖), or null. */
    private String trimToHead(String part) {
        String p = part.replaceAll("\\d+[名个]$", "");
        for (int end = p.length(); end > 0; end--) {
            if (lexicon.endsWith(EventLexicon.Role.AWARD_HEAD, p.substring(0, end)) != null) {
                return p.substring(0, end);
            }
        }
        return null;
    }
}
