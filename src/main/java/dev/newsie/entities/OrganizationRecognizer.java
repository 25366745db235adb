package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Recognises organisation names by their head noun (协会, 组织, 政府, 公司, 部… from
 * {@code models/org-suffixes.tsv}): a token ending in such a word, extended left over the nouns and proper
 * nouns before it. A name needs a proper noun or a place inside it, so generic phrases (地方政府) are not
 * taken; events (论坛, 大会) and awards (奖) are not organisations (GOLD.md §2).
 */
public final class OrganizationRecognizer {
    /** Most tokens an organisation name spans. */
    static final int MAX_TOKENS = 8;
    private static final Set<String> EVENT_WORDS = Set.of("论坛", "大会", "年会", "会议", "峰会", "博览会", "交流会", "对话", "奖");

    /** Category nouns a name never extends over (银蕨农场, not 红肉生产企业银蕨农场). */
    private static final Set<String> BARRIERS = Set.of("企业", "机构", "单位", "部门", "媒体", "公司", "集团");

    /** Tags of words that modify a name from outside it: locality, numerals, classifiers, distinguishers, adverbs. */
    private static final Set<String> MODIFIER_TAGS = Set.of("m", "mq", "q", "b", "d", "r", "t", "p", "c", "u", "Rg", "Mg");
    /** Words that grade or point at a body rather than name it (最后一家, 大型旅行社). */
    private static final Set<String> MODIFIER_WORDS = Set.of("最后", "最大", "最新", "最早", "首家", "大型", "小型", "中型", "重要",
            "其他", "其它", "相关", "主要", "各", "该", "本", "此", "这", "那", "一些", "多家", "知名", "著名", "当地", "国内", "国外", "海外");
    /** 多国总领事馆, 各国驻华使馆: a name that opens with a count or a distributive of countries names a kind of body. */
    private static final java.util.regex.Pattern KIND_OPENING = java.util.regex.Pattern.compile("[多各两几数诸他][国家]");
    /** A level character standing alone for the article's city or province (市商务局, 省贸促会). */
    private static final String BARE_LEVELS = "市省";
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile("[一二三四五六七八九十两几多\\d]+[家个座所位名市省国城地]?");
    /** A one-token "name" starting with a function word is a segmentation error (将为公司, 为节能风电公司). */
    /** Prepositions of place: inside a run of name tokens, one before a place ends whatever came before (在台中市政府). */
    private static final String LOCATIVES = "在";
    /**
     * One-character abbreviations of Taiwan, Hong Kong and Macau: country + 在台, 在港 + body name a presence there
     * (美国在台协会); without the country, 在 is a preposition (山田一郎在台中市政府).
     */
    private static final String REGION_ABBREVIATIONS = "台港澳";
    private static final String FUNCTION_START = "将为把被对向在从由与和及或并";

    /** Words that alone before a head noun say what kind of body it is (友好协会, 国际组织), not which one. */
    private static final Set<String> KIND_MODIFIERS = Set.of("友好", "国际", "民间", "地方", "双边", "多边", "友城", "姐妹", "姊妹",
            "相关", "有关", "当地", "两国", "两市", "双方");

    /** 代表处, 代表团, 代表会, 代表部: after 代表 these make a body's name (驻华代表处), not the verb "to represent". */
    private static final String BODIES_OF_REPRESENTATIVES = "处团会部";

    /** First letters of the tags of verbs, adverbs, prepositions and conjunctions. */
    private static final Set<String> VERB_LIKE = Set.of("v", "d", "p", "c");

    /** Level characters that a head noun may follow inside one token (市政府代表团 → 市政府, the city's government). */
    private static final String LEVELS = "市省州县区";

    /** One-character heads that, right after another one, make a collective term (局处, 厅局, 部委). */
    private static final String COLLECTIVE_NEXT = "处局厅部委署室";

    private final List<String> heads;
    private final Set<String> generic;
    /** One-character country abbreviations (中, 日, 美): two of them (日中, 美中) are a proper noun in a name. */
    private final java.util.function.IntPredicate countryAbbreviation;

    public OrganizationRecognizer(List<String> heads, Set<String> generic) {
        this(heads, generic, c -> false);
    }

    public OrganizationRecognizer(List<String> heads, Set<String> generic, java.util.function.IntPredicate countryAbbreviation) {
        List<String> h = new ArrayList<>(heads);
        h.sort(Comparator.comparingInt(String::length).reversed());
        this.heads = List.copyOf(h);
        this.generic = Set.copyOf(generic);
        this.countryAbbreviation = countryAbbreviation;
    }

    /**
     * Taiwan's missions are named 驻 + city + 台北经济文化办事处 (驻奥克兰台北经济文化办事处): with 台北经济文化 before the
     * head, a name that opens with 驻 is one body all the same.
     */
    static final String TAIPEI_OFFICE = "台北经济文化";

    public static OrganizationRecognizer load() {
        return load(CountryAbbreviations.load());
    }

    /** With the country abbreviations the entity recogniser already holds, so the table is read once. */
    static OrganizationRecognizer load(CountryAbbreviations abbreviations) {
        Set<String> generic = new java.util.HashSet<>();
        ModelFile.read("generic-org-phrases.tsv", 1).forEach(r -> generic.add(r.get(0)));
        List<String> heads = ModelFile.read("org-suffixes.tsv", 1).stream().map(r -> r.get(0)).distinct().toList();
        return new OrganizationRecognizer(heads, generic,
                c -> abbreviations.isAbbreviation((char) c));
    }

    /** @param places place candidates, which count as proper nouns inside a name */
    public List<Candidate> recognize(String text, List<Token> tokens, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        tokens = joinSplitHeads(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            Candidate inner = headInside(text, head);
            if (inner != null) {
                // continue with the token cut at its head noun, so the names before it still join
                head = new Token(head.start(), inner.end(), inner.name(), head.tag());
            }
            String h = headAt(head.word());
            if (h == null && titleOfHead(head.word()) && i > 0 && tokens.get(i - 1).end() == head.start()
                    && !tokens.get(i - 1).word().endsWith(head.word().substring(0, 1))) { // 促进局局长 names 促进局 already
                // 水务局长: the title of a bureau's head names the bureau (水务局) before it
                head = new Token(head.start(), head.end() - 1, head.word().substring(0, 1), "n");
                h = head.word();
            }
            if (h == null || (h.length() == 1 && !head.word().equals(h) && !head.tag().startsWith("n") && !head.tag().equals("q"))) {
                continue; // 签署 ends in 署 but is a verb
            }
            if (h.length() == 1 && head.end() < text.length() && COLLECTIVE_NEXT.indexOf(text.charAt(head.end())) >= 0
                    && !text.startsWith(h + "长", head.end())) { // 信息技术部部长: the head's own title follows
                continue; // 县局处首长, 厅局级, 部委: two kinds of body side by side name a class of bodies, not one
            }
            if (h.length() == 1 && text.startsWith("首席", head.start() - 2) && text.startsWith("长", head.end())) {
                continue; // 首席部长 (chief minister) is a title, not a 部
            }
            if (h.equals("委") && head.word().endsWith("常委") && !text.startsWith("会", head.end())) {
                continue; // 政协常委, 市委常委: a member of a standing committee is a title, not a body
            }
            int first = i;
            boolean proper = isProper(head) && !head.word().equals(h);
            while (first > 0 && i - first + 1 < MAX_TOKENS && isNameToken(tokens.get(first - 1))
                    && !BARRIERS.contains(tokens.get(first - 1).word())
                    && !(tokens.get(first - 1).tag().equals("nnt") && isProper(tokens.get(first))) // 成员 + 富山县…协会
                    && tokens.get(first - 1).end() == tokens.get(first).start()) {
                first--;
                proper |= isProper(tokens.get(first));
            }
            int placeStart = placeEndingAt(places, tokens.get(first).start());
            while (placeStart >= 0 && first > 0 && tokens.get(first - 1).start() >= placeStart && i - first + 1 < MAX_TOKENS
                    && tokens.get(first - 1).end() == tokens.get(first).start()) {
                first--; // 亚/b 琛/g + 工业大学: a place the segmenter split into odd pieces still opens the name
                proper = true;
            }
            if (first >= 2 && presenceAbroad(text, tokens.get(first - 1), tokens.get(first), places)) {
                first -= 2; // 美国 + 在 + 台协会: a country's body in Taiwan, Hong Kong or Macau keeps its 在 and its country
            }
            // Leading modifiers are not part of a name: 最后/一家/大型/原创/28 …
            while (first < i && !countryAbbreviationToken(tokens.get(first)) && !insidePlace(places, tokens.get(first))
                    && (MODIFIER_TAGS.contains(tokens.get(first).tag()) || MODIFIER_WORDS.contains(tokens.get(first).word())
                    || QUANTITY.matcher(tokens.get(first).word()).matches())) {
                first++;
            }
            int start = tokens.get(first).start(), end = head.end();
            if (first == i && head.word().equals(h)) {
                continue; // a bare head noun (政府, 协会) names nothing
            }
            if (first == i && (FUNCTION_START.indexOf(head.word().charAt(0)) >= 0
                    || !(head.tag().startsWith("nt") || placeThenHead(head, h, places)))) {
                continue; // one token: only the segmenter's own organisation names, and not 将为公司
            }
            if (tokens.get(first).word().equals("驻") && !text.substring(head.start(), head.end()).contains(TAIPEI_OFFICE)
                    && !text.startsWith("台北", end - h.length() - 2)) {
                // (驻韩国台北代表部: a mission named for 台北 is Taiwan's, one body)
                continue; // 驻穗总领事馆 without its country is a kind of mission, not one named body
            }
            if (first == i) {
                proper = true;
            } else {
                proper = false;
                for (int k = first; k <= i; k++) {
                    proper |= (isProper(tokens.get(k)) || isCountryPair(tokens.get(k))) && !(k == i && tokens.get(k).word().equals(h));
                }
            }
            int afterPlaces = start;
            for (Candidate p : within(places, start, end)) {
                if (p.start() >= start && p.end() <= end && p.type() != EntityType.ORGANIZATION) {
                    proper = true;
                    if (p.start() == afterPlaces) {
                        afterPlaces = p.end();
                    }
                    if (p.start() == start && p.type() == EntityType.COUNTRY && p.end() < end
                            && (placeOfCountryStartsAt(places, p.end(), p.name()) || text.startsWith("全国", p.end())
                            || text.startsWith("国家", p.end()))) {
                        start = p.end(); // 土耳其伊斯坦布尔市信息技术部: the country before a place is a modifier, not part of the name
                    }
                }
            }
            for (int k = end - 4; k > start; k--) {
                if (LOCATIVES.indexOf(text.charAt(k)) >= 0 && text.charAt(k + 1) != '华' && !countryAbbreviation.test(text.charAt(k + 1))
                        && !(REGION_ABBREVIATIONS.indexOf(text.charAt(k + 1)) >= 0 && countryEndsAt(places, k))) {
                    start = k + 1; // 市长山田一郎在台中市政府: a person and 在 before the body's place are no part of it
                    break;         // (在华, 在日 + body: a body of nationals abroad keeps its 在)
                }
            }
            int agent = text.lastIndexOf("代表", end - 1);
            if (agent >= start && agent + 2 < end && agent < end - h.length()
                    && BODIES_OF_REPRESENTATIVES.indexOf(text.charAt(agent + 2)) < 0) {
                start = agent + 2; // 张三代表某市委: the name begins after the verb (not the 代表 of a head: 代表处)
            }
            if (start >= SAR_SPLIT && text.startsWith(SAR, start - SAR_SPLIT)) {
                start = placeStart(places, start - SAR_SPLIT, start); // 香港/特别/行政区政府…局: 特别 read as an adverb cut the name
            }
            start = afterJoinedPerson(text, start, end, places);
            while (start < end && "-—".indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            if (text.startsWith("总部", end - 2) && end - 2 - start >= 3 && headAt(text.substring(start, end - 2)) != null) {
                end -= 2; // 某某政府总部: the headquarters is the body's seat, the body is named before it
            }
            String name = text.substring(start, end);
            if (name.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && "-—·+()（）".indexOf(c) < 0)) {
                continue; // 外资企业,跨国公司: a segmenter's token across a comma
            }
            int quoted = quotedPrefixStart(text, start);
            if (quoted >= 0) {
                start = quoted; // “一带一路”建设工作委员会: a quoted phrase before the name is part of it
                name = text.substring(start, end);
            }
            if (!proper && start == tokens.get(first).start() && tokens.get(first).word().length() == 1
                    && BARE_LEVELS.indexOf(name.charAt(0)) >= 0 && first < i) {
                proper = true; // 市 + 商务局: the bare level stands for the article's city (BareOrganizationReferences)
            }
            String beforeHead = EVENT_WORDS.stream().anyMatch(h::contains) ? name.substring(0, name.length() - h.length()) : name;
            if (!proper || end - start < 3 || EVENT_WORDS.stream().anyMatch(beforeHead::contains) // 商工会议所 is no 会议
                    || generic.stream().anyMatch(name::endsWith) || KIND_OPENING.matcher(name).lookingAt()) {
                continue;
            }
            out.add(new Candidate(start, end, EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN));
        }
        return out;
    }

    /**
     * The segmenter's organisation token sometimes runs past the name into a following noun (杭州市人民对外友好协会
     * 代表团): the name ends at the last head noun inside it.
     */
    private Candidate headInside(String text, Token t) {
        if (!t.tag().startsWith("nt") || headAt(t.word()) != null) {
            return null;
        }
        int best = -1;
        for (String h : heads) {
            int at = t.word().lastIndexOf(h);
            if (h.length() >= 2 && (at >= 2 || (at == 1 && LEVELS.indexOf(t.word().charAt(0)) >= 0)) && at + h.length() > best) {
                best = at + h.length();
            }
        }
        if (best < 0) {
            return null;
        }
        String name = t.word().substring(0, best);
        if (EVENT_WORDS.stream().anyMatch(name::contains) || generic.stream().anyMatch(name::endsWith)
                || KIND_MODIFIERS.contains(name.substring(0, name.length() - longestHeadAtEnd(name)))) {
            return null; // 友好协会代表团: 友好 says what kind of association, it names none
        }
        return new Candidate(t.start(), t.start() + best, EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    /**
     * 神户市 + 役 + 所, 商工 + 会议 + 所: the segmenter splits a two-character head noun whose last character is also
     * a particle or suffix; the tokens are joined again so the head is found.
     */
    private List<Token> joinSplitHeads(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && t.word().length() == 1 && prev.end() == t.start() && headAt(prev.word()) == null
                    && !VERB_LIKE.contains(t.tag().substring(0, 1)) // 王总 + 会 (will) + 见: a verb or adverb is no head's end
                    && Character.UnicodeScript.of(t.word().charAt(0)) == Character.UnicodeScript.HAN) {
                String joined = prev.word() + t.word();
                String h = headAt(joined);
                if (h != null && h.length() >= 2) {
                    out.set(out.size() - 1, new Token(prev.start(), t.end(), joined, "n"));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * 香港特区政府 read as one common noun: a token that begins with a place (not a country) and ends in a head noun
     * of two characters or more is a name all the same.
     */
    private static boolean placeThenHead(Token t, String head, List<Candidate> places) {
        return head.length() >= 2 && t.word().length() > head.length() + 1 && within(places, t.start(), t.start() + 1).stream()
                .anyMatch(p -> p.start() == t.start() && p.type().isPlace() && p.type() != EntityType.COUNTRY && p.end() < t.end());
    }

    /** Longest quoted phrase taken into a name. */
    static final int MAX_QUOTED_PREFIX = 12;

    /** Where a quoted phrase that ends right at {@code start} opens, or -1: “一带一路” before 建设工作委员会. */
    private static int quotedPrefixStart(String text, int start) {
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

    private int longestHeadAtEnd(String name) {
        String h = headAt(name);
        return h == null ? 0 : h.length();
    }

    /** 局长, 厅长, 部长, 署长: a one-character head noun and 长. */
    private boolean titleOfHead(String word) {
        return word.length() == 2 && word.charAt(1) == '长' && heads.contains(word.substring(0, 1));
    }

    /**
     * 县长林明辉及长野县议会 read as one organisation token: where 及/与/和 inside the span is followed by a place (or
     * a mission named by 驻 and its place: 主席王大明及驻智利代表处) and preceded by a title and a name, the words before it are someone else's, not the body's.
     */
    private static final java.util.regex.Pattern TITLE_THEN_NAME = java.util.regex.Pattern.compile("(?:长|员|主席|主委)\\p{IsHan}{2,3}$");

    /** How far before the span its person's title may stand, when an earlier rule already cut the title off (县长|林明辉及…). */
    private static final int TITLE_REACH = 2;

    private static int afterJoinedPerson(String text, int start, int end, List<Candidate> places) {
        for (int k = start + 1; k < end - 2; k++) {
            if ("及与和".indexOf(text.charAt(k)) >= 0 && (placeStartsAt(places, k + 1) || missionStartsAt(text, k + 1, places))
                    && TITLE_THEN_NAME.matcher(text.substring(Math.max(0, start - TITLE_REACH), k)).find()) {
                return k + 1;
            }
        }
        return start;
    }

    /** 驻秘鲁代表处, 驻纽约办事处: a mission, named by 驻 and the country or place it is in, opens at {@code pos}. */
    private static boolean missionStartsAt(String text, int pos, List<Candidate> places) {
        return pos + 1 < text.length() && text.charAt(pos) == '驻'
                && within(places, pos + 1, pos + 2).stream().anyMatch(p -> p.type().isPlace() || p.type() == EntityType.COUNTRY);
    }

    /** A special administrative region's generic name, and how much of it the segmenter may leave outside a name. */
    private static final String SAR = "特别行政区";
    private static final int SAR_SPLIT = 2;

    /** Where the place that ends at {@code sar} (香港) or runs over it into the SAR's name (香港特别行政区) starts, else {@code otherwise}. */
    private static int placeStart(List<Candidate> places, int sar, int otherwise) {
        return places.stream().filter(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY && p.start() < sar
                && (p.end() == sar || p.end() == sar + SAR.length())).mapToInt(Candidate::start).min().orElse(otherwise);
    }

    /**
     * 土耳其伊斯坦布尔市…: a place of the country named before it; 日本台湾交流协会 keeps its country, since 台湾 (a
     * region without a country, or a place of another country) is no place of 日本.
     */
    private static boolean placeOfCountryStartsAt(List<Candidate> places, int pos, String country) {
        return within(places, pos, pos + 1).stream().anyMatch(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY
                && (p.country() == null ? p.type() != EntityType.PROVINCE : p.country().equals(country)));
    }

    /** 在 between a country and a body whose name opens with 台, 港 or 澳 (美国在台协会). */
    private static boolean presenceAbroad(String text, Token locative, Token body, List<Candidate> places) {
        return LOCATIVES.equals(locative.word()) && locative.end() == body.start()
                && REGION_ABBREVIATIONS.indexOf(body.word().charAt(0)) >= 0 && countryEndsAt(places, locative.start());
    }

    /** 亚/b of 亚琛: a token inside a place (not a country) is no modifier of the name it opens. */
    private static boolean insidePlace(List<Candidate> places, Token t) {
        return within(places, Math.max(0, t.start() - 12), t.end()).stream()
                .anyMatch(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY && p.start() <= t.start() && p.end() >= t.end());
    }

    /** Where a place (not a country) that ends at {@code pos} starts, or -1. */
    private static int placeEndingAt(List<Candidate> places, int pos) {
        return within(places, Math.max(0, pos - 12), pos).stream()
                .filter(p -> p.end() == pos && p.type().isPlace() && p.type() != EntityType.COUNTRY)
                .mapToInt(Candidate::start).min().orElse(-1);
    }

    private static boolean countryEndsAt(List<Candidate> places, int pos) {
        return within(places, Math.max(0, pos - 12), pos).stream().anyMatch(p -> p.type() == EntityType.COUNTRY && p.end() == pos);
    }

    /** 葡/b before 语都市联盟: a one-character country abbreviation opens a name (葡语, 中葡), it does not grade it. */
    private boolean countryAbbreviationToken(Token t) {
        return t.word().length() == 1 && countryAbbreviation.test(t.word().charAt(0));
    }

    private static boolean placeStartsAt(List<Candidate> places, int pos) {
        return within(places, pos, pos + 1).stream().anyMatch(p -> p.type().isPlace() && p.type() != EntityType.COUNTRY);
    }

    /** The candidates (sorted by start, as recognisers produce them) that start inside [from, to). */
    private static List<Candidate> within(List<Candidate> sorted, int from, int to) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int j = lo;
        while (j < sorted.size() && sorted.get(j).start() < to) {
            j++;
        }
        return sorted.subList(lo, j);
    }

    /** Whether a name ends in an organisation head noun. */
    public boolean hasHead(String name) {
        return headAt(name) != null && EVENT_WORDS.stream().noneMatch(name::contains);
    }

    private String headAt(String word) {
        for (String h : heads) {
            if (word.endsWith(h)) {
                return h;
            }
        }
        return null;
    }

    /** Nouns, proper nouns, noun-like verbs and distinguishing words may stand inside a name. */
    private static boolean isNameToken(Token t) {
        String tag = t.tag();
        if (t.word().equals("-") || t.word().equals("—") || t.word().equals("驻")) {
            return true; // 广州-奥克兰-洛杉矶三城经济联盟, 德国驻上海总领事馆
        }
        if (t.word().codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false; // punctuation the segmenter tags as a noun (a half-width comma as nx)
        }
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("j") || tag.equals("b") || tag.equals("gi")
                || tag.equals("an") || tag.equals("a") || tag.equals("ag") || tag.equals("f") || tag.equals("s");
    }

    /** 日中, 美中: two country abbreviations read as one word, as in 日中友好协会. */
    private boolean isCountryPair(Token t) {
        return t.word().length() == 2 && t.word().chars().allMatch(countryAbbreviation);
    }

    private static boolean isProper(Token t) {
        String tag = t.tag();
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("nz") || tag.equals("nx");
    }
}
