package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GOLD.md §7: countries named by one-character abbreviations. A run of two to four abbreviations that holds
 * 中 (or 台, Taiwan: 台日交流) and is followed by a word about the countries' relations (中美两国, 中日韩三国,
 * 中越关系, 中老友好) names each country; an abbreviation before 籍 (德籍, 美籍华人) is a nationality and names its country.
 * Abbreviations come from {@code models/country-abbreviations.tsv}.
 */
public final class CountryAbbreviations {
    /** Words after a run of abbreviations that make it stand for the countries, not for a longer word (中美洲). */
    static final List<String> RELATION_WORDS = List.of("两国", "三国", "四国", "五国", "六国", "关系", "友好", "友谊", "合作", "建交",
            "双边", "人民", "经贸", "交流", "之间", "战略", "全面", "睦邻", "伙伴", "贸易", "青年", "地方", "城市",
            "邦交", "外交", "城乡",
            // the two parties of a meeting or exchange named by their countries (中日双方代表, 中俄双方将; round 45)
            "双方",
            // the people and fields of the two countries' exchanges (中英学生, 中日民间友好, 中德企业; round 11): a run
            // of abbreviations modifies them as it does 人民 (文化 is left out: 中西文化 is East and West)
            "民间", "青少年", "学生", "企业", "高校", "媒体", "友城", "各界", "学者", "商界", "教育", "旅游", "科技", "人文");
    static final int MAX_RUN = 4;

    private final Map<Character, String> countries;
    private final UnquotedEventNames eventNames = UnquotedEventNames.table();
    /** Abbreviations of places that are no sovereign state (台 for 台湾, a PROVINCE: GOLD.md §7), by character. */
    private final Map<Character, EntityType> types;
    /** Which of the states sharing an abbreviation's character the article means (中新: 新加坡 or 新西兰). */
    private final SharedCountryAbbreviations shared;

    public CountryAbbreviations(Map<Character, String> countries) {
        this(countries, Map.of());
    }

    public CountryAbbreviations(Map<Character, String> countries, Map<Character, EntityType> types) {
        this(countries, types, SharedCountryAbbreviations.NONE);
    }

    CountryAbbreviations(Map<Character, String> countries, Map<Character, EntityType> types, SharedCountryAbbreviations shared) {
        this.countries = Map.copyOf(countries);
        this.types = Map.copyOf(types);
        this.shared = shared;
    }

    /** The sovereign state a character abbreviates (澳 → 澳大利亚), or null when it abbreviates none. */
    String stateAbbreviated(char c) {
        return typeOf(c) == EntityType.COUNTRY ? countries.get(c) : null;
    }

    private EntityType typeOf(char c) {
        return types.getOrDefault(c, EntityType.COUNTRY);
    }

    /**
     * A run names the countries only when it holds 中 or a non-state's abbreviation (台日, 台美: Taiwan's press names
     * Taiwan and its partner so); other runs (美日, 英法) are too often the start of longer words.
     */
    private boolean anchored(String run) {
        return run.indexOf('中') >= 0 || run.chars().anyMatch(c -> typeOf((char) c) != EntityType.COUNTRY);
    }

    /**
     * 台中 is the city Taichung, never Taiwan and China: a non-state's abbreviation followed by 中 begins a place name
     * (mainland and Taiwan writers put 中 first, 中台, when they mean the two).
     */
    private boolean startsPlaceName(String text, int i) {
        return typeOf(text.charAt(i)) != EntityType.COUNTRY && i + 1 < text.length() && text.charAt(i + 1) == '中';
    }

    public static CountryAbbreviations load() {
        Map<Character, String> m = new HashMap<>();
        Map<Character, EntityType> types = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("country-abbreviations.tsv", 2)) {
            if (r.get(0).length() != 1) {
                throw r.error("abbreviation must be one character, not '" + r.get(0) + "'");
            }
            m.put(r.get(0).charAt(0), r.get(1));
            if (r.columns().size() > 2 && !r.get(2).isEmpty()) {
                try {
                    types.put(r.get(0).charAt(0), EntityType.parse(r.get(2)));
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }
        }
        return new CountryAbbreviations(m, types, SharedCountryAbbreviations.load());
    }

    public List<Candidate> recognize(String text) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!countries.containsKey(text.charAt(i)) || (i > 0 && countries.containsKey(text.charAt(i - 1)))) {
                continue; // a run is read from its first abbreviation
            }
            int j = i;
            while (j < text.length() && j - i < MAX_RUN && countries.containsKey(text.charAt(j))) {
                j++;
            }
            final int end = j;
            if (j - i >= 2 && anchored(text.substring(i, j)) && !startsPlaceName(text, i) && RELATION_WORDS.stream().anyMatch(w -> text.startsWith(w, end))
                    && !namesAssociation(text, end) && !insideName(text, i) && !eventNames.closesOnHead(text, end)) {
                for (int k = i; k < j; k++) {
                    abbreviation(text, k, out);
                }
                i = j - 1;
            } else if (j - i == 1 && visitsNonState(text, i)) {
                out.add(new Candidate(i, j, typeOf(text.charAt(i)), countries.get(text.charAt(i)), null, Candidate.Source.PATTERN));
            } else if (j - i == 1 && j < text.length() && text.charAt(j) == '籍' && !text.startsWith("籍贯", j)
                    && typeOf(text.charAt(i)) == EntityType.COUNTRY) {
                abbreviation(text, i, out);
            }
        }
        return out;
    }

    /**
     * The place the abbreviation at {@code at} stands for, unless the article's full names leave it none; 中, the
     * anchor of every run, is China whatever else the article names (中非共和国 opens with it too).
     */
    private void abbreviation(String text, int at, List<Candidate> out) {
        char c = text.charAt(at);
        EntityType type = typeOf(c);
        String name = type == EntityType.COUNTRY && c != '中' ? shared.meant(c, countries.get(c), text) : countries.get(c);
        if (name != null) {
            out.add(new Candidate(at, at + 1, type, name, null, Candidate.Source.PATTERN));
        }
    }

    /** Verbs of coming to or visiting a place, written right before its one-character name (访台, 来台, 赴台, 抵台). */
    static final String VISIT_VERBS = "访来赴抵";
    /** Characters after 台 that make it the start of a longer name (台中, 台南, 台北, 台东, 台湾): no abbreviation. */
    static final String NAME_CONTINUATIONS = "中南北东西湾";

    /**
     * 访台, 来台, 赴台, 抵台: a non-state's abbreviation right after a verb of visiting names it (Taiwan's press writes
     * 日本访团来台 for a visit to Taiwan), unless a longer name starts there (来台中 is a visit to Taichung).
     */
    private boolean visitsNonState(String text, int i) {
        return typeOf(text.charAt(i)) != EntityType.COUNTRY && i > 0 && VISIT_VERBS.indexOf(text.charAt(i - 1)) >= 0
                && (i + 1 >= text.length() || NAME_CONTINUATIONS.indexOf(text.charAt(i + 1)) < 0) && !insideName(text, i);
    }

    /** Associations named after the countries (老中友好协会) hold the run in their name: no mention (GOLD.md §7). */
    private static boolean namesAssociation(String text, int from) {
        String after = text.substring(from, Math.min(text.length(), from + 8));
        return ASSOCIATION_HEADS.stream().anyMatch(after::contains);
    }

    /** How far a quoted event name (“中日友好交流周”) reaches at most: longer quotations are speech. */
    static final int MAX_QUOTED_NAME = 24;
    /**
     * Last characters of a quoted name of an event, a campaign or a platform: 周, 节, 年, 月 (交流月), 会, 议 (会议),
     * 展, 赛, 奖, 坛, 营, 台 (合作平台). Speech ends in punctuation before its closing mark, so it never ends so.
     */
    static final String NAME_HEADS = "周节年月会议展赛奖坛营台";
    /** Whether a quotation closing at {@code close} ends like a name of an event, a campaign or a platform. */
    static boolean endsLikeName(String text, int close) {
        return NAME_HEADS.indexOf(text.charAt(close - 1)) >= 0;
    }

    /**
     * A run inside a document's title (《中日和平友好条约》) or a quoted event name (“中日友好交流周”): GOLD.md §7,
     * a place inside another name is no mention of it.
     */
    static boolean insideName(String text, int at) {
        if (text.lastIndexOf('《', at) > text.lastIndexOf('》', at) && text.indexOf('》', at) >= 0) {
            return true;
        }
        return insideQuotedName(text, at, '“', '”') || insideQuotedName(text, at, '「', '」');
    }

    private static boolean insideQuotedName(String text, int at, char opening, char closing) {
        int open = text.lastIndexOf(opening, at);
        if (open < 0 || text.lastIndexOf(closing, at) > open) {
            return false;
        }
        int close = text.indexOf(closing, at);
        return close > 0 && close - open <= MAX_QUOTED_NAME && endsLikeName(text, close);
    }

    static final List<String> ASSOCIATION_HEADS = List.of("协会", "友协", "商会", "委员会", "联合会", "基金会", "研究院", "研究中心");

    /** The listed abbreviations of sovereign states and the countries they stand for (not 台, Taiwan). */
    public Map<Character, String> countries() {
        Map<Character, String> m = new HashMap<>();
        countries.forEach((c, name) -> {
            if (typeOf(c) == EntityType.COUNTRY) {
                m.put(c, name);
            }
        });
        return Map.copyOf(m);
    }

    /** Whether {@code c} is a listed one-character abbreviation of a sovereign state (not 台, Taiwan). */
    public boolean isAbbreviation(char c) {
        return countries.containsKey(c) && typeOf(c) == EntityType.COUNTRY;
    }

}
