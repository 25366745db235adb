package dev.newsie.events;

import dev.newsie.model.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One document as the event extractors see it: sentences, masked sentences, dates, entities. */
final class DocumentContext {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(?!\\d)");
    private static final Pattern DATELINE_AFTER = Pattern.compile("(?:电|讯|报道|报导|消息)");
    /**
     * 屏东市1933年设市, 1990年撤县建市, 1921年建校: a date right before the founding of a municipality or school dates
     * that founding, background to the sentence, never an act the sentence reports (issue 9, round 8).
     */
    private static final Pattern FOUNDING_AFTER = Pattern.compile("(?:撤[县镇乡])?[设建置](?:市|县|镇|乡|区|村|校|城|港)(?![长委])|开埠");
    private static final Pattern DATELINE_MD = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(?:电|讯|报道|报导|消息)");

    final String text;
    final List<Sentence> sentences;
    final List<MaskedSentence> masked = new ArrayList<>();
    final List<List<DateResolver.DateMention>> dates = new ArrayList<>();
    final List<Entity> entities;
    final DateResolver resolver;
    final String reference;
    /** Whether the page carries a date of its own (else the reference year is read from its text). */
    final boolean pageDated;
    /**
     * Whether the page's year was counted from the start of a twinning it states ({@link TwinningJubileeYear}): that
     * year says nothing of whether the start's own telling is the news or its background.
     */
    final boolean yearCountedFromStart;
    /** Which sentences copy an earlier one word for word (captions repeating the lead), computed once. */
    final boolean[] copies;

    DocumentContext(String text, String published, List<Entity> entities) {
        this.text = text;
        this.entities = entities;
        this.sentences = Sentence.split(text);
        Reference r = reference(text, published, sentences);
        this.reference = r == null ? null : r.date();
        this.yearCountedFromStart = r != null && r.countedFromStart();
        this.pageDated = published != null && !published.isBlank();
        this.resolver = new DateResolver(reference, r != null && r.written());
        this.copies = RepeatedSentence.copies(sentences);
        String previous = null;
        String previousYear = null;
        List<MaskedSentence.EntityMention> sorted = MaskedSentence.sortedMentions(entities);
        for (Sentence s : sentences) {
            masked.add(DashedPairs.joined(MaskedSentence.ofSorted(s, sorted)));
            String lead = masked.size() >= 2 ? sentences.get(masked.size() - 2).text() : "";
            List<DateResolver.DateMention> ds = new java.util.ArrayList<>(resolver.find(s.text(), s.start(), previous, lead, previousYear));
            // a dateline (12月2日报道 — Taiwan 报导 —, 5月30日电) dates the report, not the events in it
            ds.removeIf(d -> DATELINE_AFTER.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 3))).lookingAt());
            ds.removeIf(d -> FOUNDING_AFTER.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 4))).lookingAt());
            // a year inside a document's title (《2025—2027年合作行动计划》) dates its content, not the signing
            ds.removeIf(d -> insideBookTitle(s, d.start() - s.start()));
            dates.add(ds);
            for (DateResolver.DateMention d : ds) {
                if (d.first() != null && d.first().length() >= 4) {
                    previousYear = d.first().substring(0, 4);
                }
                if (d.first() != null && d.first().length() == 10) {
                    previous = d.first();
                    fullDateStarts.add(d.start());
                    fullDates.add(d.first());
                    stamps.add(PublicationStamp.at(text, d.start(), d.end()));
                }
            }
        }
    }

    /** A local government's or party body's name: its place, then its level (市 or 省), then the body. */
    private static final Pattern HOME_BODY = Pattern.compile(
            "^(\\p{IsHan}{2,}?)([市省区县])(?:人民政府|政府)?(?:外事办公室|外办|委|人大常委会|人民对外友好协会|友协)?$");

    /**
     * The place 我市, 本市 (level 市), 我区, 我县 (a district's or county's own media, levels 区 and 县, read among the
     * cities) or 我省, 本省 (level 省) stand for: the place the page's local outlet is named
     * after ({@link HomeOutlet}), else the one Chinese place of that level whose
     * government or party body the page names (来源:甲市人民政府), else the one Chinese place of that rank the page
     * names at all, else (for 我省) the one province of the Chinese cities it names ({@link ProvinceOfHomeCities});
     * null when the page leaves a doubt.
     */
    String homePlace(char level) {
        if (!homePlaces.containsKey(level)) {
            homePlaces.put(level, findHomePlace(level)); // null too: a doubtful page is asked once per level
        }
        return homePlaces.get(level);
    }

    /** Home places found, by level: about ten readers ask, each would scan every entity again. */
    private final java.util.Map<Character, String> homePlaces = new java.util.HashMap<>();

    private String findHomePlace(char level) {
        dev.newsie.model.EntityType rank = level == '省' ? dev.newsie.model.EntityType.PROVINCE : dev.newsie.model.EntityType.CITY;
        String served = HomeOutlet.place(entities, rank);
        if (served != null) {
            return served; // 来源:甲日报 … 我市: the outlet's own place
        }
        java.util.Set<String> bodies = new java.util.LinkedHashSet<>();
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        for (Entity e : entities) {
            Matcher b = HOME_BODY.matcher(e.name());
            if (e.type() == dev.newsie.model.EntityType.ORGANIZATION && b.matches() && b.group(2).charAt(0) == level) {
                bodies.add(b.group(1));
            } else if (e.type() == rank && (e.country() == null || e.country().equals("中国")) && !tailOfAForeignPlace(e.name())) {
                places.add(e.name());
            }
        }
        if (!bodies.isEmpty()) {
            return bodies.size() == 1 ? bodies.iterator().next() : null;
        }
        if (places.isEmpty() && level == '省') {
            return ProvinceOfHomeCities.of(entities); // 我省 on a page naming only the province's cities
        }
        return places.size() == 1 ? places.iterator().next() : null;
    }

    /**
     * 玛丽亚阿蒙泰 beside 圣玛丽亚阿蒙泰 (意大利): a name that is the tail of a longer foreign place the page names is that
     * place misread, no home place of its own.
     */
    private boolean tailOfAForeignPlace(String name) {
        return entities.stream().anyMatch(o -> o.type().isPlace() && o.type() != dev.newsie.model.EntityType.COUNTRY
                && o.country() != null && !o.country().equals("中国") && o.name().length() > name.length() && o.name().endsWith(name));
    }

    private static boolean insideBookTitle(Sentence s, int at) {
        int open = s.text().lastIndexOf('《', at), close = s.text().lastIndexOf('》', at);
        return open >= 0 && open > close && s.text().indexOf('》', at) >= 0;
    }

    /**
     * How many of a page's first sentences may hold its dateline: the headline, date and source lines, a photo
     * caption or two and page furniture the cleaner kept can come before it.
     */
    private static final int DATELINE_SENTENCES = 12;

    /**
     * 记者某某/甲市报导 as a line of its own, unbracketed (Taiwan's and overseas Chinese outlets' byline-dateline, 记者某某／甲市报导,
     * 特约记者某某∕甲市报导): the place after the reporter's slash, closing the line, is where the report was filed. Only
     * after 记者 and a slash, so that a source credited in running text (据甲市报导) is no dateline. The lookbehind is
     * bounded as Java requires: a reporter's name of up to eight characters, and the place as masked tokens (one Ⓟ per
     * place; up to four written in a row, 美国加州某市).
     */
    private static final String BYLINE_DATELINE_END = "(?<=记者[^,，。;；/／∕\\n]{1,8}\\s?[/／∕]\\s?Ⓟ{1,4})报[道导]\\s*$";

    /**
     * Matched on the sentence with its numeral dates in digits ({@link NumeralDates}), so that a dateline written in
     * Han numerals, as older wire reports write it (甲市七月十九日电), is read as a digit one.
     */
    private static final Pattern DATELINE_PLACE = Pattern.compile("(Ⓟ+)(?:(?:\\d{1,2}月)?\\d{1,2}日(?:专电|电|讯)|专电|讯|报[道导][)）】〕\\]]"
            + "|" + BYLINE_DATELINE_END + ")");

    /** 据人民网报道, 据当地媒体消息 right after the dateline: the report is another outlet's, relayed. */
    private static final Pattern RELAYED = Pattern.compile("\\s*[/／|]?\\s*据[^,，。;；]{1,12}?(?:报道|报导|消息)");

    /** 新华社索非亚10月20日电, 中评社上海12月28日电, 本报甲市讯, (记者某某 甲市报道), 〔记者某某/甲市报导〕: the city a report was filed from, or null. */
    String datelineCity() {
        return datelinePlace(false);
    }

    /** The index of the sentence holding the dateline {@link #datelineCity()} reads (新华社甲市5月10日电…), or -1. */
    int datelineSentence() {
        if (datelineAt == UNREAD) {
            datelineAt = findDatelineSentence(); // asked by many rules of a page: read once
        }
        return datelineAt;
    }

    private static final int UNREAD = -2;

    /** {@link #datelineSentence()}, or {@link #UNREAD} before it is first asked. */
    private int datelineAt = UNREAD;

    private int findDatelineSentence() {
        for (int i = 0; i < Math.min(DATELINE_SENTENCES, masked.size()); i++) {
            if (DATELINE_PLACE.matcher(NumeralDates.toDigits(masked.get(i).masked())).find()) {
                return i;
            }
        }
        return -1;
    }

    /** Hong Kong and Macau: province-level in GOLD.md §7, yet a city as the place of what is held there. */
    private static final java.util.Set<String> CITY_LIKE_REGIONS = java.util.Set.of("香港", "澳门");

    /** Whether a place is Hong Kong or Macau, regions whose ceremonies are placed in them as in a city. */
    static boolean cityLikeRegion(String name) {
        return CITY_LIKE_REGIONS.contains(name);
    }

    /**
     * As {@link #datelineCity()}; with {@code regionsToo}, also a report filed from Hong Kong or Macau
     * (新华社香港7月31日电), whose ceremonies are placed there.
     */
    String datelinePlace(boolean regionsToo) {
        MaskedSentence.Slot s = datelineSlot();
        if (s != null && regionsToo && cityLikeRegion(s.entity().name())) {
            return s.entity().name();
        }
        return s == null || s.entity().type() != dev.newsie.model.EntityType.CITY ? null : s.entity().name();
    }

    /**
     * The place slot the dateline of {@link #datelineSentence()} names, whatever its type; null when there is no
     * dateline, or when the report is relayed from another outlet.
     */
    MaskedSentence.Slot datelineSlot() {
        int at = datelineSentence();
        if (at < 0) {
            return null;
        }
        MaskedSentence ms = masked.get(at);
        NumeralDates.Digits digits = NumeralDates.withOrigins(ms.masked());
        Matcher d = DATELINE_PLACE.matcher(digits.text());
        d.find();
        if (RELAYED.matcher(ms.masked().substring(digits.end(d.end()))).lookingAt()) {
            return null; // 中评社甲市8月8日电/据乙报报道: the desk that relayed another outlet's report, not its scene
        }
        return ms.lastPlace(digits.start(d.start(1)), digits.end(d.end(1)));
    }

    /** Starts and values of the full dates in document order, for {@link #dateBefore}. */
    private final List<Integer> fullDateStarts = new ArrayList<>();
    private final List<String> fullDates = new ArrayList<>();
    /** Whether each full date is the page's own publication stamp ({@link PublicationStamp}). */
    private final List<Boolean> stamps = new ArrayList<>();

    /**
     * The date relative expressions refer to: the publication date; failing that, a dateline's month and day
     * (记者…12月2日报道) with the year the headline names, else the year of a jubilee of two countries' relations the
     * page marks ({@link DiplomaticJubilee}). Nothing is made up: with no year, there is none.
     */
    static String referenceDate(String text, String published, List<Sentence> sentences) {
        Reference r = reference(text, published, sentences);
        return r == null ? null : r.date();
    }

    /**
     * A page's reference date, whether its year was counted from the start of a twinning the page states
     * ({@link TwinningJubileeYear}), and whether the page writes it (its date line or header) rather than its text
     * implying the year.
     */
    private record Reference(String date, boolean countedFromStart, boolean written) {
    }

    private static Reference reference(String text, String published, List<Sentence> sentences) {
        if (published == null) {
            published = headerDate(sentences);
        }
        if (published != null) {
            String filed = filedOn(published, sentences);
            return filed == null ? null : new Reference(filed, false, true);
        }
        if (sentences.isEmpty()) {
            return null;
        }
        Year undated = undatedYear(text);
        String year = undated == null ? null : undated.year();
        if (year == null) {
            year = UrlPathDates.yearOfDateline(text, sentences.subList(0, Math.min(DATELINE_SENTENCES, sentences.size())));
        }
        if (year == null) {
            year = DiplomaticJubilee.year(text); // 纪念中法建交60周年: the jubilee's year
        }
        if (year == null) {
            return null;
        }
        boolean counted = undated != null && undated.countedFromStart();
        for (Sentence s : sentences.subList(0, Math.min(DATELINE_SENTENCES, sentences.size()))) {
            Matcher md = DATELINE_MD.matcher(s.text());
            if (md.find()) {
                return new Reference(String.format("%s-%02d-%02d", year, Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2))), counted, false);
            }
        }
        return new Reference(year, counted, false);
    }

    /** How many of a page's first sentences may be its header (headline, date line, source line). */
    private static final int HEADER_SENTENCES = 8;
    /** A header line is short; a longer sentence is the lead, whose dates are the events'. */
    private static final int HEADER_LINE_MAX = 40;
    private static final Pattern HEADER_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?:[-/.年])(\\d{1,2})(?:[-/.月])(\\d{1,2})(?!\\d)");

    /**
     * Whether the page opens on its lead, with no headline above it: a first sentence longer than a header line that
     * ends on a full stop, as a report's sentence does and a headline does not.
     */
    boolean opensWithItsLead() {
        if (sentences.isEmpty()) {
            return false;
        }
        String first = sentences.get(0).text().strip();
        return first.length() > HEADER_LINE_MAX && FULL_STOP_END.matcher(first).find();
    }

    /** A sentence's full stop at its end, before any closing quote. */
    private static final Pattern FULL_STOP_END = Pattern.compile("[。！？!?][”」』\"]*$");

    /** The lead: the first of the page's first sentences longer than a header line; -1 when none is. */
    int leadSentence() {
        for (int i = 0; i < Math.min(HEADER_SENTENCES, sentences.size()); i++) {
            if (sentences.get(i).text().length() > HEADER_LINE_MAX) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The date of a page whose publication date the cleaner did not find: a full date on a short header line
     * (时间：2024-10-28, 2023年6月12日 来源：某报) among its first sentences; null when none.
     */
    static String headerDate(List<Sentence> sentences) {
        for (Sentence s : sentences.subList(0, Math.min(HEADER_SENTENCES, sentences.size()))) {
            if (s.text().length() > HEADER_LINE_MAX || s.text().contains("以来")) {
                continue;
            }
            Matcher d = HEADER_DATE.matcher(s.text());
            if (d.find()) {
                int month = Integer.parseInt(d.group(2)), day = Integer.parseInt(d.group(3));
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    return String.format("%s-%02d-%02d", d.group(1), month, day);
                }
            }
        }
        return null;
    }

    /**
     * 25日专电, 3月21日电 (三月二十一日电 once in digits), and a newspaper's 本报甲市9月29日讯: the day, and the month
     * when written, a report was filed (a paper prints the next day what its reporter filed today).
     */
    private static final Pattern DATELINE_DAY = Pattern.compile("(?<!\\d)(?:(\\d{1,2})月)?(\\d{1,2})日(?:专?电|讯)");

    /**
     * 洛杉矶25日专电 in a page published on the 27th: 今天 in the report is the day it was filed, up to a week
     * before publication, up to a year when the dateline writes its month; otherwise the publication date.
     */
    static String filedOn(String published, List<Sentence> sentences) {
        if (published.length() != 10) {
            return published;
        }
        for (Sentence s : sentences.subList(0, Math.min(DATELINE_SENTENCES, sentences.size()))) {
            Matcher d = DATELINE_DAY.matcher(NumeralDates.toDigits(s.text()));
            if (d.find()) {
                try {
                    java.time.LocalDate p = java.time.LocalDate.parse(published);
                    int day = Integer.parseInt(d.group(2));
                    java.time.LocalDate filed = d.group(1) != null ? monthDayBefore(p, Integer.parseInt(d.group(1)), day)
                            : day <= p.getDayOfMonth() ? p.withDayOfMonth(day)
                            : p.minusMonths(1).withDayOfMonth(Math.min(day, p.minusMonths(1).lengthOfMonth()));
                    long before = p.toEpochDay() - filed.toEpochDay();
                    // a dateline that writes its month (南昌9月10日电) dates the report however much later the page was
                    // stamped (a copy reposted or updated months on); a bare day (25日专电) only close to the stamp
                    return before >= 0 && before <= (d.group(1) != null ? 366 : 7) ? filed.toString() : published;
                } catch (RuntimeException e) {
                    return published;
                }
            }
        }
        return published;
    }

    /** The month and day on or before {@code p}: of p's year, or of the year before (a 12月31日电 published in January). */
    private static java.time.LocalDate monthDayBefore(java.time.LocalDate p, int month, int day) {
        java.time.LocalDate same = java.time.LocalDate.of(p.getYear(), month, day);
        return same.isAfter(p) ? same.minusYears(1) : same;
    }

    /** How far into a page its own year is looked for: the headline, dateline and lead. */
    private static final int LEAD = 600;
    /** 2024中国国际友好城市大会, 2025年…论坛: an event named with its year is this year's. */
    private static final Pattern NAMED_EVENT_YEAR = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})年?(?:第[\\d一二三四五六七八九十]+届)?[\\p{IsHan}·—-]{2,24}?(?:论坛|大会|峰会|对话会|年会|博览会|交流会|圆桌会|研讨会|座谈会|恳谈会|洽谈会|会议)");
    /** 2022年是中日邦交正常化50周年, 2025年恰逢结好十周年: a year the text says it is now in. */
    private static final Pattern PRESENT_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(?:是|恰逢|适逢|正值|正逢|恰是|正是)");
    private static final Pattern FULL_DATE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:年\\d{1,2}月\\d{1,2}日|-\\d{1,2}-\\d{1,2})");

    /**
     * The year of an undated page: the one its headline names, else the year of an event the lead names with
     * its year, else the year the lead says it is now (2022年恰逢…周年), else the start of a twinning the page
     * states plus the years of its jubilee ({@link TwinningJubileeYear}), else the year of the lead's first full
     * date; null when none (a background year, 自1987年, is never taken). A headline's year of account (2031年度) is the
     * page's year only when the lead gives none (a prize of a year may be given in the next), and a lead's year before
     * it leaves the page undated.
     */
    static String referenceYear(String text) {
        Year y = undatedYear(text);
        return y == null ? null : y.year();
    }

    /** An undated page's year, and whether it was counted from the start of a twinning the page states. */
    private record Year(String year, boolean countedFromStart) {
    }

    private static Year undatedYear(String text) {
        int nl = text.indexOf('\n');
        String headline = nl < 0 ? text : text.substring(0, nl);
        Matcher y = YEAR.matcher(headline);
        int floor = 0;
        while (y.find()) {
            if (!headline.startsWith(YEAR_OF_ACCOUNT, y.end())) {
                return new Year(y.group(1), false);
            }
            // 获得2031年度甲奖: a year of account is reviewed or honoured in a later year, the page's own year unknown
            floor = Math.max(floor, Integer.parseInt(y.group(1)));
        }
        String lead = text.substring(0, Math.min(text.length(), LEAD));
        String found = firstYear(lead, NAMED_EVENT_YEAR);
        if (found == null) {
            found = firstYear(lead, PRESENT_YEAR);
        }
        boolean counted = false;
        if (found == null) {
            // a twinning's jubilee counted from the start the page states outranks a full date, which may be that start
            found = TwinningJubileeYear.year(text);
            counted = found != null;
        }
        if (found == null) {
            found = firstYear(lead, FULL_DATE_YEAR);
        }
        if (found != null) {
            // a page naming a year of account is written no earlier than it: an earlier date is background
            return Integer.parseInt(found) >= floor ? new Year(found, counted) : null;
        }
        return floor > 0 ? new Year(String.valueOf(floor), false) : null; // 2031年度甲奖颁奖大会举行, and no other year: most are given in it
    }

    /** Group 1 of the first match of {@code p} in {@code lead}, or null. */
    private static String firstYear(String lead, Pattern p) {
        Matcher m = p.matcher(lead);
        return m.find() ? m.group(1) : null;
    }

    /** 2031年度: a year of account (of a prize's edition, a budget, a plan), after the year's digits. */
    private static final String YEAR_OF_ACCOUNT = "年度";

    /**
     * The most precise date of a sentence: a span or full date before a month, a month before a bare year
     * (a year inside a name, 2021年全球市长论坛, is the least telling); null if none.
     */
    DateResolver.DateMention bestDate(int si) {
        return bestDate(si, false);
    }

    /**
     * The sentence's most precise date for an act it tells: one opening a span up to now (自1988年…以来) is not an
     * act's time when the sentence gives the act a day of its own. (An award's 当年 may point back to such a year, so only signings read dates this way.)
     */
    DateResolver.DateMention bestActDate(int si) {
        return bestDate(si, true);
    }

    private DateResolver.DateMention bestDate(int si, boolean acts) {
        DateResolver.DateMention best = null;
        int learned = acts ? learnedUntil(si) : -1;
        for (DateResolver.DateMention d : dates.get(si)) {
            if (acts && startsASpanUntilNow(si, d) && toldAtAnotherTime(si, d)) {
                continue;
            }
            if (d.start() < learned) {
                continue; // 记者13日从甲办获悉,…12日…签署: the day the report learned of the act, not the act's
            }
            if (best == null || precision(d) > precision(best)) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The text offset where the sentence's reporter-learning clause ({@link ReporterLearned}) ends, when a resolved
     * date follows it (the act's own); else -1, and a date in the clause is all the sentence gives.
     */
    private int learnedUntil(int si) {
        int end = ReporterLearned.end(sentences.get(si).text());
        if (end < 0) {
            return -1;
        }
        int at = sentences.get(si).start() + end;
        return dates.get(si).stream().anyMatch(d -> d.start() >= at && d.first() != null) ? at : -1;
    }

    /** 今天, 昨日, 日前, 12日: a time word of the day the report tells, resolved or not. */
    private static final Pattern DAY_WORD = Pattern.compile(
            "今天|今日|昨天|昨日|前天|日前|近日|当天|当日" + DateResolver.NOT_JAPAN + "|" + DateResolver.PART_OF_DAY + "|\\d{1,2}日|[今昨]\\(\\d{1,2}\\)日");

    /**
     * Whether the sentence tells its act at a time of its own outside the span's date (今天签署…,深化自1988年…以来的友谊);
     * without one (甲与乙缔结姊妹市,双方自2015年签署盟约以来…) the span's start is the only time the act has.
     */
    private boolean toldAtAnotherTime(int si, DateResolver.DateMention d) {
        Sentence s = sentences.get(si);
        String t = s.text();
        int at = Math.max(0, d.start() - s.start()), end = Math.min(t.length(), Math.max(at, d.end() - s.start()));
        return DAY_WORD.matcher(t.substring(0, at)).find() || DAY_WORD.matcher(t.substring(end)).find();
    }

    /** 自1988年…以来, 从2015年起: a date opening a span that runs to the present. */
    private static final Pattern SINCE_OPENING = Pattern.compile("(?:自|从|自从)$");
    /** 以来, 起, 开始 closing the span (自某年结好以来, 从某年起). */
    private static final Pattern UNTIL_NOW = Pattern.compile("^[^。;；,，]{0,24}?(?:以来|起|开始)");

    /**
     * The sentence's most precise date that opens no span up to now: 从某年开始,共N批授予… gives a series, not a
     * ceremony, its start; 当年 after such a year is a date of its own. Null when there is none.
     */
    DateResolver.DateMention bestDateOutsideSpans(int si) {
        DateResolver.DateMention best = null;
        for (DateResolver.DateMention d : dates.get(si)) {
            if (!onlyOpensASpan(si, d) && (best == null || precision(d) > precision(best))) {
                best = d;
            }
        }
        return best;
    }

    /** 当年 (that year) opening a clause right after a span's opening year points back to it: 从某年起设立甲奖,当年,首批…获颁. */
    private static final Pattern THAT_YEAR = Pattern.compile("[，,;；]当年(?!\\d{1,2}月)");

    /**
     * Whether a date opens a span up to now ({@link #startsASpanUntilNow}) and no 当年 opening one of the two clauses
     * after the span's points back to it (自某年起,甲开始设立…,当年,首批…); one further on, or inside a clause (在当年的…),
     * is another time.
     */
    boolean onlyOpensASpan(int si, DateResolver.DateMention d) {
        if (!startsASpanUntilNow(si, d)) {
            return false;
        }
        Sentence s = sentences.get(si);
        int end = Math.max(0, Math.min(s.text().length(), d.end() - s.start()));
        String after = s.text().substring(end);
        int stop = after.length();
        for (int i = 0, breaks = 0; i < after.length(); i++) {
            if ("，,;；。".indexOf(after.charAt(i)) >= 0 && ++breaks == 3) {
                stop = i;
                break;
            }
        }
        return !THAT_YEAR.matcher(after.substring(0, stop)).find();
    }

    /**
     * Whether a date opens a span that runs to the present (深化两市自1988年缔结姊妹市以来的友谊): the start of a state
     * or a series, not the time of what the sentence tells as done, so no act in the sentence is dated by it.
     */
    boolean startsASpanUntilNow(int si, DateResolver.DateMention d) {
        Sentence s = sentences.get(si);
        int at = d.start() - s.start();
        if (at < 1 || at > s.text().length()) {
            return false;
        }
        String t = s.text();
        int end = Math.min(t.length(), d.end() - s.start());
        return end >= at && opensASpanUpToNow(t, at, end);
    }

    /** Whether the date written at {@code [at, end)} of a sentence opens a span up to now (自…以来, 从…起). */
    static boolean opensASpanUpToNow(String t, int at, int end) {
        return SINCE_OPENING.matcher(t.substring(Math.max(0, at - 2), at)).find() && UNTIL_NOW.matcher(t.substring(end)).find();
    }

    /** The latest year a date of any sentence but {@code si} names, or null when the others name none. */
    Integer latestYearOutside(int si) {
        Integer latest = null;
        for (int i = 0; i < dates.size(); i++) {
            for (DateResolver.DateMention d : i == si ? List.<DateResolver.DateMention>of() : dates.get(i)) {
                Integer y = yearOf(d.first());
                if (y != null) {
                    latest = latest == null ? y : Math.max(latest, y);
                }
            }
        }
        return latest;
    }

    /**
     * The date of the clause holding text offset {@code pos}: a sentence that lists dated clauses (2016年,甲…;2018年,
     * 乙…;2022年5月,丙…, or with commas: 2016年,甲…,2018年,乙…) dates each clause by its own part — a part starts after
     * a semicolon or at a date that opens a clause — or, when that part has no date, by the nearest dated part before
     * it. A sentence whose dates all stand in one part is dated as a whole ({@link #bestDate}); so is a part whose
     * date only restates the sentence's at a coarser precision.
     */
    DateResolver.DateMention clauseDate(int si, int pos) {
        DateResolver.DateMention best = bestActDate(si);
        Sentence s = sentences.get(si);
        String t = s.text();
        List<Integer> starts = new ArrayList<>();
        for (DateResolver.DateMention d : dates.get(si)) {
            starts.add(d.start() - s.start());
        }
        java.util.Set<Integer> parts = new java.util.HashSet<>();
        for (int at : starts) {
            parts.add(partIndex(t, at, starts));
        }
        DateResolver.DateMention inClause = datedInOwnClause(si, pos);
        if (best != null && inClause != null && inClause != best && !best.first().startsWith(inClause.first())) {
            return inClause; // 甲镇2012年9月与乙乡签署了备忘录 in a sentence dated otherwise: the act's own time
        }
        if (best == null || parts.size() < 2) {
            return best;
        }
        for (int part = partIndex(t, Math.max(0, Math.min(t.length(), pos - s.start())), starts); part >= 0; part--) {
            DateResolver.DateMention own = null;
            for (DateResolver.DateMention d : dates.get(si)) {
                if (partIndex(t, d.start() - s.start(), starts) == part && !startsASpanUntilNow(si, d)
                        && (own == null || precision(d) > precision(own))) {
                    own = d;
                }
            }
            if (own != null) {
                boolean coarser = own.first() != null && best.first() != null && precision(own) < precision(best)
                        && best.first().startsWith(own.first());
                return coarser ? best : own;
            }
        }
        return best;
    }

    /**
     * A date with its year written inside the clause that ends at {@code pos} (between the sides and their verb:
     * 甲2012年9月与乙签署), the most precise if several; null when none.
     */
    private DateResolver.DateMention datedInOwnClause(int si, int pos) {
        Sentence s = sentences.get(si);
        String t = s.text();
        int end = Math.max(0, Math.min(t.length(), pos - s.start()));
        int start = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == ';' || c == '；' || c == '。') {
                start = i + 1;
                break;
            }
        }
        DateResolver.DateMention own = null;
        for (DateResolver.DateMention d : dates.get(si)) {
            int at = d.start() - s.start();
            if (at >= start && d.end() - s.start() <= end && d.first() != null
                    && (WRITTEN_YEAR.matcher(t.substring(at, d.end() - s.start())).find() || dayOfTheVerb(t, at, d.end() - s.start(), end))
                    && (own == null || precision(d) > precision(own))) {
                own = d;
            }
        }
        return own;
    }

    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:19|20)\\d{2}年");

    /**
     * 甲与乙于26日签署: a day that 于 puts right before the verb is the act's own, even without its year; the sentence's
     * other day (记者14日获悉, the day of the report) is not when they signed.
     */
    private static boolean dayOfTheVerb(String t, int at, int dateEnd, int verbAt) {
        return at > 0 && t.charAt(at - 1) == '于' && verbAt - dateEnd <= 1;
    }

    /**
     * The index of the part of a sentence an offset lies in: parts are separated by semicolons and by a comma
     * followed by a date (…签署意向书,2018年,两市…; …,选在今天10日,…), which opens a clause of its own time.
     */
    private static int partIndex(String t, int at, List<Integer> dateStarts) {
        int n = 0;
        for (int i = 0; i < Math.min(at, t.length()); i++) {
            char c = t.charAt(i);
            if (c == ';' || c == '；' || ((c == ',' || c == '，') && opensWithDate(t, i + 1, dateStarts))) {
                n++;
            }
        }
        return n;
    }

    /** 2018年,…; 选在今天10日,…; 并于11日,…: a clause whose first words (a verb of choosing, a preposition) lead to its date. */
    private static boolean opensWithDate(String t, int from, List<Integer> dateStarts) {
        for (int k = 0; k <= 2 && from + k <= t.length(); k++) {
            if (dateStarts.contains(from + k) && DATE_LEADS.matcher(t.substring(from, from + k)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DATE_LEADS = Pattern.compile("(?:选在|选于|并于|并在|于|在|又于|再于)?");

    private static int precision(DateResolver.DateMention d) {
        return d.isSpan() ? 11 : d.first() == null ? 0 : d.first().length();
    }

    /** The latest full date before position {@code pos} that is no publication stamp: the day of something told. */
    String toldDateBefore(int pos) {
        return lastToldDateBefore(pos, d -> true);
    }

    /**
     * The last full date before a position that is not of a year long past: a signing told without a date after
     * a recalled twinning (2005年10月20日,两市正式缔结… / 活动中,两市还签署了…) happened in the reported time,
     * not on the recalled day. The page's publication stamp dates no act: a signing the text leaves undated stays so.
     */
    String recentDateBefore(int pos) {
        Integer year = resolver.anchorYear();
        return lastToldDateBefore(pos, d -> year == null || !isLongPast(d, year));
    }

    /** The latest full date before {@code pos} that {@code fits} and is no publication stamp, or null. */
    private String lastToldDateBefore(int pos, java.util.function.Predicate<String> fits) {
        int i = java.util.Collections.binarySearch(fullDateStarts, pos);
        for (int before = i >= 0 ? i - 1 : -i - 2; before >= 0; before--) {
            // 发布时间:… 来源:…: when the page went up, not when anything it tells happened
            if (!stamps.get(before) && fits.test(fullDates.get(before))) {
                return fullDates.get(before);
            }
        }
        return null;
    }

    /** A date of a year before the one before the anchor year (a recalled event, not the news). */
    static boolean isLongPast(String date, int anchorYear) {
        Integer year = yearOf(date);
        return year != null && year < anchorYear - 1;
    }

    /** The year a date value (2019, 2019-05, 2019-05-08) opens with, or null when it opens with none. */
    static Integer yearOf(String date) {
        return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    int sentenceIndex(int pos) {
        for (int i = 0; i < sentences.size(); i++) {
            if (pos < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }
}
