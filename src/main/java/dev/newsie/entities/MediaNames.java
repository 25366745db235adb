package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.text.Stretches;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Media outlets named where no proper noun vouches for them: a newspaper or magazine in title marks (据巴西《某某侨报》
 * 报道; title marks set off a publication's name) and a source line that is nothing but an outlet's name (某某新闻网
 * alone on its line, under a page's dateline) and the outlet a page credits as its source (来源:某某网), taken whole
 * with the place or slogan word a head-noun reading cuts off (中国江苏网, 多彩贵州网). A dateline or byline that opens
 * a paragraph names its outlet too (某某网讯, 某某日报北京5月1日电, 【某某传媒／记者 …】, 【某某网张三某地报导】), as does
 * a report attributed to a quoted outlet (据台湾“某某新闻网”报道); two outlets credited together (某某网—某某日报讯,
 * 来源:某某网-某某日报, 某某客户端、某某网消息, (某某-某某日报记者 张三)) are two names.
 */
final class MediaNames {
    /** A publication's name in title marks: two to ten characters ending in a newspaper's or magazine's head. */
    private static final Pattern TITLED = Pattern.compile("《(\\p{IsHan}{2,10}(?:日报|晚报|早报|时报|侨报|周报|周刊|报))》");
    /** The rows of models/outlet-heads.tsv: an outlet's head and whether it names the outlet on a line alone. */
    private static final List<ModelFile.Row> HEAD_ROWS = ModelFile.read("outlet-heads.tsv", 1);
    /**
     * The heads of an outlet's name: news sites, papers, agencies, channels, apps, government news accounts (某某发布)
     * and media centres (models/outlet-heads.tsv), longest first, so 传媒中心 is read whole before 传媒.
     */
    private static final List<String> OUTLET_HEADS = WordAlternation.longestFirst(HEAD_ROWS.stream().map(r -> r.get(0)).toList());
    private static final String HEAD = WordAlternation.of(OUTLET_HEADS);
    /** A line that is an outlet's name alone: two to six characters and a news site's, channel's or paper's head (flagged "line"). */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^[ \\t]*(\\p{IsHan}{2,6}" + WordAlternation.of(lineHeads()) + ")[ \\t]*$");

    /** One outlet's name: a head after at most ten characters, not the writer's own paper (本报, 该网, 我台). */
    private static final String OUTLET = "(?![本该我此])\\p{IsHan}{1,10}?" + HEAD;
    /** An outlet's app (某某日报客户端), named for the outlet. */
    private static final String APP = "客户端";
    private static final Pattern OUTLET_NAME = Pattern.compile("\\p{IsHan}{1,10}(?:新闻网|网|日报|晚报|早报|时报|侨报|报|通讯社|电视台|卫视)");
    /**
     * What joins two outlets credited together: a dash (某某网—某某日报), an interpunct (某某融媒体中心·某某网, the merged
     * media centre and the site it runs) or a 、 (某某客户端、某某网), the marks a credit lists its outlets with. The
     * regional separator ‧ is not listed: the normaliser has made it ·.
     */
    private static final String JOIN = "[-—－–·・•、]";
    /** What joins two outlets inside a byline's bracket: a dash or an interpunct; a 、 there lists places (两市记者). */
    private static final String BRACKET_JOIN = "[-—－–·・•]";
    /**
     * The outlet a page credits (来源:某某网, 消息来源 | 某某日报), up to the line's, clause's or word's end, taken whole
     * (中国江苏网, 多彩贵州网); a second outlet may follow after a dash. A reprint is credited so too (转载:某某发布,
     * 以上内容转自某某发布).
     */
    private static final Pattern CREDITED = Pattern.compile("(?:来源[ \\t]*[:：|｜]|转载[ \\t]*[:：]|转自)[ \\t]*(" + OUTLET + ")(?:" + JOIN + "(" + OUTLET + "))?"
            + "(?=[ \\t]|$|[\\n)）(（。，,、|])", Pattern.MULTILINE);
    /**
     * 来源: 某某 作者: 某某: a source credit followed on its line by another field of the page's header (its writer,
     * editor or reporter: models/header-fields.tsv), or ending its line ({@link #CREDIT_ENDING_LINE}), names its
     * outlet whatever the name ends in: the field or the line's end sets it off. A credit opening with a word that
     * names no outlet (来源:综合自外媒, models/non-outlet-credits.tsv) is none. A bare level (市, 省, 县) opening it
     * makes it a body of the article's place, which the organisation readings name; so does an organisation's head
     * ending it (来源: 某市外事办公室 编辑:), see {@link #namesABody}.
     */
    private static final String CREDIT_WORD = "来源[ \\t]*[:：|｜][ \\t]*";
    /** The credited name: Han characters, with the digits some outlets' names hold (某21世纪报道), ending in a Han one. */
    private static final String CREDITED_NAME = "((?![本该我此市省县州])[\\p{IsHan}0-9]{1,9}\\p{IsHan})";
    private static final Pattern FIELDED_CREDIT = Pattern.compile(CREDIT_WORD + CREDITED_NAME + "[ \\t]+"
            + "(?=" + WordAlternation.of(ModelFile.read("header-fields.tsv", 1).stream().map(r -> r.get(0)).toList()) + "[ \\t]*[:：])");
    /** A source credit ending its line (来源:某某视点): the line's end sets the name off as the fields do; see {@link #FIELDED_CREDIT}. */
    private static final Pattern CREDIT_ENDING_LINE = Pattern.compile(CREDIT_WORD + CREDITED_NAME + "[ \\t]*$", Pattern.MULTILINE);
    /** Source credits that name no outlet (models/non-outlet-credits.tsv): 来源:互联网, 来源:综合. */
    private static final Set<String> NON_OUTLETS = Set.copyOf(ModelFile.read("non-outlet-credits.tsv", 1)
            .stream().map(r -> r.get(0)).toList());

    /**
     * A dateline or byline opening a paragraph or a bracket: the outlet, a second one after a dash, then 讯 or 电 (after
     * an optional place and date: 某某网西安9月29日讯) or 记者 (某某新闻网记者, 【某某传媒／记者); or 消息 before a colon
     * or before the bracketed credit of its reporter (某某网某地9月29日消息(记者 张三)), which set it off as the dateline's.
     */
    private static final Pattern DATELINE = Pattern.compile("(?:^[ \\t]*【?|【)据?(" + OUTLET + ")(?:" + JOIN + "(" + OUTLET + "))?"
            + "(?:\\p{IsHan}{0,4}?\\d{1,2}月\\d{1,2}日)?(?:讯|电|消息(?:[:：]|[ \\t]*(?=[（(]))|[ \\t]*[／/]?[ \\t]*记者)", Pattern.MULTILINE);
    /**
     * A dateline that opens a paragraph with a name and 讯, then the story's date or a bracketed credit (某某点讯 6月1日,
     * 某某观察讯(记者 张三)): 讯 and what follows set the outlet off, whatever its name ends in (a paper's app or brand,
     * a magazine). Not the writer's own paper (本报讯) nor a kind of news item (快讯, 简讯, 喜讯, 资讯, 通讯). A name
     * ending in an outlet's head is the {@link #DATELINE} reading's.
     */
    private static final Pattern HEADLESS_DATELINE = Pattern.compile("^[ \\t]*((?![本该我此])\\p{IsHan}{2,6}?)(?<![快简喜资通短])讯"
            + "(?=[ \\t]*(?:\\d{1,2}月\\d{1,2}日|\\d{4}年|[（(]))", Pattern.MULTILINE);
    /** A bracketed byline that is an outlet, a reporter and a place before 报导/报道: 【某某网张三某地报导】. */
    private static final Pattern BRACKET_BYLINE = Pattern.compile("【(" + OUTLET + ")\\p{IsHan}{2,8}?报[导道]】");
    /** A report attributed to an outlet in quotation marks: 据(台湾)“某某新闻网”报道. */
    private static final Pattern QUOTED = Pattern.compile("据\\p{IsHan}{0,4}[“「\"]("+ OUTLET + ")[”」\"](?:报道|报导|消息)");

    /**
     * A dateline in lenticular brackets that is an outlet and a date before 讯, 电 or 报导 (【某某元9月14日讯】,
     * 【某某2011年04月21日讯】, 【某某元6月5日报导】): the brackets and the date set the outlet off, whatever its name ends in
     * (the overseas Chinese press).
     */
    private static final Pattern BRACKET_DATELINE = Pattern.compile("【(?![本该我此])(\\p{IsHan}{2,6}?)(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:讯|电|报导|报道)】");

    /** What a reporter's role may say of the reporter (全媒体记者, 随行记者): models/reporter-kinds.tsv. */
    private static final String REPORTER_KINDS = WordAlternation.of(ModelFile.read("reporter-kinds.tsv", 1).stream()
            .map(r -> r.get(0)).toList());
    /**
     * A byline in brackets that opens with the outlet, then its reporter's or editor's role and name (（某某融媒记者 张三）,
     * (某某新闻编辑李四)): the bracket and the role set the outlet off, whatever its name ends in. Not the writer's own
     * paper (本报), an editor's own role (责任编辑) or a reporters' station (记者站), which names a branch. The role may
     * carry its kind or posting (特派记者, 融媒体记者, 驻某地记者), which is no part of the outlet's name; an outlet that
     * closes a dateline (某某社某地电 记者) is the dateline's, whose place is no part of the name either. Two outlets
     * credited together open the bracket as they open a dateline ((某某客户端-某某日报记者 张三)): the bracket sets off the
     * first, the role the second.
     */
    private static final Pattern BRACKET_CREDIT = Pattern.compile("[（(](?:((?![本该我此责])\\p{IsHan}{2,8}?)" + BRACKET_JOIN + ")?((?![本该我此责])\\p{IsHan}{3,8}?)(?<![电讯])[ \\t]*"
            + "(?:" + REPORTER_KINDS + "|驻\\p{IsHan}{1,6}?)?(?:记者|编辑)(?!站)"
            + "[ \\t]*[:：]?[ \\t]*\\p{IsHan}{2,4}[ \\t)）]");

    /** An outlet's name with its head, then more characters (the dateline's place). */
    private static final Pattern AGENCY_AND_PLACE = Pattern.compile(OUTLET + "\\p{IsHan}+");

    /**
     * A byline whose reporter belongs to an outlet written after a slash or an interpunct (文/某某派记者, 某某晚报/某某新闻记者,
     * 某某日报·某某点记者): the mark sets the outlet off, whatever its name ends in (a paper's app or brand). The outlet
     * before the mark, when there is one, is named too. The slash may come escaped (\/), as text taken from a page's
     * markup writes it. A contributor's or trainee's credit (文/通讯员某某, 实习生某某, 特约记者) names no outlet.
     * {@link #recognize} scans it only on the lines holding 记者: that gate relies on every match ending in 记者 and
     * holding no line break (the gaps are {@code [ \t]}, the name Han characters), which a change here must keep.
     */
    private static final Pattern SLASHED_BYLINE = Pattern.compile("(?:(?:^|(?<=[。\\s]))[ \t]*文[ \t]*[/／]|(" + OUTLET + ")\\\\?[/／·])[ \t]*"
            + "((?![本该我此])(?!通讯员|实习生|特约)\\p{IsHan}{2,6}?)[ \t]*记者", Pattern.MULTILINE);

    /**
     * A section of an outlet, named after it: a place or a topic, then 新闻 or 频道 (某省新闻, 某省频道, 房产新闻). A
     * section is no outlet of its own: 某某网某省新闻5月1日电 and 来源:某某网-某省频道 name the outlet only.
     */
    private static final Pattern SECTION = Pattern.compile("\\p{IsHan}{2,4}(?:新闻|频道)");
    /**
     * A channel named after a second outlet's place (某某网-某省频道): the second name of a credit or dateline ends in an
     * outlet's head, of which only 频道 closes a section too, so a 新闻 section never stands there.
     */
    private static final Pattern CHANNEL = Pattern.compile("\\p{IsHan}{2,4}频道");
    /** An outlet named in Latin letters, then its section (SomeNews房产新闻): the letters are the outlet's name. */
    private static final Pattern LATIN_THEN_SECTION = Pattern.compile("([A-Za-z][A-Za-z0-9]{2,})" + SECTION.pattern());
    /**
     * Where an outlet stands: opening a line, a sentence or a bracket (a page's header after its title: 某标题。 SomeNews房产新闻),
     * after 来源/据, or before a dateline's date and 电/讯 or a reporter. Only a Latin run there is an outlet's name; elsewhere (a company's or an app's name then 新闻) it is not.
     */
    private static final Pattern OUTLET_BEFORE = Pattern.compile("(?:^|[\\n【(（。！？!?]|来源[ \\t]*[:：|｜]?|据)[ \\t]*$");
    private static final Pattern OUTLET_AFTER = Pattern.compile("[ \\t]*(?:\\p{IsHan}{0,4}?\\d{1,2}月\\d{1,2}日)?(?:讯|电|[ \\t]*[／/]?[ \\t]*记者)");

    /** A reporter's kind, if any, between the outlet and 记者: no part of the outlet's name. */
    private static final String REPORTER_KIND = REPORTER_KINDS + "?";
    /**
     * A byline that opens a line or follows a sentence's end with an outlet, its reporter's role and a slash before the
     * reporter's name (某某台记者／张三): the role and the slash set the outlet off, whatever its name ends in. Not the
     * writer's own paper (本报) nor a word of the role itself (摄影记者, 随行记者).
     */
    private static final Pattern ROLE_SLASH_BYLINE = Pattern.compile("(?:^|(?<=[。！？!?]))[ \t]*((?![本该我此])(?!" + REPORTER_KINDS + ")"
            + "\\p{IsHan}{2,6}?)" + REPORTER_KIND + "记者[ \t]*[/／]", Pattern.MULTILINE);
    /** A publication in title marks whose reporter is credited (《某某周刊》全媒体记者 张三): the marks set off its name, whatever it ends in. */
    private static final Pattern TITLED_REPORTER = Pattern.compile("《((?![本该我此])\\p{IsHan}{2,10})》[ \t]*" + REPORTER_KIND + "记者");
    /**
     * 【SomeTV 张三报导】: an outlet's Latin name, a space, then the reporter's name and 报导 or 报道 in lenticular brackets;
     * the letters are the outlet's name.
     */
    private static final Pattern LATIN_BRACKET_BYLINE = Pattern.compile("【[ \t]*([A-Z][A-Za-z0-9]{1,9})[ \t]+\\p{IsHan}{2,4}报[导道][ \t]*】");

    /**
     * The heads an outlet's name ends in beside a story's time (models/dateline-outlet-heads.tsv, the list the cleaner
     * reads for its dateline lines), with the outlet heads above: there a 某某新闻 or 某某之声 is the outlet, not a section.
     */
    private static final String STAMP_HEAD = WordAlternation.of(WordAlternation.longestFirst(Stream.concat(
            OUTLET_HEADS.stream(), ModelFile.read("dateline-outlet-heads.tsv", 1).stream().map(r -> r.get(0))).distinct().toList()));
    /** A page's timestamp: a date and a clock time (2031-03-02 08:15:40). */
    private static final String STAMP = "(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}[ \\t]+\\d{1,2}:\\d{2}";
    /**
     * The page's dateline: a line holding its timestamp and, opening the line or closing it after the time, a name
     * ending in an outlet's head (某某新闻网 | 2031-03-02 08:15, 某某日报 编辑甲 2031-03-02 08:15, 2031-03-02 08:15 某某报):
     * a line of the page's header gives the time and the outlet that printed it, whatever else it holds between.
     */
    private static final Pattern STAMPED_LINE = Pattern.compile("^[ \\t]*(?:((?![本该我此])\\p{IsHan}{1,4}?" + STAMP_HEAD + ")"
            + "(?=[ \\t|｜]*(?:[^\\n]{0,16}?[ \\t|｜])?" + STAMP + ")"
            + "|" + STAMP + "(?::\\d{2})?[ \\t]*[|｜]?[ \\t]*((?![本该我此])\\p{IsHan}{1,4}?" + STAMP_HEAD + ")[ \\t]*$)", Pattern.MULTILINE);

    /**
     * A byline opening its line as Taiwan's press writes it: the outlet, a mark (a bar, a dash or a slash), the reporter
     * (记者 before the name or not) and, after a slash, where the story was reported (某某新闻-张三/某地, 某某日报|记者张三/某地报导).
     * The marks and the slashed place set the outlet off, so its name may end in the heads an outlet has beside a story's
     * time ({@link #STAMP_HEAD}: 新闻, 之声 too); a paper's desk (即时中心／某地报导) ends in none and names nothing.
     */
    private static final Pattern MARKED_BYLINE = Pattern.compile("^[ \\t]*((?![本该我此])\\p{IsHan}{1,4}?" + STAMP_HEAD + ")[ \\t]*"
            + "[|｜\\-—─－–/／][ \\t]*(?:记者[ \\t]*)?\\p{IsHan}{2,4}[ \\t]*[/／][ \\t]*\\p{IsHan}{2,6}?(?:报导|报道)?[ \\t]*$", Pattern.MULTILINE);

    /**
     * A newsroom telling what it learned, as news prose writes itself into the story: a sentence opened by a name that
     * is the subject of a verb of learning (models/newsgathering-verbs.tsv), after where it learned if said (某某新闻在会上
     * 获悉, 某某注意到), or a clause opened by a name whose reporter learned from a source (某某报记者从某局获得): the
     * formula is the one a reporter uses of himself (记者获悉), so what stands in the reporter's place is the outlet.
     * Not the writer's own paper or a pronoun (本报, 我们, 他), nor a word naming people by their side, kind or number
     * (中方, 人们, 外界, 大家, 笔者, 两地, 中外, 各界): those learn as readers do, no outlet among them. A reporter's kind
     * (随行记者) belongs to the role; the reporter himself (记者从某局了解到) is no name, nor does a name run over where he
     * learned it (从, 在).
     */
    private static final String NEWSROOM_NAME = "((?![本该我此他她它其这那笔两多各众诸数])(?!记者|" + REPORTER_KINDS + ")[\\p{IsHan}&&[^从在]]{2,6}?)"
            + "(?<![方们界家者地外])";
    private static final Pattern NEWSROOM = Pattern.compile("(?:(?:^|(?<=[。！？!?]))[ \\t]*" + NEWSROOM_NAME + "(?:在[^。，,、\\n]{1,12}?)?"
            + WordAlternation.of(ModelFile.read("newsgathering-verbs.tsv", 1).stream().map(r -> r.get(0)).toList())
            + "|(?:^|(?<=[。！？!?，,]))[ \\t]*" + NEWSROOM_NAME + REPORTER_KIND + "记者(?:日前|近日|昨日|昨天|今天|今日)?从)", Pattern.MULTILINE);

    private static final List<Pattern> READINGS = List.of(TITLED, SOURCE_LINE, CREDITED, FIELDED_CREDIT, CREDIT_ENDING_LINE, DATELINE, BRACKET_BYLINE, QUOTED,
            BRACKET_DATELINE, BRACKET_CREDIT, SLASHED_BYLINE, ROLE_SLASH_BYLINE, TITLED_REPORTER, LATIN_BRACKET_BYLINE, HEADLESS_DATELINE,
            STAMPED_LINE, MARKED_BYLINE);

    /**
     * A 、-list closed by 等(主流/各大/新闻)媒体 lists outlets, whatever their names end in (某省外事 is an official
     * account): group 1 is the list. Its first item runs back to the preposition or punctuation before it.
     */
    private static final Pattern MEDIA_LIST = Pattern.compile("((?:[^、，,。；;：:\\s]{2,14}、)+[^、，,。；;：:\\s]{2,14})等\\p{IsHan}{0,4}?媒体");
    /** What opens the first item's clause before the outlet: a preposition of place or means (在, 于, 通过, 经). */
    private static final Pattern FIRST_ITEM = Pattern.compile("(?:.*(?:在|于|通过|经由|经))?(.+)");
    /** Longest outlet name taken from a list; a longer item is a phrase, not a name. */
    private static final int MAX_LISTED = 10;

    /**
     * The outlets of a text, less any reading that spans exactly a place already found there: 【某地9月1日讯】, a
     * bracketed dateline naming only a place, names no outlet. An outlet the gazetteer knows (人民日报, which comes
     * with the places) stays an outlet: it is what tells two outlets credited together from one name over both.
     */
    static List<Candidate> recognize(String text, List<Candidate> places, Set<String> surnames) {
        List<Candidate> out = recognize(text, surnames);
        out.removeIf(o -> places.stream().anyMatch(p -> p.type() != EntityType.ORGANIZATION && p.start() == o.start() && p.end() == o.end()));
        return out;
    }

    /** The outlets of every 、-list closed by 等…媒体, each without its title marks. */
    static List<Candidate> listed(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = MEDIA_LIST.matcher(text);
        // the list holds no ，。；： or space and needs 、, 等 and 媒体: only stretches between those marks holding them can match
        for (int[] stretch : Stretches.holding(text, "，,。；;：:" + Stretches.WHITESPACE, "、等媒体")) {
            Stretches.on(m, stretch);
            while (m.find()) {
                List<ListItem> items = ListItem.of(m, 1);
                for (int k = 0; k < items.size(); k++) {
                    String item = items.get(k).text();
                    int from = items.get(k).start();
                    if (k == 0) {
                        Matcher f = FIRST_ITEM.matcher(item);
                        if (!f.matches() || !OUTLET_NAME.matcher(f.group(1)).matches() && !f.group(1).startsWith("《")) {
                            continue; // 某市分别在…: the clause before the first outlet, unless it ends in one
                        }
                        from += f.start(1);
                        item = f.group(1);
                    }
                    String name = item.replaceAll("^《|》$", "");
                    int start = from + (item.startsWith("《") ? 1 : 0);
                    if (name.length() >= 2 && name.length() <= MAX_LISTED && name.codePoints().allMatch(Character::isLetterOrDigit)) {
                        out.add(new Candidate(start, start + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN));
                    }
                }
            }
        }
        return out;
    }

    private MediaNames() {
    }

    /** {@code surnames}: the Chinese family names the person recogniser holds (a credit's contributor has one). */
    static List<Candidate> recognize(String text, Set<String> surnames) {
        List<Candidate> out = new ArrayList<>(listed(text));
        for (Pattern p : READINGS) {
            Matcher m = p.matcher(text);
            // a byline runs within one line and ends in 记者: only the lines holding it are scanned, the outlet's lazy
            // name before each head word being tried at every position of the page otherwise
            List<int[]> stretches = p == SLASHED_BYLINE ? Stretches.holding(text, "\n", "记者") : List.of(new int[]{0, text.length()});
            for (int[] stretch : stretches) {
                Stretches.on(m, stretch);
                while (m.find()) {
                    addMatch(p, m, text, surnames, out);
                }
            }
        }
        out.removeIf(c -> NON_OUTLETS.contains(c.name())); // 来源:互联网: the web at large, no outlet
        return out;
    }

    /** Adds the outlets one match {@code m} of the reading {@code p} names in {@code text}, one per group that took part. */
    private static void addMatch(Pattern p, Matcher m, String text, Set<String> surnames, List<Candidate> out) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                if ((p == CREDITED || p == DATELINE) && g == 2 && CHANNEL.matcher(m.group(g)).matches()) {
                    // 某某网-某省频道: the second name is the first outlet's section, which names that outlet (and
                    // no place: 某省 is inside the section's name)
                    out.add(new Candidate(m.start(g), m.end(g), EntityType.ORGANIZATION, m.group(1), null, Candidate.Source.PATTERN));
                    continue;
                }
                if ((p == FIELDED_CREDIT || p == CREDIT_ENDING_LINE)
                        && (namesABody(m.group(g)) || NON_OUTLETS.stream().anyMatch(m.group(g)::startsWith))) {
                    continue; // 来源: 某市外事办公室 编辑: a body credited as the source, no outlet; 来源:综合自外媒
                }
                int from = m.start(g);
                int to = m.end(g);
                if (p == CREDIT_ENDING_LINE && out.stream().anyMatch(o -> o.start() == from && o.end() == to)) {
                    continue; // 来源:某某网: read already by the CREDITED reading
                }
                if (p == BRACKET_CREDIT && g == 2 && namesAContributor(m.group(g), surnames)) {
                    continue; // (张三 记者 李四), (实习生张三 记者李四): the bracket's first credit is a person, no outlet
                }
                if (p == HEADLESS_DATELINE && OUTLET_HEADS.stream().anyMatch(m.group(g)::endsWith)) {
                    continue; // 某某日报讯 6月1日: the DATELINE reading's
                }
                if (p == BRACKET_DATELINE && AGENCY_AND_PLACE.matcher(m.group(g)).matches()) {
                    continue; // 【某某社某地9月1日讯】: an outlet with a head, then its place — the DATELINE reading's
                }
                int end = m.end(g);
                if (m.group(g).endsWith(APP) && OUTLET_NAME.matcher(text.substring(m.start(g), end - APP.length())).matches()) {
                    end -= APP.length(); // 某某日报客户端: the paper's app, the paper is the outlet
                }
                out.add(new Candidate(m.start(g), end, EntityType.ORGANIZATION, text.substring(m.start(g), end), null, Candidate.Source.PATTERN));
            }
        }
    }

    /**
     * {@code c} named for the outlet whose section is written after the outlet's name (某某网某省新闻 → 某某网, SomeNews房产新闻
     * → SomeNews), or {@code c} as it is: a reading that runs an outlet on into its section names the outlet. A Latin
     * run is renamed only where {@code text} puts an outlet (see {@link #standsAsOutlet}).
     */
    static Candidate withoutSection(Candidate c, List<Candidate> outlets, String text) {
        if (c.type() != EntityType.ORGANIZATION || c.name().length() != c.end() - c.start()) {
            return c;
        }
        // the span stays the whole run: a place inside the section's name (某省新闻) is no mention of the place
        for (Candidate o : outlets) {
            if (o.start() == c.start() && o.end() < c.end() && SECTION.matcher(c.name().substring(o.end() - c.start())).matches()) {
                return new Candidate(c.start(), c.end(), c.type(), o.name(), null, c.source());
            }
        }
        Matcher latin = LATIN_THEN_SECTION.matcher(c.name());
        if (latin.matches() && standsAsOutlet(text, c)) {
            return new Candidate(c.start(), c.end(), c.type(), latin.group(1), null, c.source());
        }
        return c;
    }

    /** Whether {@code c} stands where an outlet is named: see {@link #OUTLET_BEFORE} and {@link #OUTLET_AFTER}. */
    private static boolean standsAsOutlet(String text, Candidate c) {
        return OUTLET_BEFORE.matcher(text.substring(Math.max(0, c.start() - 6), c.start())).find()
                || OUTLET_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
    }

    /** Roles of contributors who belong to no outlet's staff (a correspondent, a trainee): the credit names no outlet. */
    private static final List<String> CONTRIBUTOR_ROLES = List.of("通讯员", "实习生");
    /** Length of the commonest Chinese name: a family name and a two-character given name. */
    private static final int NAME_LENGTH = 3;

    /**
     * Whether what stands before a bracketed credit's role is a contributor, not an outlet: it opens with the role of
     * a contributor of no outlet's staff (实习生某某), or it has a person's shape — three characters opening with a
     * listed family name and ending in no outlet's head (an outlet of three characters is written with its head: 某某网,
     * 某某报).
     */
    private static boolean namesAContributor(String name, Set<String> surnames) {
        if (CONTRIBUTOR_ROLES.stream().anyMatch(name::startsWith)) {
            return true;
        }
        return name.length() == NAME_LENGTH && looksLikeAPersonsName(name, surnames) && OUTLET_HEADS.stream().noneMatch(name::endsWith);
    }

    /**
     * Whether {@code name} ends in an organisation's head noun (models/org-suffixes.tsv: 办公室, 委员会, 协会) and in
     * no outlet's head: a body, not an outlet, though a field of the page's header sets it off.
     */
    private static boolean namesABody(String name) {
        return OrganizationHeads.headNouns().stream().anyMatch(name::endsWith) && OUTLET_HEADS.stream().noneMatch(name::endsWith);
    }

    /** The heads flagged "line" in models/outlet-heads.tsv; a flag other than "line" is an error. */
    private static List<String> lineHeads() {
        List<String> heads = new ArrayList<>();
        for (ModelFile.Row r : HEAD_ROWS) {
            if (!r.get(1).isEmpty() && !r.get(1).equals("line")) {
                throw r.error("unknown flag '" + r.get(1) + "' (line, or none)");
            }
            if (r.get(1).equals("line")) {
                heads.add(r.get(0));
            }
        }
        return heads;
    }

    /**
     * The newsrooms a text tells of as learning ({@link #NEWSROOM}), less a name a person's reading covers: a person
     * learns with the same verbs (某某在现场了解到), and the person's reading knows the name for one.
     *
     * @param surnames the listed Chinese family names, single and double (the person reading's {@link NameShapes#listedSurnames})
     */
    static List<Candidate> newsrooms(String text, List<Candidate> people, Set<String> surnames) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = NEWSROOM.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            int start = m.start(g);
            int end = m.end(g);
            if (people.stream().noneMatch(p -> p.type() == EntityType.PERSON && p.start() < end && start < p.end())
                    && !(g == 1 && looksLikeAPersonsName(m.group(g), surnames))) {
                out.add(new Candidate(start, end, EntityType.ORGANIZATION, m.group(g), null, Candidate.Source.PATTERN));
            }
        }
        return out;
    }


    /**
     * Whether {@code name} has a Chinese person's form, a family name and one or two given characters: one who learns
     * alone before the verb (某某在现场了解到) is then as likely a person the page introduced, whom no title marks here.
     */
    private static boolean looksLikeAPersonsName(String name, Set<String> surnames) {
        return name.length() <= 3 && surnames.stream().anyMatch(s -> name.startsWith(s) && name.length() - s.length() >= 1);
    }

    /** Whether {@code c} is another reading's one name over two outlets credited together (某某网-某某日报). */
    static boolean joinsOutlets(Candidate c, List<Candidate> outlets) {
        return c.type() == EntityType.ORGANIZATION && !outlets.contains(c)
                && outlets.stream().filter(o -> o.start() >= c.start() && o.end() <= c.end()).count() >= 2;
    }
}
