package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a winners' list in a masked sentence: the 、/和-enumeration before or after a verb, a numbered or plain
 * list line, a 甲—乙 pair line; each entry is the last place (or the body) of its chain, or — for an entry the
 * recogniser missed — its own text when it has the form of a place's or body's name.
 */
final class WinnersList {
    private WinnersList() {
    }

    static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\d{1,3}[.、．]");

    /** 等40个外国省州市, 共10个城市, 20个省区市, 等国内12个团体: the count that closes an enumeration of recipients. */
    static final Pattern CLOSING_COUNT = Pattern.compile(
            "(?:等|共)?(?:国内|国外|外国|境外|海外|全国)?(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|座|位|名|家|人)[\\p{IsHan}Ⓟ]{0,10}?"
            + "(?:和(?:\\d+|[一二三四五六七八九十两百]+)(?:多|余)?(?:个|位|名|家|人)[\\p{IsHan}]{0,6})?$|等(?:城市|省市|地|国家|单位|机构)?$");

    /** 等2个省、直辖市: a count whose noun is itself a list of kinds of place (the 、 inside it separates no winners). */
    static final Pattern KINDS_COUNT = Pattern.compile(
            "(?:等|共)(?:\\d+|[一二三四五六七八九十两百]+)个(?:省|自治区|直辖市|特别行政区|市|地级市|州|城市)(?:、(?:省|自治区|直辖市|特别行政区|市|地级市|州|城市))+$");

    /** Words an enumerated recipient may carry besides its places: 广西壮族自治区对口友城越南谅山省. */
    /** An entry ending in a person's name, after their title or office. */
    private static final Pattern TITLED_PERSON = Pattern.compile("Ⓡ(?:先生|女士|博士|教授|夫妇)?(?:[(（](?:[\\p{IsLatin} .'·-]+|Ⓟ)[)）])?$");

    static final Pattern ITEM_FILLER = Pattern.compile(
            "(?:我|本)[省市区县州](?=的|对口|国际|友)|对口友城|国际友好城市|友好城市|友好省州|国际友城|友城|其中|先生|女士|博士|教授|夫妇|的|再次|首次|成功|共同|分别|均|也|还|以及|及|和|与");

    /**
     * 云南省、北京市,昆明市…20个省区市获评…: every entry of the enumeration that ends right before the verb,
     * walking back while entries are names (each the last place of its chain); stops at the first entry that
     * is not one.
     */
    static List<String> enumerationBefore(MaskedSentence ms, int verbPos) {
        return enumerationBefore(ms, 0, verbPos);
    }

    /** The same, not looking before {@code from}. */
    static List<String> enumerationBefore(MaskedSentence ms, int from, int verbPos) {
        String m = ms.masked();
        List<String> out = new ArrayList<>();
        int end = verbPos;
        Matcher kinds = KINDS_COUNT.matcher(m.substring(from, verbPos));
        if (kinds.find()) {
            end = from + kinds.start();
        }
        boolean first = true;
        boolean people = false; // every entry read so far (walking back) is a person
        boolean countsPeople = false; // the enumeration is closed by a count of people (等12人, 等5位)
        while (end > from) {
            int start = end;
            int separator = 1;
            while (start > from && ("、,，;；:： \u3000".indexOf(m.charAt(start - 1)) < 0 || withinLatin(m, start - 1))) {
                char c = m.charAt(start - 1);
                if ("和与及".indexOf(c) >= 0 && start - 1 > from && (start < end && isSlot(m.charAt(start))
                        || m.charAt(start - 2) == MaskedSentence.PERSON)) {
                    // 甲市和乙市, 甲等10个省区市和乙: a conjunction before a name separates two entries; so does one right
                    // after a person's name (友好人士甲和青年企业家乙), the next entry opening with its title
                    separator = c == '及' && start - 2 > from && m.charAt(start - 2) == '以' ? 2 : 1;
                    break;
                }
                start--;
            }
            boolean conjunction = start > from && "和与及".indexOf(m.charAt(start - 1)) >= 0;
            String item = m.substring(start, end);
            if (item.isBlank() && start > from) {
                end = start - 1; // a run of separating spaces
                continue;
            }
            if (first) {
                Matcher count = CLOSING_COUNT.matcher(item);
                if (count.find()) {
                    countsPeople |= PEOPLE_COUNT.matcher(count.group()).find();
                    item = item.substring(0, count.start());
                }
            }
            String name = null;
            List<MaskedSentence.Slot> inItem = ms.slots(start, end);
            boolean titled = false;
            if (inItem.size() == 1 && inItem.get(0).entity().type() == EntityType.PERSON) {
                name = inItem.get(0).entity().name(); // 甲、乙等5人获颁: people receive honours
                titled = TITLED_PERSON.matcher(item).find(); // 作曲家甲先生: their title before them
            } else if (TITLED_PERSON.matcher(item).find() && item.indexOf(MaskedSentence.PERSON) == item.lastIndexOf(MaskedSentence.PERSON)) {
                // 甲国前驻华大使乙 / 乙(甲国): a person after their title, or before their country in brackets
                name = inItem.stream().filter(x -> x.entity().type() == EntityType.PERSON).reduce((x, y) -> y).orElseThrow().entity().name();
                titled = true;
            } else if (item.indexOf(MaskedSentence.PERSON) < 0) {
                MaskedSentence.Slot party = ms.lastParty(start, start + item.length());
                name = party == null ? null : SigningExtractor.partyName(party);
            }
            int joined = titled ? Math.max(item.lastIndexOf('和'), Math.max(item.lastIndexOf('与'), item.lastIndexOf('及'))) : -1;
            if (joined > 0 && TITLE_THEN_NAME.matcher(item.substring(0, joined).trim()).matches()
                    && !calledBody(item.substring(0, joined).trim())) {
                // 友好人士甲和画家乙: 和 between two titled people (the recogniser missed the first) joins two entries
                out.add(0, name);
                people = true;
                first = false;
                end = start + joined;
                continue;
            }
            String rest = titled ? "" : ITEM_FILLER.matcher(item.replaceAll("[ⓅⓄⓇ]", "")).replaceAll("").trim();
            boolean person = name != null && inItem.size() >= 1 && inItem.get(inItem.size() - 1).entity().type() == EntityType.PERSON;
            if (!rest.isEmpty() && people && countsPeople && inItem.isEmpty() && PERSON_FORM.matcher(item.trim()).matches()) {
                // 甲·乙、丙丁、戊·己等12人获得: a name the recogniser missed, between people
                name = item.trim();
                rest = "";
                person = true;
            } else if (!rest.isEmpty() && (countsPeople || people) && inItem.stream().noneMatch(x -> x.entity().type() == EntityType.PERSON)
                    && TITLE_THEN_NAME.matcher(item.trim()).matches() && !calledBody(item.trim())) {
                // 日本籍教师小林健一、乙等8人: a person's name the recogniser missed, after their nationality and calling;
                // also when the entries after it are people (甲会前主席乙、丙和企业家丁获得): a list of people goes on
                Matcher t = TITLE_THEN_NAME.matcher(item.trim());
                t.matches();
                name = t.group(1);
                rest = "";
                person = true;
            } else if (!rest.isEmpty()) {
                // an entry the recogniser missed, read by its form: 日本Ⓟ + 富山县 → 富山县
                String bare = unrecognisedEntry(item, inItem);
                name = bare;
                rest = bare == null ? rest : "";
            }
            boolean office = inItem.isEmpty() ? OFFICE.matcher(item.trim()).find()
                    : inItem.stream().noneMatch(x -> x.entity().type() == EntityType.PERSON)
                    && OFFICE_AFTER_BODY.matcher(item.replaceAll("[ⓅⓄ()（）]", "").trim()).matches();
            if ((name == null || !rest.isEmpty()) && people && office) {
                // 全国政协常委、乙会委员丙: an office of the person after it, joined to their other office by 、
                end = start - 1;
                continue;
            }
            if (name == null || !rest.isEmpty()) {
                break;
            }
            out.add(0, name);
            people = person;
            first = conjunction; // the entry before 和 may close its own group: 甲等10个省区市和乙
            end = start - (conjunction ? separator : 1);
        }
        return out;
    }

    /**
     * Ⓟ籍教师小林健一 / Ⓞ董事长王明: a calling (after a nationality, place or body) then a name of Chinese or
     * transliterated form; read only in a list closed by a count of people (等8人).
     */
    static final Pattern TITLE_THEN_NAME = Pattern.compile(
            "^(?:[ⓅⓄ]+籍?)?[\\p{IsHan}]{0,8}?(?:教师|企业家|工程师|商人|友人|专家|教授|学者|医生|艺术家|作家|记者|律师|总裁|董事长"
            + "|会长|主席|市长|议员|议长|知事|大使|总经理|经理|校长|院长|主任|顾问|社长|侨领|华侨|设计师|建筑师|科学家|研究员|导演"
            + "|演员|运动员|教练|志愿者|留学生|汉学家|翻译家|人士)([\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,8}(?:·[\\p{IsHan}]{1,8})+)$");

    /** 中国专家协会: what TITLE_THEN_NAME would read as a calling and a name is the name of a body or place. */
    private static boolean calledBody(String item) {
        Matcher t = TITLE_THEN_NAME.matcher(item);
        return !t.matches() || ENTRY_HEAD.matcher(t.group(1)).find() || t.group(1).endsWith("会");
    }

    static final Pattern PEOPLE_COUNT = Pattern.compile("\\d+(?:多|余)?(?:人|位|名)|[一二三四五六七八九十两百]+(?:多|余)?(?:人|位|名)");

    /** An office or standing that describes a person (常委, 董事长, 前驻华大使): the entry names no one itself. */
    static final Pattern OFFICE = Pattern.compile("^[\\p{IsHan}]{2,16}(?:委员|常委|主席|会长|董事长|董事|总裁|总经理|经理|创始人|理事长|秘书长|市长|议长|议员|大使|领事|总领事|教授|院士|专家|局长|部长|州长|知事|校长|院长|主任|顾问|特使|总统|总理|首相)$");

    /** A space between two Latin letters (乙(Jean Dupont)): part of a name written in its own script, not a separator. */
    static boolean withinLatin(String m, int at) {
        return m.charAt(at) == ' ' && at > 0 && at + 1 < m.length()
                && Character.isLetter(m.charAt(at - 1)) && m.charAt(at - 1) < 0x250 && Character.isLetter(m.charAt(at + 1)) && m.charAt(at + 1) < 0x250;
    }

    /** 甲公司总裁、首席执行官乙: the office a body's name opens, split from the person's other office by 、. */
    static final Pattern OFFICE_AFTER_BODY = Pattern.compile("[\\p{IsHan}]{0,6}(?:委员|常委|主席|会长|董事长|董事|总裁|总经理|经理|创始人|创办人|理事长|秘书长|市长|议长|议员|大使|领事|总领事|教授|院士|局长|部长|州长|知事|校长|院长|主任|顾问|特使|总统|总理|首相)");

    /** The form of a person's name: two to four Han characters, or a transliteration joined by middle dots. */
    static final Pattern PERSON_FORM = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,8}(?:[·•][\\p{IsHan}]{1,8})+");

    static boolean isSlot(char c) {
        return c == MaskedSentence.PLACE || c == MaskedSentence.ORG || c == MaskedSentence.PERSON;
    }

    /** A generic head that ends the name of a place or body: the form of a winners' list entry. */
    static final Pattern ENTRY_HEAD = Pattern.compile(
            "(?:特别市|广域市|自治区|自治州|自治县|市|省|州|县|区|道|府|郡|都|盟|岛|邦|大区|地区"
            + "|政府|协会|委员会|大学|学院|学校|医院|公司|集团|中心|研究院|研究所|基金会|联合会|商会|银行|博物馆|图书馆|剧院|乐团)$");

    static final Pattern BARE_ENTRY = Pattern.compile("[\\p{IsHan}·]{2,16}");

    static boolean onlyCountries(List<MaskedSentence.Slot> slots) {
        return slots.stream().allMatch(x -> x.entity().type() == EntityType.COUNTRY);
    }

    /**
     * An entry of a winners' list that no entity was found in (or only the country it is prefixed with):
     * its own text, when it is a short Han name ending in an administrative suffix or an organisation head.
     */
    static String unrecognisedEntry(String item, List<MaskedSentence.Slot> inItem) {
        if (!onlyCountries(inItem)) {
            return unrecognisedAfterPlaces(item, inItem);
        }
        String bare = item.trim();
        if (!inItem.isEmpty()) {
            if (bare.indexOf(MaskedSentence.PLACE) != 0 || inItem.size() != 1) {
                return null; // only a leading country is allowed: 日本Ⓟ富山县
            }
            bare = bare.substring(1);
        }
        bare = bare.replaceFirst("^(?:以及|及|和|与)", "");
        if (!BARE_ENTRY.matcher(bare).matches() || !ENTRY_HEAD.matcher(bare).find() || bare.length() < 3
                || KINDS_OF_PLACES.matcher(bare).find()) {
            return null;
        }
        return bare;
    }

    /**
     * 中、外省州和城市 / 国内外省市: the kinds of place a sentence sums up before its winners, no winner's name — two
     * kinds of unit run together (省州, 省市, 省区; not 州市, which ends 广州市) or joined by a conjunction before 城市.
     */
    static final Pattern KINDS_OF_PLACES = Pattern.compile("省州|省市|省区|[和与及]城市$");

    /** The suffix of a place's own name (not of a body): what an unknown entry after its region ends in. */
    static final Pattern PLACE_HEAD = Pattern.compile("(?:特别市|广域市|自治州|自治县|市|州|县|区|道|府|郡|盟|岛|大区)$");

    static final Pattern GENERIC_START = Pattern.compile("^(?:人民|市|省|县|区|州|所属|下属|辖|全|各|本|该|首都|首府)");

    /**
     * 京畿道Ⓟ + 义王市: an entry whose region the recogniser found but not the place itself — the text after the
     * leading places, when it is a short Han name ending in a place suffix; null otherwise.
     */
    static String unrecognisedAfterPlaces(String item, List<MaskedSentence.Slot> inItem) {
        String bare = item.trim().replaceFirst("^(?:以及|及|和|与)", "");
        int lead = 0;
        while (lead < bare.length() && bare.charAt(lead) == MaskedSentence.PLACE) {
            lead++;
        }
        if (lead == 0 || lead != inItem.size() || inItem.stream().anyMatch(x -> !x.entity().type().isPlace() && x.entity().type() != EntityType.COUNTRY)) {
            return null;
        }
        bare = bare.substring(lead);
        if (bare.length() < 2 || !BARE_ENTRY.matcher(bare).matches() || !PLACE_HEAD.matcher(bare).find()
                || GENERIC_START.matcher(bare).find()) {
            return null;
        }
        return bare;
    }

    /** A space between two Latin letters: inside a name written in its own script (乙(Jean Dupont)), no separator. */
    private static final Pattern LATIN_SPACE = Pattern.compile("(?<=[A-Za-z\\u00C0-\\u024F.]) (?=[A-Za-z\\u00C0-\\u024F])");

    static int itemCount(String masked) {
        String m = CLOSING_COUNT.matcher(LATIN_SPACE.matcher(masked.replaceAll("[。;；,，、]+$", "")).replaceAll("_")).replaceFirst("");
        // 和 before a name, or before 来自 opening the next entry (来自甲国的乙和来自丙国的丁), separates two entries
        return m.isBlank() ? 0 : m.trim().split("[、,，;；\\s]+(?:以及|和|与|及)?|(?:以及|和|与|及)(?=[ⓅⓄⓇ]|来自)").length;
    }

    private static final Pattern HONOURS_SEPARATOR = Pattern.compile("[、,，;；]|(?:以及|和|与|及)(?=[\\p{IsHan}Ⓡ]{2})");

    /** A body's name by its form: a short Han name ending in an organisation's head (澳门街坊会联合总会). */
    static final Pattern BODY_FORM = Pattern.compile("[\\p{IsHan}()（）]{3,24}(?:会|公司|集团|学校|中学|小学|大学|学院|医院|银行|中心|局|团|队|社|所|院|馆|堂)");

    /**
     * The entries of an honours-list line after its colon (金莲花荣誉勋章:甲、乙公司。): each the person, body or place
     * the recogniser found filling the entry, else the entry's own text when it has the form of a person's or a
     * body's name; entries of neither form are left out, as the line says nothing else.
     */
    static List<String> honoursLine(MaskedSentence ms, int colonInText) {
        if (colonInText < 0) {
            return new ArrayList<>();
        }
        return honoursEntries(ms, colonInText + 1, ms.sentence().text().length());
    }

    /** The entries of an honours list between two offsets of the sentence's text, read as {@link #honoursLine} does. */
    static List<String> honoursEntries(MaskedSentence ms, int fromInText, int toInText) {
        List<String> out = new ArrayList<>();
        String raw = ms.sentence().text().substring(0, toInText);
        String shielded = shieldPeople(ms).substring(0, toInText); // 佐藤和子: no 和 inside a name found separates
        int at = fromInText;
        Matcher separator = HONOURS_SEPARATOR.matcher(shielded);
        separator.region(fromInText, shielded.length());
        int pieceStart = fromInText;
        while (pieceStart <= shielded.length()) {
            boolean more = separator.find();
            int pieceEnd = more ? separator.start() : shielded.length();
            String item = raw.substring(pieceStart, pieceEnd);
            int start = pieceStart;
            at = pieceEnd;
            pieceStart = more ? separator.end() : shielded.length() + 1;
            String bare = item.trim().replaceAll("[。.;；]+$", "").replaceAll("等$", "");
            if (bare.isEmpty()) {
                continue;
            }
            int from = start + item.indexOf(bare);
            MaskedSentence.Slot whole = null;
            for (MaskedSentence.Slot x : ms.slots()) {
                int xs = x.mention().start() - ms.sentence().start(), xe = x.mention().end() - ms.sentence().start();
                if (xs == from && xe == from + bare.length()) {
                    whole = x;
                }
            }
            if (whole != null && whole.entity().type() != EntityType.COUNTRY) {
                out.add(whole.entity().type() == EntityType.PERSON ? whole.entity().name() : SigningExtractor.partyName(whole));
            } else if (PERSON_FORM.matcher(bare).matches() || BODY_FORM.matcher(bare).matches()) {
                out.add(bare);
            }
        }
        return out;
    }

    /**
     * The sentence's text with every character of a person's mention replaced by Ⓡ (same length): 和/及/与 inside a
     * name the recogniser found (田村和夫, 佐藤和子) is then no separator of a list.
     */
    static String shieldPeople(MaskedSentence ms) {
        char[] t = ms.sentence().text().toCharArray();
        for (MaskedSentence.Slot x : ms.slots()) {
            if (x.entity().type() != EntityType.PERSON) {
                continue;
            }
            int s = Math.max(0, x.mention().start() - ms.sentence().start());
            int e = Math.min(t.length, x.mention().end() - ms.sentence().start());
            for (int i = s; i < e; i++) {
                t[i] = MaskedSentence.PERSON;
            }
        }
        return new String(t);
    }

    /** The enumeration after the award's name and a colon, to the end of the sentence; empty if none. */
    static List<String> enumerationAfterColon(MaskedSentence ms, String award) {
        String t = ms.sentence().text();
        int at = t.indexOf(award);
        if (at < 0) {
            return List.of();
        }
        Matcher c = COLON_AFTER_AWARD.matcher(t.substring(at + award.length()));
        if (!c.lookingAt()) {
            return List.of();
        }
        int from = ms.maskedPos(ms.sentence().start() + at + award.length() + c.end());
        String m = ms.masked();
        int end = m.length();
        while (end > from && "。;；,，".indexOf(m.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= from) {
            return List.of();
        }
        return listedNames(ms, from, end);
    }

    /** Share (in tenths) of a stated list's entries that must be read as names when some are not. */
    static final int READ_TENTHS = 6;

    /** The longest entry a stated list may hold that is not read as a name (a place's name the recogniser missed). */
    static final int UNREAD_ENTRY_MAX = 15;

    /**
     * The names of a list the text states as the winners (after 获奖城市为 or an award and a colon): every entry
     * when each is a name; else, for a list of three or more, the entries read as names when they are most of it
     * and the others are short (a foreign place the recogniser missed costs that place, not the whole list).
     */
    static List<String> listedNames(MaskedSentence ms, int from, int end) {
        String m = ms.masked();
        List<String> out = enumerationBefore(ms, from, end);
        int items = itemCount(m.substring(from, end));
        if (out.size() == items) {
            return out;
        }
        List<String> read = new ArrayList<>();
        List<Integer> titledAt = new ArrayList<>(); // where in read a titled name the recogniser missed stands
        boolean allPeople = true; // every entry read from a recognised slot is a person
        Matcher sep = ENTRY_SEPARATOR.matcher(m);
        sep.region(from, end);
        int start = from, count = 0;
        while (true) {
            boolean more = sep.find();
            int stop = more ? sep.start() : end;
            String entry = m.substring(start, stop);
            if (!entry.isBlank()) {
                count++;
                List<String> one = enumerationBefore(ms, start, stop);
                String titled = one.size() == 1 ? null : titledName(ms, start, stop);
                if (one.size() == 1) {
                    read.add(one.get(0));
                    List<MaskedSentence.Slot> in = ms.slots(start, stop);
                    allPeople &= !in.isEmpty() && in.get(in.size() - 1).entity().type() == EntityType.PERSON;
                } else if (titled != null) {
                    titledAt.add(read.size());
                    read.add(titled);
                } else if (entry.trim().length() > UNREAD_ENTRY_MAX) {
                    return List.of();
                }
            }
            if (!more) {
                break;
            }
            start = sep.end();
        }
        if (!allPeople || read.size() - titledAt.size() < 2) {
            // a calling and a name by their form only in a list whose recognised entries are all people
            for (int i = titledAt.size() - 1; i >= 0; i--) {
                read.remove((int) titledAt.get(i));
            }
        }
        return count >= 3 && read.size() >= 2 && read.size() * 10 >= count * READ_TENTHS ? read : List.of();
    }

    /**
     * 甲公司日籍工程师乙(等): an entry of a calling then a name of a person's form, the recogniser having missed the
     * name (or read a piece of the calling as one); the name, or null. Slots of people and countries are read as
     * their text.
     */
    private static String titledName(MaskedSentence ms, int start, int stop) {
        StringBuilder sb = new StringBuilder();
        String m = ms.masked();
        for (int i = start; i < stop; i++) {
            char c = m.charAt(i);
            List<MaskedSentence.Slot> at = WinnersList.isSlot(c) ? ms.slots(i, i + 1) : List.of();
            if (!at.isEmpty() && (c == MaskedSentence.PERSON || at.get(0).entity().type() == EntityType.COUNTRY)) {
                sb.append(at.get(0).mention().text()); // 日籍: a nationality is part of the calling
            } else {
                sb.append(c);
            }
        }
        String item = sb.toString().trim().replaceFirst("^(?:以及|及|和|与)", "").replaceFirst("等$", "");
        Matcher t = TITLE_THEN_NAME.matcher(item);
        return t.matches() && !calledBody(item) ? t.group(1) : null;
    }

    static final Pattern ENTRY_SEPARATOR = Pattern.compile("[、,，;；]+");

    /** “X奖”: / X奖获奖城市为 / X奖的获得者有: what may stand between an award and the list of its winners. */
    static final Pattern COLON_AFTER_AWARD = Pattern.compile("[”\"」』】]?(?:[(（][^)）]{1,12}[)）])?(?:(?:获得者|获奖者|得主)[:：]?(?=[\\p{IsHan}ⓅⓄⓇ])|[^。,，、;；:：]{0,10}?(?:[:：]|[,，]?包括[:：]?|(?:为|是|有)[:：]?))");

    /** The 、-enumeration that follows a match of {@code after}, up to the end of its sentence part; empty unless every entry is a name. */
    static List<String> enumerationAfter(MaskedSentence ms, Pattern after) {
        return enumerationUpTo(ms, after, "。;；");
    }

    /**
     * The enumeration that follows a match of {@code after}, up to the end of its clause (本届获奖的专家为甲、乙、丙,分属两国:
     * the words after the comma say something else of them); read as {@link #listedNames} reads a stated list.
     */
    static List<String> clauseEnumerationAfter(MaskedSentence ms, Pattern after) {
        return enumerationUpTo(ms, after, "。;；,，");
    }

    /** The names listed after the first match of {@code after} up to the first of {@code stops} (trailing commas left off). */
    private static List<String> enumerationUpTo(MaskedSentence ms, Pattern after, String stops) {
        String m = ms.masked();
        Matcher w = after.matcher(m);
        if (!w.find()) {
            return List.of();
        }
        int from = w.end();
        int end = from;
        while (end < m.length() && stops.indexOf(m.charAt(end)) < 0) {
            end++;
        }
        while (end > from && ",，".indexOf(m.charAt(end - 1)) >= 0) {
            end--;
        }
        return end <= from ? List.of() : listedNames(ms, from, end);
    }

    /** 5名, 三位: a count of people, in figures or in Chinese numerals up to ten. */
    private static final Pattern PEOPLE_NUMBER = Pattern.compile("(\\d{1,2}|[两二三四五六七八九十])(?:名|位)");

    /**
     * 向5名人士颁授…,包括甲、乙、丙、丁及戊: when the clause before {@code after} counts the people honoured and the
     * list after it has exactly that many entries, each of a person's form, the entries as written (names the
     * recogniser missed); empty otherwise.
     */
    static List<String> countedNamesAfter(MaskedSentence ms, Pattern after) {
        String m = ms.masked();
        Matcher w = after.matcher(m);
        if (!w.find()) {
            return List.of();
        }
        Matcher n = PEOPLE_NUMBER.matcher(m);
        n.region(0, w.end());
        int stated = -1;
        while (n.find()) {
            String d = n.group(1);
            stated = Character.isDigit(d.charAt(0)) ? Integer.parseInt(d) : "一二三四五六七八九十".indexOf(d.equals("两") ? "二" : d) + 1;
        }
        String raw = ms.sentence().text();
        int from = ms.textOffset(w.end()) - ms.sentence().start();
        int end = from;
        while (end < raw.length() && "。;；,，".indexOf(raw.charAt(end)) < 0) {
            end++;
        }
        if (stated < 2 || end <= from) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : raw.substring(from, end).split("、|以及|及|和|与")) {
            String name = item.trim();
            if (!PERSON_FORM.matcher(name).matches()) {
                return List.of();
            }
            out.add(name);
        }
        return out.size() == stated ? out : List.of();
    }

    /** 甲市—乙市 / 甲市与乙市: a winners' list line naming a pair of friendship cities (both are recipients). */
    static final Pattern PAIR_LINE = Pattern.compile("^\\s*(?:\\d{1,3}[.、．])?\\s*([ⓅⓄ]+)\\s*(?:—+|－|-|–|与|和)\\s*([ⓅⓄ]+)[。;；]?\\s*$");

    /**
     * The recipients of a numbered winners' list line: its last place before any bracket (bracket: the partner);
     * both places of a 甲—乙 pair; else the line's own text when it has the form of a name the recogniser missed.
     */
    static List<String> listEntry(MaskedSentence ms) {
        String m = ms.masked();
        List<String> pair = pairEntry(ms);
        if (!pair.isEmpty()) {
            return pair;
        }
        String one = listEntryOne(ms);
        if (one != null) {
            return List.of(one);
        }
        Matcher item = LIST_ITEM.matcher(m);
        if (item.find()) {
            int bracket = m.indexOf('(');
            if (bracket < 0) {
                bracket = m.indexOf('（');
            }
            int end = bracket < 0 ? m.length() : bracket;
            String text = m.substring(item.end(), end).replaceAll("[。;；,，\\s]+$", "");
            String bare = unrecognisedEntry(text, ms.slots(item.end(), end));
            if (bare != null) {
                return List.of(bare);
            }
        }
        return List.of();
    }

    static List<String> pairEntry(MaskedSentence ms) {
        Matcher pair = PAIR_LINE.matcher(ms.masked());
        if (pair.matches()) {
            MaskedSentence.Slot a = ms.lastParty(pair.start(1), pair.end(1));
            MaskedSentence.Slot b = ms.lastParty(pair.start(2), pair.end(2));
            if (a != null && b != null && a.entity().type() != EntityType.COUNTRY && b.entity().type() != EntityType.COUNTRY) {
                return List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b));
            }
        }
        return List.of();
    }

    static String listEntryOne(MaskedSentence ms) {
        String m = ms.masked();
        int bracket = m.indexOf('(');
        if (bracket < 0) {
            bracket = m.indexOf('（');
        }
        List<MaskedSentence.Slot> before = ms.slots(0, bracket < 0 ? m.length() : bracket);
        if (!before.isEmpty() && before.get(before.size() - 1).entity().type() == EntityType.PERSON) {
            return before.get(before.size() - 1).entity().name(); // 1. 日本友人甲(…): a person honoured
        }
        MaskedSentence.Slot s = ms.lastPlace(0, bracket < 0 ? m.length() : bracket);
        if (s == null) {
            for (MaskedSentence.Slot o : ms.slots(0, bracket < 0 ? m.length() : bracket)) {
                if (o.entity().type() == EntityType.ORGANIZATION) {
                    s = o;
                }
            }
        }
        return s == null || s.entity().type() == EntityType.COUNTRY ? null : s.entity().name();
    }
}
