package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many countries, cities, delegations and people came to a forum (GOLD.md §3), from a sentence that says
 * who came (来自, 参会, 与会, 出席…). Numbers are read as written, in digits or in Chinese numerals (来自七个国家),
 * ignoring 约/余/多. Stateless and thread-safe.
 */
final class ForumCounts {
    /** A count: digits, or a Chinese numeral up to the hundreds. */
    private static final String N = "(\\d+|[一二两三四五六七八九十百]+)";
    /**
     * 来自22个国家, 来自17个中东欧国家, 10个东盟国家: the countries may be qualified by their region, a short word
     * between the count and 国家 (not 国家级, a rank). A year is no count: 2031金砖国家某某论坛 names an edition by its
     * year before the group of countries, with no classifier, as FUSED_CITIES reads 2024城市外交研讨会.
     */
    private static final Pattern COUNTRIES = Pattern.compile("(?<![\\d.])(?!(?:19|20)\\d{2}(?:年)?[\\p{IsHan}&&[^个多]])"
            + N + "(?:个|多个)?(?:[\\p{IsHan}&&[^的和与及个座城市国省地区]]{1,4})?国家(?!级)");
    /**
     * 东盟10国, 来自三国: a count fused with 国 (not 国际, 国家, 国内, 国外); 两国 is a pair, not a count, and 一国 is
     * no count at all.
     */
    private static final Pattern SHORT_COUNTRIES = Pattern.compile("(\\d+|[三四五六七八九十]|十[一二三四五六七八九])国(?!际|家|内|外|籍|人|企|之)");
    /**
     * 56个中外城市, 30个沿线城市, 来自二十一个会员城市: the cities may be qualified by where they are from, or as the
     * members of the alliance that meets, between the count and 城市.
     */
    private static final Pattern CITIES = Pattern.compile(N + "(?:个|座|多个|多座)(?:中外|海内外|国内外|境内外|沿线|全球|会员|成员)?(?:国际)?"
            + "(?:友好城市|友城|城市|姊妹市|姐妹市|姊妹城市|姐妹城市)(?!代表团)");
    /**
     * 8个国家12城市, 6城市的市长: a count in digits fused with 城市, with no classifier, as reports write in a run of counts.
     * A year is no count: 2024城市外交研讨会, 2025城市更新论坛 name an edition by its year before 城市.
     */
    private static final Pattern FUSED_CITIES = Pattern.compile("(?<![\\d.])(?!(?:19|20)\\d{2}(?:年)?(?:友好城市|友城|城市))(\\d{1,4})(?:友好城市|友城|城市)(?!代表团|群|圈)");
    /** 与会五国七城城市代表, 六国八大城市: a count of countries fused with 国, then the count of their cities fused with 城. */
    private static final Pattern COUNTRIES_AND_CITIES = Pattern.compile("(?:\\d+|[三四五六七八九十]|十[一二三四五六七八九])国"
            + "(\\d+|[二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)大?城");
    private static final Pattern DELEGATIONS = Pattern.compile(N + "个(?:[\\p{IsHan}]{0,6})代表团");
    /** 500, 三百, 一千二百: a number of people, in digits or in numerals from ten up (ForumSentences reads it too). */
    static final String NUMBER_OF_PEOPLE = "\\d+|[一二两三四五六七八九]?[十百千][一二两三四五六七八九十百]*";
    /** A head count in digits or in numerals of tens, hundreds and thousands, with 余/多 (600余, 三百多), group 1 the number. */
    private static final String HEADCOUNT = "(" + NUMBER_OF_PEOPLE + ")(?:余|多)?";
    /**
     * People are counted in digits or in numerals of tens and hundreds (八十多位); 一位嘉宾, 两名代表 tell of
     * someone, not of the attendance.
     */
    private static final Pattern PEOPLE = Pattern.compile("(\\d+|[一二两三四五六七八九]?[十百][一二两三四五六七八九十百]*)(?:余|多)?(?:位|名)");
    /** 约300人参加, 逾三百人参加: a head count before a verb of attending, in digits or in numerals of tens and hundreds. */
    private static final Pattern PEOPLE_ATTENDING = Pattern.compile(
            HEADCOUNT + "人(?:次)?(?:参会|参加|出席|与会|齐聚|线上|以)");
    /**
     * 出席论坛的900余名中外嘉宾, 参与今次论坛各国代表约600人, 参加本届大会的代表共计450人: those who attended the forum,
     * named by the verb and the forum's head, then counted — the attendance, though no verb follows the count.
     */
    static final Pattern ATTENDERS_COUNTED = Pattern.compile(
            "(?:出席|参加|参与|与会|参会)(?:本次|今次|本届|此次|这次|该)?(?:论坛|大会|会议|峰会|年会|对话会)的?\\p{IsHan}{0,6}?"
                    + "(?:约|逾|近|共|共计|总计)?有?" + HEADCOUNT + "(?:人|名|位)");
    /**
     * 外方代表400余位,中方代表200余位,共计600余人参加: a sum closing the groups counted before it is the attendance,
     * not the first group's count.
     */
    private static final Pattern TOTAL_PEOPLE = Pattern.compile(
            "(?:共计|总计|合计)(?:约|逾|近|有)?" + HEADCOUNT + "(?:人|名|位)");
    /**
     * 甲国30余位市长、乙国代表等近300人出席: a head count closing a list of groups after 等 is the attendance only when
     * a group counted by 位/名 comes before it in the same clause and the head count is larger; 某某、某某等5人陪同 names
     * a few escorts, not the guests.
     */
    private static final Pattern ETC_PEOPLE = Pattern.compile("等(?:共计?|总计|合计)?(?:约|逾|近|有)?" + HEADCOUNT + "人");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，。;；]");
    /**
     * 至今我国已与N个国家的M个城市建立了K对友好城市关系: the countries and cities a place has twinned with,
     * a tally of relations, tell nothing of who came, though a speaker's 出席 stands in the sentence.
     */
    private static final Pattern TWINNING_TALLY = Pattern.compile(
            "(?:\\d+|[一二两三四五六七八九十百]+)(?:个|多个)?国家[^,，。;；]{0,40}?(?:建立|缔结|结成|结为)了?[^,，。;；]{0,20}?关系");
    /** Words that say who took part; 等5座城市的市长或市长代表 (a mayors' dialogue) names its participants by city. */
    private static final Pattern WHO_CAME = Pattern.compile("来自|参会|与会|出席|齐聚|参加|汇聚|欢聚|(?:城市|友城)的市长");

    /**
     * 共收到来自66个国家193个城市的273个项目参评, 征集到30个国家的案例: the entries an award or a contest received
     * are counted by where they came from, like those who came to a forum; they tell nothing of who attended it.
     */
    private static final Pattern ENTRIES = Pattern.compile(
            "(?:收到|征集到?)[^,，。;；]{0,40}?(?:项目|作品|案例|提名|申报材料)(?:参评|参赛|申报|报名)?"
                    + "|(?:项目|作品|案例)(?:参评|参赛|申报)");

    /**
     * 本次论坛…共有来自39个国家的约450名嘉宾: the forum itself, pointed at, said to total its guests. Such a sum is
     * the whole attendance, where an earlier figure may have counted only one kind of guest (68位市长).
     */
    private static final Pattern FORUM_TOTAL = Pattern.compile(
            "(?:本次|本届|此次|这次|今年的?)(?:论坛|大会|会议|峰会|年会)[^。;；]{0,40}?(?:共有|共计|总计|合计)");

    /** Whether the sentence gives the forum's whole attendance as a sum (see {@link #FORUM_TOTAL}). */
    static boolean totalOfTheForum(String text) {
        return FORUM_TOTAL.matcher(text).find();
    }

    /** The four counts a sentence gives; null where it gives none. */
    record Counts(Integer countries, Integer cities, Integer delegations, Integer attendees) {
        boolean any() {
            return countries != null || cities != null || delegations != null || attendees != null;
        }
    }

    private ForumCounts() {
    }

    static Counts read(String text) {
        String t = TWINNING_TALLY.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher attenders = ATTENDERS_COUNTED.matcher(t);
        Integer counted = attenders.find() ? number(attenders.group(1)) : null;
        if (counted == null && (!WHO_CAME.matcher(t).find() || ENTRIES.matcher(t).find())) {
            return new Counts(null, null, null, null);
        }
        Integer countries = first(COUNTRIES, t);
        if (countries == null) {
            countries = first(SHORT_COUNTRIES, t);
        }
        Integer delegations = first(DELEGATIONS, t);
        Integer cities = null;
        Matcher m = CITIES.matcher(t);
        while (m.find()) {
            // 20个城市代表团 counts delegations, not cities
            if (!t.substring(m.end(), Math.min(t.length(), m.end() + 6)).contains("代表团") && !"一".equals(m.group(1))) {
                // 一座城市的转型需要…: one city is any city, no count of those who came
                cities = number(m.group(1));
                break;
            }
        }
        if (cities == null) {
            cities = first(COUNTRIES_AND_CITIES, t);
        }
        if (cities == null) {
            Matcher f = FUSED_CITIES.matcher(t);
            cities = f.find() ? number(f.group(1)) : null;
        }
        Integer attendees = counted != null ? counted : first(PEOPLE, t);
        Matcher total = TOTAL_PEOPLE.matcher(t);
        if (counted == null && total.find()) {
            attendees = number(total.group(1));
        } else if (counted == null) {
            Integer closing = closingHeadCount(t);
            if (closing != null) {
                attendees = closing;
            }
        }
        if (attendees == null) {
            attendees = first(PEOPLE_ATTENDING, t);
        }
        return new Counts(countries, cities, delegations, attendees);
    }

    /** The head count after 等 that sums the groups counted before it in its clause (see {@link #ETC_PEOPLE}). */
    private static Integer closingHeadCount(String t) {
        Matcher m = ETC_PEOPLE.matcher(t);
        while (m.find()) {
            int start = m.start();
            Matcher b = CLAUSE_BREAK.matcher(t.substring(0, start));
            int clause = 0;
            while (b.find()) {
                clause = b.end();
            }
            Integer group = first(PEOPLE, t.substring(clause, start));
            Integer n = number(m.group(1));
            if (group != null && n != null && n > group) {
                return n;
            }
        }
        return null;
    }

    private static Integer first(Pattern p, String t) {
        Matcher m = p.matcher(t);
        return m.find() ? number(m.group(1)) : null;
    }

    /** 41 → 41; 七 → 7; 十二 → 12; 二十 → 20; 一百二十 → 120; 一千二百 → 1200; null if it cannot be read. */
    static Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int total = 0, digit = -1;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            } else if (c == '百') {
                total += (digit < 0 ? 1 : digit) * 100;
                digit = -1;
            } else if (c == '千') {
                total += (digit < 0 ? 1 : digit) * 1000;
                digit = -1;
            } else {
                return null;
            }
        }
        total += Math.max(digit, 0);
        return total == 0 ? null : total;
    }
}
