package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 甲国渔业、创新与海港部, 乙国联邦港口及海岸保卫署, 丙国渔业和林产部: a foreign country written right before a run of
 * portfolio words and a ministry's head character (部, 署) is that country's ministry, one body with its country in its
 * name (GOLD.md §2, national bodies keep their country). Its portfolios may be listed with 、, 和, 与 or 及, which the
 * head-noun recogniser reads as the end of another name, and may be words the segmenter tags as verbs (经济发展部);
 * the ministry's name runs from the country to the head all the same.
 */
final class NationalMinistries {
    /** One-character heads of a ministry or a national agency. */
    private static final String HEADS = "部署";
    /** Most characters of portfolio words between the country and the head. */
    private static final int MAX_RUN = 18;
    /** Fewest characters of portfolio words. */
    private static final int MIN_RUN = 2;
    /** China's own ministries are named without the country by other rules (外交部, 商务部); left to them. */
    private static final Set<String> HOME = CountryBeforeBodies.HOME;
    /**
     * Characters that end a portfolio run: function words of a clause (的, 了, 在, 是, 将…), 驻 of a mission, 籍 of a
     * nationality; a ministry's name holds none of them.
     */
    private static final String CLAUSE_CHARACTERS = "的了在是将对向从为把被等也都已曾于驻籍其该这那个位名次各诸有相";
    /**
     * Characters that, right after the head character, make a word of it that names no ministry (部门 a department of
     * any body, 部分 a part, 部队 troops, 部落, 部位, 部件, 部属, 部首; 署名 a signature, 署理 acting). Anything else may
     * follow a ministry's name, its minister's title included (事务部长某某: the ministry is named, GOLD.md §7).
     */
    private static final String WORD_AFTER_HEAD = "门分队落位件属首名理";
    /**
     * Whether the ministry head character (部, 署) that ends at {@code end} makes a word with the character after it
     * (商务部门, 教育部分): then the run names no ministry, whatever name it ends in.
     */
    static boolean headRunsIntoWord(String text, int end) {
        return end > 0 && end < text.length() && HEADS.indexOf(text.charAt(end - 1)) >= 0 && WORD_AFTER_HEAD.indexOf(text.charAt(end)) >= 0;
    }

    /** Words that end in a head character but name no ministry (全部, 内部, 东部, 干部, 部署, 签署). */
    private static final List<String> LOOKALIKES = List.of("全部", "内部", "外部", "干部", "总部", "东部", "西部", "南部", "北部",
            "中部", "局部", "部署", "签署", "俱乐部", "本部", "支部", "基层部", "政府部");

    /** 首席部长: a chief minister is a title (of a state's or province's government), no ministry. */
    private static final String CHIEF = "首席";

    private NationalMinistries() {
    }

    /** Ministries opened by a foreign country among {@code places}, each from the country to its head. */
    static List<Candidate> recognize(String text, List<Candidate> places, List<String> clauseVerbs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : places) {
            if (c.type() != EntityType.COUNTRY || HOME.contains(c.name()) || c.end() >= text.length()
                    || insideDocumentTitle(text, c.start())) {
                continue;
            }
            int end = headEnd(text, c.end(), places, clauseVerbs);
            if (end > 0) {
                out.add(new Candidate(c.start(), end, EntityType.ORGANIZATION, text.substring(c.start(), end), null,
                        Candidate.Source.PATTERN));
            }
        }
        return out;
    }

    /** The end of the first ministry head after {@code from}, or -1 when the run breaks first. */
    private static int headEnd(String text, int from, List<Candidate> places, List<String> clauseVerbs) {
        for (int j = from; j < text.length() && j - from <= MAX_RUN; j++) {
            char ch = text.charAt(j);
            boolean han = Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
            if (!(han || ch == '、') || CLAUSE_CHARACTERS.indexOf(ch) >= 0 || startsVerb(text, j, clauseVerbs)
                    || placeStarts(places, j)) {
                return -1;
            }
            if (HEADS.indexOf(ch) >= 0 && j - from >= MIN_RUN && text.charAt(j - 1) != '、') {
                int end = j + 1;
                String run = text.substring(from, end);
                if (LOOKALIKES.stream().anyMatch(run::endsWith) || run.endsWith(CHIEF + ch)) {
                    return -1;
                }
                if (end == text.length() || WORD_AFTER_HEAD.indexOf(text.charAt(end)) < 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code at} lies inside a 《…》 title: a document's title names its signing parties in their long forms
     * (甲国某某部和乙国某某部关于…的备忘录), which the signing's own parties are not read from (GOLD.md §7).
     */
    private static boolean insideDocumentTitle(String text, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= 0 && text.lastIndexOf('》', at) < open;
    }

    private static boolean startsVerb(String text, int j, List<String> clauseVerbs) {
        return clauseVerbs.stream().anyMatch(v -> text.startsWith(v, j));
    }

    private static boolean placeStarts(List<Candidate> places, int j) {
        return places.stream().anyMatch(p -> p.start() == j);
    }
}
