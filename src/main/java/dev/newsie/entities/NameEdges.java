package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.CoreWords;
import dev.newsie.nlp.Token;
import dev.newsie.nlp.Tokens;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Where an organisation name read from its head really begins: the words a run of name tokens may have taken in
 * before it (a person and 在, the verb 代表, a joined name) are cut off, and what the tokens left out (a quoted
 * phrase, a split special administrative region) is taken in.
 */
final class NameEdges {
    /** The fewest characters of a name that must remain once an edge is cut off; fewer name no body or place. */
    static final int MIN_NAME_LEFT = 3;

    /** Prepositions of place: inside a run of name tokens, one before a place ends whatever came before (在台中市政府). */
    private static final String LOCATIVES = "在";
    /**
     * One-character abbreviations of Taiwan, Hong Kong and Macau: country + 在台, 在港 + body name a presence there
     * (美国在台协会); without the country, 在 is a preposition (山田一郎在台中市政府).
     */
    private static final String REGION_ABBREVIATIONS = "台港澳";

    /** 代表处, 代表团, 代表会, 代表部: after 代表 these make a body's name (驻华代表处), not the verb "to represent". */
    private static final String BODIES_OF_REPRESENTATIVES = "处团会部";

    /**
     * 县长林明辉及长野县议会 read as one organisation token: where 及/与/和 inside the span is followed by a place (or
     * a mission named by 驻 and its place: 主席王大明及驻智利代表处) and preceded by a title and a name, the words
     * before it are someone else's, not the body's.
     */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("(?:长|员|主席|主委|参议|顾问|秘书|书记)\\p{IsHan}{2,3}$");
    /**
     * 某某区委, 某某县议会 after the 及: a place written with its level and then its body, which the segmenter may have
     * read into one token with the person before it, so that no place was found inside.
     */
    private static final Pattern LEVELLED_BODY = Pattern.compile("\\p{IsHan}{1,4}[省市县区州町](?:委|政府|议会|人大|政协)");
    /** How far before the span its person's title may stand, when an earlier rule already cut the title off (县长|林明辉及…). */
    private static final int TITLE_REACH = 2;

    /** A level character standing alone for the article's city or province (秘书长马文斌及市商务局). */
    private static final String BARE_LEVELS = "市省";

    /** Characters of an ordinal's number (第十九届, 第5届). */
    private static final String NUMERALS = "一二三四五六七八九十百零〇两0123456789";
    /** Words before 届 that point at a term without a number (新一届, 本届, 上届, 首届, 历届). */
    private static final String TERM_POINTERS = "新本上首历该";

    /**
     * Where an ordinal term (第五届, 新一届, 本届) starts in a name, or -1: 江门市友好协会第五届理事会 is a term of the
     * association's board, 十九届全国…会 an edition of a meeting; the body, if any, is named before the ordinal.
     */
    static int termStart(String name) {
        int term = name.indexOf('届');
        if (term < 0) {
            return -1;
        }
        int k = term;
        while (k > 0 && NUMERALS.indexOf(name.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k > 0 && (name.charAt(k - 1) == '第' || TERM_POINTERS.indexOf(name.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k;
    }

    /** Longest quoted phrase taken into a name. */
    static final int MAX_QUOTED_PREFIX = 12;

    private final IntPredicate countryAbbreviation;

    NameEdges(IntPredicate countryAbbreviation) {
        this.countryAbbreviation = countryAbbreviation;
    }

    /** 在 between a country and a body whose name opens with 台, 港 or 澳 (美国在台协会). */
    static boolean presenceAbroad(Token locative, Token body, List<Candidate> places) {
        return LOCATIVES.equals(locative.word()) && locative.end() == body.start()
                && REGION_ABBREVIATIONS.indexOf(body.word().charAt(0)) >= 0 && PlaceSpans.countryEndsAt(places, locative.start());
    }

    /**
     * 市长山田一郎在台中市政府: a person and 在 before the body's place are no part of it (在华, 在日 + body: a body of
     * nationals abroad keeps its 在).
     */
    int afterLocative(String text, int start, int end, List<Candidate> places) {
        for (int k = end - 4; k > start; k--) {
            if (LOCATIVES.indexOf(text.charAt(k)) >= 0 && text.charAt(k + 1) != '华' && !countryAbbreviation.test(text.charAt(k + 1))
                    && !(REGION_ABBREVIATIONS.indexOf(text.charAt(k + 1)) >= 0 && PlaceSpans.countryEndsAt(places, k))) {
                return k + 1;
            }
        }
        return start;
    }

    /**
     * 张三代表某市委: the name begins after the verb (not the 代表 of a head: 代表处). The span may also open inside the
     * verb, when the segmenter read its first character with the name before it (王/明代/表/市政府).
     */
    static int afterAgent(String text, int start, int end, String head) {
        if (start > 0 && text.startsWith("代表", start - 1) && start + 1 <= end - head.length()
                && BODIES_OF_REPRESENTATIVES.indexOf(text.charAt(start + 1)) < 0) {
            return start + 1;
        }
        int agent = text.lastIndexOf("代表", end - 1);
        if (agent >= start && agent + 2 < end && agent < end - head.length()
                && BODIES_OF_REPRESENTATIVES.indexOf(text.charAt(agent + 2)) < 0) {
            int after = agent + 2;
            // 某町代表及驻某地办事处: the representative was one guest, the conjunction joins the next one's body
            return CONJUNCTIONS.indexOf(text.charAt(after)) >= 0 && end - after - 1 >= MIN_NAME_LEFT ? after + 1 : after;
        }
        return start;
    }

    /** Conjunctions that join two guests or bodies and never open a name. */
    private static final String CONJUNCTIONS = "及与暨";

    /**
     * Conjunctions that join two items of a list, or a titled person and the body named after (市长某某和市政府…), in
     * {@link #afterJoinedPersonOrListItem}: the name opens after one.
     */
    private static final String ITEM_CONJUNCTIONS = "及与和";

    /** 香港/特别/行政区政府…局: 特别 read as an adverb cut the name; it opens at the region's place. */
    static int beforeSplitRegion(String text, int start, List<Candidate> places) {
        if (start >= PlaceSpans.SAR_SPLIT && text.startsWith(PlaceSpans.SAR, start - PlaceSpans.SAR_SPLIT)) {
            return PlaceSpans.sarPlaceStart(places, start - PlaceSpans.SAR_SPLIT, start);
        }
        return start;
    }

    /**
     * Where a body's name in {@code [start, end)} opens after a conjunction ({@link #ITEM_CONJUNCTIONS}) inside it, or
     * {@code start}. Two jobs, tried at each conjunction from the left: after any list item when a mission's name
     * follows (画展及驻某国代表处), and after a titled person when a place, a bare level or a levelled body follows
     * (市长某某与某市政府). Reads the text and the places read; writes nothing.
     */
    static int afterJoinedPersonOrListItem(String text, int start, int end, List<Candidate> places) {
        for (int k = start + 1; k < end - 2; k++) {
            if (ITEM_CONJUNCTIONS.indexOf(text.charAt(k)) >= 0 && PlaceSpans.missionStartsAt(text, k + 1, places)) {
                // 画展及驻某国代表处: a mission's name opens with 驻 (or its country, never a conjunction), so what stands
                // before the conjunction is another item of the list, whatever it is
                return k + 1;
            }
            if (ITEM_CONJUNCTIONS.indexOf(text.charAt(k)) >= 0 && (PlaceSpans.placeStartsAt(places, k + 1)
                    || BARE_LEVELS.indexOf(text.charAt(k + 1)) >= 0 || LEVELLED_BODY.matcher(text).region(k + 1, end).lookingAt())
                    && TITLE_THEN_NAME.matcher(text.substring(Math.max(0, start - TITLE_REACH), k)).find()) {
                return k + 1;
            }
        }
        return start;
    }

    /** Counts of countries written after their abbreviations (中日韩三国): 两 is two, 三 three … 十 ten. */
    private static final String COUNTS = "两三四五六七八九十";

    /**
     * 中日韩三国 + 合作秘书处: the countries, abbreviated and counted, open the name; the segmenter's tokens leave
     * them outside it (三国 read as a time word). Taken only when the count matches the abbreviations.
     */
    int beforeCountedCountries(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '国' || COUNTS.indexOf(text.charAt(start - 2)) < 0) {
            return start;
        }
        int count = COUNTS.indexOf(text.charAt(start - 2)) + 2, first = start - 2;
        while (first > 0 && countryAbbreviation.test(text.charAt(first - 1))) {
            first--;
        }
        return start - 2 - first == count ? first : start;
    }

    /**
     * 三国环保联络处, 两国政府: a body named after a count of countries whose abbreviations are not written (a later,
     * clipped mention of 中俄蒙三国环保联络处, or the states' bodies as a kind) names no body of its own.
     */
    boolean afterUnnamedCountedCountries(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '国' && COUNTS.indexOf(text.charAt(start - 2)) >= 0
                && beforeCountedCountries(text, start) == start;
    }

    /** Prepositions of direction and object (向, 对, 给) the segmenter glues onto a foreign name it reads as a person's. */
    private static final String GLUED_PREPOSITIONS = PrepositionsBeforePlaces.of("glued");

    /** Prepositions of company (同, 与, 和, 跟) the segmenter can glue onto a bare head noun after them. */
    private static final String COMPANY_PREPOSITIONS = PrepositionsBeforePlaces.of("company");

    /**
     * 期待同领事馆加强合作, 愿与政府合作: a preposition of company glued onto a bare head noun (同领事馆/nt) opens a
     * phrase about "the consulate", "the government" already named, not a body's own name. Only a bare head after
     * it counts, so names that open with the character (同济大学) stay.
     */
    static boolean companyBeforeBareHead(String word, java.util.function.Predicate<String> bareHead) {
        return word.length() >= 3 && COMPANY_PREPOSITIONS.indexOf(word.charAt(0)) >= 0 && bareHead.test(word.substring(1));
    }

    /**
     * 向/米兰 read as one person's name (向米兰/nr) before 理工大学: the preposition of the verb phrase (向…颁奖) is no
     * part of the body's name; only a name token of three characters or more is cut, so a two-character name stays.
     */
    static int afterGluedPreposition(Token first, int start) {
        String w = first.word();
        if (first.start() == start && first.tag().startsWith("nt") && w.length() >= 4 && "向给".indexOf(w.charAt(0)) >= 0) {
            return start + 1; // 向联合国/nt 教科文组织: the preposition glued onto a body's own name (not 对, which opens 对外友协)
        }
        return first.start() == start && first.tag().startsWith("nr") && w.length() >= 3
                && GLUED_PREPOSITIONS.indexOf(w.charAt(0)) >= 0 ? start + 1 : start;
    }

    /**
     * Verbs of visiting and meeting that the segmenter glues onto the name after them (参访某某基金会/nt): they open
     * the clause, not the name.
     */
    private static final List<String> GLUED_OPENERS = List.of("参访", "拜会", "拜访", "参观", "访问", "会见", "会晤");

    /**
     * 记者从某省外事办公室获悉: the reporter's source phrase, which the segmenter can join to the body named after it,
     * opens the sentence, not the name.
     */
    private static final List<String> REPORTER_SOURCE = List.of("记者从", "记者近日从", "记者日前从", "记者昨日从", "记者今天从");

    /** Last characters of verbs of taking a text from somewhere (转载自, 授权自, 摘自, 引自, 选自, 来自): 自 after them is "from". */
    private static final String TAKEN_FROM = "载转摘引录选来权";

    /**
     * 本文经授权转载自某某新闻: the 自 of 转载自 is the preposition, not the first character of the outlet's name; at
     * least three characters of a name must remain.
     */
    static int afterSourcePreposition(String text, int start, int end) {
        return start > 0 && text.charAt(start) == '自' && TAKEN_FROM.indexOf(text.charAt(start - 1)) >= 0 && end - start - 1 >= MIN_NAME_LEFT
                ? start + 1 : start;
    }

    /** Prepositions and governing verbs glued onto a name ({@code models/glued-governors.tsv}), longest first. */
    private static final List<String> GLUED_GOVERNORS = ModelFile.read("glued-governors.tsv", 1).stream()
            .map(r -> r.get(0)).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /**
     * Words that open a nationwide or national body's name (全国友协, 国家某某局), or an international one's
     * (联合国某某办公室, 世界某某组织, 国际某某协会).
     */
    private static final List<String> BODY_OPENINGS = List.of("全国", "中国", "国家", "联合国", "世界", "国际");

    /**
     * 经/全国友协, 利用/某市友协, 来自/某地/某新闻网: a preposition or governing verb the segmenter glued onto the name
     * after it is cut where a place the article names (here or elsewhere: the segmenter's token hides it here) or a
     * national or international body's opening (全国, 中国, 国家, 联合国, 世界, 国际) follows it — so 经济 or 自贸 stay whole.
     */
    static int afterGluedGovernor(String text, int start, int end, List<Candidate> places) {
        for (String g : GLUED_GOVERNORS) {
            int after = start + g.length();
            if (text.startsWith(g, start) && end - after >= MIN_NAME_LEFT
                    && (PlaceSpans.placeStartsAt(places, after) || BODY_OPENINGS.stream().anyMatch(w -> text.startsWith(w, after))
                        || places.stream().anyMatch(p -> p.type().isPlace() && p.name().length() >= 2 && text.startsWith(p.name(), after)))) {
                return after;
            }
        }
        return start;
    }

    /** Shortest bare head noun after a glued word that makes the run name no body (议会, 委员会; not a one-character 委). */
    private static final int MIN_GOVERNED_HEAD = 2;

    /**
     * 而/议会, 曾是/委员会, 通过/协会: a word of {@code models/glued-governors.tsv} glued onto a bare head noun opens a
     * clause about a body of that kind named elsewhere or not at all; the run names no body.
     */
    static boolean governsBareHead(String text, int start, int end, java.util.function.Predicate<String> bareHead) {
        return bareAfterGovernor(text, start, end, bareHead, List.of()) >= 0;
    }

    /**
     * 除/办事处, 应/市政府, 经/省外办: a word of {@code models/glued-governors.tsv} opening the run, where all that follows
     * it is bare ({@code bare}: a bare head noun, or a level's bare body such as 市 + 政府), opens a clause about a body
     * named elsewhere or about the article's own place's body. Returns where the bare part starts, or -1 when no
     * governor opens the run or what follows it is no bare body. A governor inside a place's name is the place's.
     */
    static int bareAfterGovernor(String text, int start, int end, java.util.function.Predicate<String> bare, List<Candidate> places) {
        for (String g : GLUED_GOVERNORS) {
            int after = start + g.length();
            if (text.startsWith(g, start) && end - after >= MIN_GOVERNED_HEAD && bare.test(text.substring(after, end))
                    && places.stream().noneMatch(p -> p.type().isPlaceOrCountry() && p.start() < after && p.end() > start)) {
                return after;
            }
        }
        return -1;
    }

    /** Prepositions and verbs that govern a body from inside a run of name tokens ({@code models/inner-governors.tsv}). */
    private static final List<String> INNER_GOVERNORS;
    /** The words of {@code models/inner-governors.tsv} marked always: they open no name, so they are cut with no place after. */
    private static final java.util.Set<String> ALWAYS_CUT;

    static {
        List<String> words = new java.util.ArrayList<>();
        java.util.Set<String> always = new java.util.HashSet<>();
        for (ModelFile.Row r : ModelFile.read("inner-governors.tsv", 2)) {
            switch (r.get(1)) {
                case "place" -> { }
                case "always" -> always.add(r.get(0));
                default -> throw r.error("where the word is cut must be place or always, not '" + r.get(1) + "'");
            }
            words.add(r.get(0));
        }
        INNER_GOVERNORS = List.copyOf(words);
        ALWAYS_CUT = java.util.Set.copyOf(always);
    }

    /**
     * 材料向联合国某署, 甲市联合乙市政府, 考察组赴某省外事办, 以及某公司, 会后某市委: a word before the preposition, verb,
     * conjunction or time word (the clause's subject or object, or nothing: the word opens the run) and the body it
     * governs read as one run of tokens. The name opens after the word where a place (written here, or named elsewhere
     * in the article) or a national or international body's opening follows it, or always for a word that opens no name
     * (以及, leaving a short name of two characters: 以及甲钢); with no place or opening there (面向, 联合会, 后勤部) the
     * word is part of the name.
     */
    static int afterInnerGovernor(String text, int start, int end, List<Candidate> places) {
        for (int k = end - 4; k >= start; k--) {
            for (String g : INNER_GOVERNORS) {
                if (governsBodyAt(text, k, end, g, places)) {
                    return k + g.length();
                }
            }
        }
        return start;
    }

    /** Whether word {@code g}, written at {@code k}, governs a body that runs from after it to {@code end}. */
    private static boolean governsBodyAt(String text, int k, int end, String g, List<Candidate> places) {
        int after = k + g.length();
        boolean always = ALWAYS_CUT.contains(g);
        return text.startsWith(g, k) && end - after >= (always ? 2 : 3) && !text.startsWith("联合国", k)
                && (always || PlaceSpans.placeStartsAt(places, after) || BODY_OPENINGS.stream().anyMatch(w -> text.startsWith(w, after))
                    || places.stream().anyMatch(p -> p.type().isPlace() && p.name().length() >= 2 && text.startsWith(p.name(), after)));
    }

    /**
     * 以及某公司, 赴某州议会, 会后某市委 as an organisation of any recogniser (a tagger's too): the body after a word of
     * {@code models/inner-governors.tsv} that opens its name, cut as {@link #afterInnerGovernor} cuts one; the candidate
     * itself when no such word opens it.
     */
    static Candidate withoutOpeningGovernor(String text, Candidate c, List<Candidate> places) {
        if (c.type() != EntityType.ORGANIZATION || c.name().length() != c.end() - c.start()) {
            return c;
        }
        for (String g : INNER_GOVERNORS) {
            if (governsBodyAt(text, c.start(), c.end(), g, places)) {
                int after = c.start() + g.length();
                return new Candidate(after, c.end(), c.type(), c.name().substring(g.length()), c.country(), c.source());
            }
        }
        return c;
    }

    /** The object marker 对 (某人对某市政府的支持表示感谢). */
    private static final char OBJECT_MARKER = '对';
    /** Characters before 对 that make a word with it (应对, 针对, 面对, 相对, 绝对, 反对, 核对, 比对, 配对, 敌对): no marker. */
    private static final String WORD_BEFORE_MARKER = "应针面相绝反核比配敌";
    /** Characters after 对 that make a word with it, as in names (对外友协, 对口支援办, 对台办, 对华, 对话, 对接, 对策, 对非). */
    private static final String WORD_AFTER_MARKER = "外口台华话接策非比象应等照";

    /**
     * 某人对某市政府, 某市对总领馆: the segmenter reads the object marker 对 with the words around it into one organisation
     * token, so the run of name tokens takes in who thanks or praises the body; the body's name starts after the last
     * such 对 (or, with a bare head after it, -1: the body is one the article named before). 对 in a word (应对,
     * 对外友协) stays.
     */
    static int afterObjectMarker(String text, int start, int end, java.util.function.Predicate<String> bareHead) {
        for (int k = end - 3; k > start; k--) {
            if (text.charAt(k) == OBJECT_MARKER && WORD_BEFORE_MARKER.indexOf(text.charAt(k - 1)) < 0
                    && WORD_AFTER_MARKER.indexOf(text.charAt(k + 1)) < 0) {
                return bareHead.test(text.substring(k + 1, end)) ? -1 : k + 1;
            }
        }
        return start;
    }

    /**
     * 主办方为, 承办单位是, 指导单位: a body's role in an event, named before it (论坛的主办方为某市人民政府); the segmenter
     * may glue the label to the name, which starts after it.
     */
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(?:联合主办|共同主办|主办|承办|协办|指导|支持|执行|合作)(?:方|单位|机构)(?:为|是|系)?[:：]?");

    /** Where the name starts once a role label glued before it is cut; at least three characters of a name must remain. */
    static int afterRoleLabel(String text, int start, int end) {
        java.util.regex.Matcher m = ROLE_LABEL.matcher(text).region(start, end);
        int cut = start;
        while (m.find()) {
            if (end - m.end() >= MIN_NAME_LEFT) {
                cut = m.end();
            }
        }
        return cut;
    }

    /**
     * 姊妹城市某某市政府, 友城某某市议会: the partner's standing written before its body's name describes the body, it does
     * not name it; the name starts with the place after the standing word.
     */
    static int afterFriendLink(String text, int start, int end, List<Candidate> places) {
        int from = start;
        for (String own : OWN_BODY) {
            if (text.startsWith(own, from) && linkAt(text, from + own.length()) != null) {
                from += own.length(); // 本会姐妹会某某市议会: the reporting body's own word before the partner's standing
                break;
            }
        }
        String link = linkAt(text, from);
        if (link == null) {
            return start;
        }
        int after = from + link.length();
        for (Candidate c : PlaceSpans.within(places, after, after + 1)) {
            if (c.type() == EntityType.COUNTRY && c.start() == after && PlaceSpans.placeOfCountryStartsAt(places, c.end(), c.name())) {
                after = c.end(); // 姐妹会日本某某市议会: the partner's country before its place is a modifier
                break;
            }
        }
        return end - after >= MIN_NAME_LEFT && PlaceSpans.placeStartsAt(places, after) ? after : start;
    }

    /**
     * A body's standing towards the reporting one written before the partner body's name: the friend-city words, and
     * the sister council or association (姐妹会, 姊妹议会), which is no place's word and so is listed here.
     */
    private static final List<String> BODY_STANDINGS = List.of("姐妹议会", "姊妹议会", "姐妹会", "姊妹会");
    /** The reporting body's word for itself (本会, 我会), which may open such a standing (本会姐妹会…). */
    private static final List<String> OWN_BODY = List.of("本会", "我会");

    private static String linkAt(String text, int at) {
        for (String link : PlaceRecognizer.FRIEND_LINKS) {
            if (text.startsWith(link, at)) {
                return link;
            }
        }
        for (String link : BODY_STANDINGS) {
            if (text.startsWith(link, at)) {
                return link;
            }
        }
        return null;
    }

    /** Where the name starts once a glued verb of visiting is cut; at least three characters of a name must remain. */
    static int afterGluedVerb(String text, int start, int end) {
        for (String v : REPORTER_SOURCE) {
            if (text.startsWith(v, start) && end - start - v.length() >= MIN_NAME_LEFT) {
                return start + v.length();
            }
        }
        // 15日访问某郡厅: the day's 日 (its digits left out of the run) may stand before the verb
        int from = start < end && "日号".indexOf(text.charAt(start)) >= 0 ? start + 1 : start;
        for (String v : GLUED_OPENERS) {
            if (text.startsWith(v, from) && end - from - v.length() >= MIN_NAME_LEFT) {
                return from + v.length();
            }
        }
        return start;
    }

    /**
     * 国家/n + 外交部/nto: 国家 (the state's) before a ministry the segmenter reads as one organ of government (three
     * characters or more, ending in 部) points at the state; the ministry is named without it. Where 国家 is a word of
     * the name (国家发展改革委, 国家安全部 read as one token) it is no token of its own before the organ.
     */
    static int afterTheState(List<Token> tokens, int first, int head, String h, int start) {
        Token organ = tokens.get(head);
        return h.equals("部") && first + 1 == head && tokens.get(first).word().equals("国家") && tokens.get(first).start() == start
                && organ.tag().startsWith("nt") && organ.word().length() >= 3 ? organ.start() : start;
    }

    /**
     * 的, and 原/前 ("former"), which the segmenter glues onto the body after them (访问的某国国会/nt, a 原国会议员's
     * former house): they are no part of a name. 的 opens no name (a name of three characters must remain); 原/前 are
     * cut only where a place opens what is left, or where what is left is a bare head (the former member's house, no
     * named one), since a place's own name may open with one.
     */
    static int afterGluedParticle(String text, int start, int end, List<Candidate> places, java.util.function.Predicate<String> bareHead) {
        if (start + 1 >= end || GLUED_PARTICLES.indexOf(text.charAt(start)) < 0 || PlaceSpans.placeStartsAt(places, start)) {
            return start;
        }
        if (text.charAt(start) == PARTICLE) {
            return end - start - 1 >= MIN_NAME_LEFT && text.charAt(start + 1) != '士' ? start + 1 : start; // 的士 (taxi) is a word
        }
        return PlaceSpans.placeStartsAt(places, start + 1) || bareHead.test(text.substring(start + 1, end)) ? start + 1 : start;
    }

    /** The particle that opens no name in Chinese. */
    private static final char PARTICLE = '的';
    /** The particle 的 and the words for "former" (原, 前) in one-character form. */
    private static final String GLUED_PARTICLES = "的原前";

    /**
     * A day or month the segmenter glued onto the words after it (10日送行政院/nt), and a verb of sending after it; the
     * day's 日/号/月 also when its digits stand just before the run (22日某市议会): a date's word after digits opens no name.
     */
    private static final Pattern GLUED_DATE = Pattern.compile("(?:\\d{1,2}|(?<=\\d))[月日号][送交呈报赴至到向往经由]?");

    /**
     * What else a day glues on before a name: the dateline's 讯 (本报12日讯) and the preposition 以 (5日以某某为团长). Cut only
     * where no place opens with it (5日以色列…). A closed class of two words, kept here beside the pattern it extends.
     */
    private static final String AFTER_A_DAY = "讯以";

    /** Where the name starts once a glued date (and the word after it) is cut; a name of three characters stays. */
    static int afterGluedDate(String text, int start, int end, List<Candidate> places) {
        java.util.regex.Matcher m = GLUED_DATE.matcher(text).region(start, end).useTransparentBounds(true);
        if (!m.lookingAt() || !Character.isDigit(text.charAt(start)) && PlaceSpans.placeStartsAt(places, start)) {
            return start; // 30日本某某: the digits' 日 may open a place (日本)
        }
        int after = m.end();
        if (after < end && "月日号".indexOf(text.charAt(after - 1)) >= 0 && AFTER_A_DAY.indexOf(text.charAt(after)) >= 0 && !PlaceSpans.placeStartsAt(places, after)) {
            after++;
        }
        return end - after >= MIN_NAME_LEFT ? after : start;
    }

    /** Classifiers of bodies (三所大学, 两家公司, 多个协会) after a count. */
    private static final String BODY_CLASSIFIERS = "所家个座";
    /** What counts bodies before a classifier: numerals and the words for "several" and "many". */
    private static final String BODY_COUNTS = NUMERALS + "多几数余";

    /** 多所大学, 三家公司: a count and a classifier before a head noun number bodies of a kind; they name none. */
    static boolean countedBodies(String text, int start) {
        int c = start;
        while (c < text.length() && BODY_COUNTS.indexOf(text.charAt(c)) >= 0) {
            c++;
        }
        if (c > start) {
            return c < text.length() && BODY_CLASSIFIERS.indexOf(text.charAt(c)) >= 0;
        }
        return BODY_CLASSIFIERS.indexOf(text.charAt(start)) >= 0 && start > 0 && BODY_COUNTS.indexOf(text.charAt(start - 1)) >= 0;
    }

    /** 除 (besides) of 除某某市政府外: the frame's opening, which the segmenter may glue to the name with the word before it. */
    private static final char BESIDES = '除';
    /** How far into the run 除 may stand: first, or after the one character the segmenter glued on before it (访团 + 除). */
    private static final int BESIDES_REACH = 1;

    /**
     * 此次访团除某市政府、某市议会外: the name opens at the place right after 除, not before it (团除某市政府).
     */
    static int afterBesides(String text, int start, int end, List<Candidate> places) {
        for (int k = start; k <= start + BESIDES_REACH && k < end; k++) {
            if (text.charAt(k) == BESIDES && end - k - 1 >= MIN_NAME_LEFT && PlaceSpans.placeStartsAt(places, k + 1)) {
                return k + 1;
            }
        }
        return start;
    }

    /** Words that introduce an office held ({@code models/office-holding-words.tsv}), longest first. */
    private static final List<String> OFFICE_WORDS = ModelFile.read("office-holding-words.tsv", 1).stream()
            .map(r -> r.get(0)).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * 市长兼/某某学院董事, 时任/某某部长, 部长暨某某委员会主席: a word of holding office opens the title, not the body's
     * name, which starts after it; at least three characters of a name must remain. A word of two characters (时任,
     * 兼任) opens no name; a one-character one (兼, 暨), which the segmenter may glue onto the body after it, is cut where
     * it is a token of its own or follows right after a title (the segmenter's {@code nnt}), so a name opening with it (暨阳…) stays.
     */
    static int afterOfficeWord(List<Token> tokens, String text, int start, int end) {
        for (String w : OFFICE_WORDS) {
            int after = start + w.length();
            if (text.startsWith(w, start) && end - after >= MIN_NAME_LEFT
                    && (w.length() > 1 || Tokens.exactly(tokens, start, after) != null || titleBefore(tokens, text, start))) {
                return after;
            }
        }
        return start;
    }

    /** Closing brackets that may stand between a title and the word of office after it: (秘书长)暨. */
    private static final String CLOSING_BRACKETS = ")）]】」』";

    /**
     * Whether a title token ends right at {@code at}, or with only closing brackets between (部长)暨). A title before a
     * 、 or ， ends its own item of a list (院长、暨南大学教授), so the next item's name keeps its first character.
     */
    private static boolean titleBefore(List<Token> tokens, String text, int at) {
        int end = at;
        while (end > 0 && CLOSING_BRACKETS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        for (Token t : tokens) {
            if (t.end() == end && t.tag().startsWith("nnt")) {
                return true;
            }
        }
        return false;
    }

    /** The backend's body {@code c} without a word of holding office it opened with ({@link #afterOfficeWord}). */
    static Candidate withoutOfficeWord(String text, Candidate c, List<Token> tokens) {
        int start = afterOfficeWord(tokens, text, c.start(), c.end());
        return start == c.start() ? c : new Candidate(start, c.end(), c.type(), text.substring(start, c.end()), c.country(), c.source());
    }

    /** A dash the run began with (广州-奥克兰-…) joins names; it opens none. */
    static int afterDashes(String text, int start, int end) {
        while (start < end && "-—".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return start;
    }

    /** Where a quoted phrase that ends right at {@code start} opens, or -1: “一带一路” before 建设工作委员会. */
    static int quotedPrefixStart(String text, int start) {
        if (start == 0 || "”」』\"".indexOf(text.charAt(start - 1)) < 0) {
            return -1;
        }
        for (int i = start - 2; i >= Math.max(0, start - 1 - MAX_QUOTED_PREFIX); i--) {
            char c = text.charAt(i);
            if ("“「『\"".indexOf(c) >= 0) {
                return i < start - 2 ? i : -1;
            }
            if (!Character.isLetterOrDigit(c) && "-—·".indexOf(c) < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Conjunctions and prepositions of company that coordinate a quoted phrase with the body after it (“甲”同乙联盟). */
    private static final String COORDINATORS = COMPANY_PREPOSITIONS + "及";

    /**
     * “甲乙倡议”同某某经济联盟对接: a conjunction right after a closing quotation mark coordinates the quoted phrase with
     * the body after it, so the body's name begins after the conjunction and the quotation is no part of it. The
     * character only counts when it makes no word with the next one (“甲”和平基金会 opens with 和平).
     */
    static int afterQuotedConjunction(String text, int start, int end) {
        if (start == 0 || start + 3 >= end || "”」』\"".indexOf(text.charAt(start - 1)) < 0 || COORDINATORS.indexOf(text.charAt(start)) < 0
                || CoreWords.isWord(text.substring(start, start + 2))) {
            return start;
        }
        return start + 1;
    }
}
