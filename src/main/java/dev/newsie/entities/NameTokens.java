package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.nlp.Token;

import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * What a token is to an organisation name read leftwards from its head: a word that may stand inside a name, a proper
 * noun that makes it a name, a category noun the name never extends over, or a modifier from outside it.
 */
final class NameTokens {
    /** Category nouns a name never extends over (银蕨农场, not 红肉生产企业银蕨农场). */
    private static final Set<String> BARRIERS = Set.of("企业", "机构", "单位", "部门", "媒体", "公司", "集团");

    /** Gatherings (团拜会, 招待会) from {@code models/gathering-nouns.tsv}: an occasion, never part of a body's name. */
    private static final Set<String> GATHERINGS = Set.copyOf(
            ModelFile.read("gathering-nouns.tsv", 1).stream().map(r -> r.get(0)).toList());

    /** Tags of words that modify a name from outside it: locality, numerals, classifiers, distinguishers, adverbs. */
    private static final Set<String> MODIFIER_TAGS = Set.of("m", "mq", "q", "b", "d", "r", "t", "p", "c", "u", "Rg", "Mg");
    /** Words that grade or point at a body rather than name it (最后一家, 大型旅行社), or mark a former one (前立法会议员). */
    private static final Set<String> MODIFIER_WORDS = Set.of("最后", "最大", "最新", "最早", "首家", "大型", "小型", "中型", "重要",
            "其他", "其它", "相关", "主要", "各", "该", "本", "此", "这", "那", "前", "原", "一些", "多家", "知名", "著名", "当地", "国内", "国外", "海外",
            // 2013年度中国政府“友谊奖”: the year's round (年度) dates what follows, it opens no body's name
            "年度", "本年度", "上年度");
    private static final Pattern QUANTITY = Pattern.compile("[一二三四五六七八九十两几多\\d]+[家个座所位名市省国城地]?");

    /** A one-token "name" starting with a function word is a segmentation error (将为公司, 为节能风电公司). */
    private static final String FUNCTION_START = "将为把被对向在从由与和及或并";

    /** One-character country abbreviations (中, 日, 美): two of them (日中, 美中) are a proper noun in a name. */
    private final IntPredicate countryAbbreviation;

    NameTokens(IntPredicate countryAbbreviation) {
        this.countryAbbreviation = countryAbbreviation;
    }

    /** Nouns, proper nouns, noun-like verbs and distinguishing words may stand inside a name. */
    static boolean isNameToken(Token t) {
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

    /**
     * Postpositions that close a phrase of circumstance (新形势下, 合作框架下, 访问期间, 会上): what stands before one is the
     * setting of the clause, never the opening of a name after it.
     */
    private static final Set<String> CIRCUMSTANCE_POSTPOSITIONS = Set.of("下", "之下", "期间", "之际", "以来", "上");

    static boolean isBarrier(Token t) {
        return BARRIERS.contains(t.word()) || GATHERINGS.stream().anyMatch(t.word()::endsWith)
                || t.tag().startsWith("f") && CIRCUMSTANCE_POSTPOSITIONS.contains(t.word())
                || t.word().endsWith("会上"); // 会上, 座谈会上 read as one word: "at the meeting", the clause's setting
    }

    static boolean isProper(Token t) {
        String tag = t.tag();
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("nz") || tag.equals("nx");
    }

    /** 最后/一家/大型/原创/28: a word that grades, counts or points at a body, not part of its name. */
    /** Whether a word grades or points at a body (海外, 相关, 主要) rather than names it. */
    static boolean isModifierWord(String word) {
        return MODIFIER_WORDS.contains(word);
    }

    static boolean isModifier(Token t) {
        return MODIFIER_TAGS.contains(t.tag()) || MODIFIER_WORDS.contains(t.word()) || QUANTITY.matcher(t.word()).matches();
    }

    /** Status words of public and private institutions (国立, 市立, 私立): part of the name (国立某某大学), not a grade. */
    private static final Set<String> INSTITUTION_STATUS = Set.of("国立", "省立", "市立", "县立", "州立", "都立", "府立", "公立", "私立");

    static boolean isInstitutionStatus(Token t) {
        return INSTITUTION_STATUS.contains(t.word());
    }

    /** The name less the status word it opens with (国立宜兰大学 → 宜兰大学), or null when it opens with none. */
    static String withoutInstitutionStatus(String name) {
        return name.length() > 2 && INSTITUTION_STATUS.contains(name.substring(0, 2)) ? name.substring(2) : null;
    }

    static boolean startsWithFunctionWord(String word) {
        return FUNCTION_START.indexOf(word.charAt(0)) >= 0;
    }

    /** 日中, 美中: two country abbreviations read as one word, as in 日中友好协会. */
    boolean isCountryPair(Token t) {
        return t.word().length() == 2 && t.word().chars().allMatch(countryAbbreviation);
    }

    /** 葡/b before 语都市联盟: a one-character country abbreviation opens a name (葡语, 中葡), it does not grade it. */
    boolean isCountryAbbreviation(Token t) {
        return t.word().length() == 1 && countryAbbreviation.test(t.word().charAt(0));
    }

    boolean isCountryAbbreviation(char c) {
        return countryAbbreviation.test(c);
    }
}
