package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 福州市授予甲等13人“荣誉市民”称号: the people (else places) named after 授予 without 向, and the subject that confers. */
final class HonoureesAfterVerb {
    private static final Pattern CONFERRED = Pattern.compile("(?:授予|颁授|颁发给|颁给|颁予|授与|颁赠给)((?:[ⓇⓅⓄ](?:先生|女士|博士|教授|夫妇)?(?:、|和|与|及)?)+)(?:等\\d*(?:位|名|人|个)?[\\p{IsHan}]{0,4})?Ⓟ*[“\"「『]?$");

    /**
     * 福州市授予甲等13人“荣誉市民”称号: the people (else places) named after 授予 receive the award, the subject
     * before it confers it; a place right before the award's name is its owner (福州市“荣誉市民”), not a recipient.
     */
    static void conferredWithout向(DocumentContext ctx, int si, MaskedSentence ms, String a, int award, EventBuilder b,
                                  List<String> recipients) {
        String m = ms.masked();
        Matcher praised = PRAISED_THEN_CONFERRED.matcher(m.substring(0, award));
        if (praised.find()) {
            List<String> listed = WinnersList.enumerationBefore(ms, praised.start(1), praised.end(1));
            if (listed.size() == WinnersList.itemCount(praised.group(1))) {
                recipients.addAll(listed); // 甲会表彰了乙、丙等5个城市,授予其“X”称号
                giverBefore(ctx, si, ms, praised.start(), b);
                return;
            }
        }
        Matcher c = CONFERRED.matcher(m.substring(0, award));
        if (!c.find()) {
            Matcher named = UNRECOGNISED_PERSONS.matcher(m.substring(0, award));
            if (named.find()) {
                // 授予X等13人: 等N人 says X is a person's name (read from the text: part of it may be masked)
                int from = ms.textOffset(named.start(1)) - ms.sentence().start();
                int to = ms.textOffset(named.end(1) - 1) - ms.sentence().start();
                String raw = ms.sentence().text();
                to = named.group(1).endsWith(String.valueOf(MaskedSentence.PERSON)) ? raw.indexOf('等', from) : to + 1;
                recipients.add(to > from ? raw.substring(from, to) : named.group(1));
                giverBefore(ctx, si, ms, named.start(), b);
                return;
            }
            List<String> people = transliteratedAfterVerb(ms, award);
            if (!people.isEmpty()) {
                recipients.addAll(people);
                giverBefore(ctx, si, ms, Math.max(m.lastIndexOf("授予", award), m.lastIndexOf("颁授", award)), b); // 授予 or 颁授 named them
            }
            return;
        }
        List<String> persons = new ArrayList<>(), places = new ArrayList<>();
        for (MaskedSentence.Slot s : ms.slots(c.start(1), c.end(1))) {
            if (s.entity().type() == EntityType.PERSON) {
                persons.add(s.entity().name());
            } else if (s.entity().type() != EntityType.COUNTRY) {
                places.add(SigningExtractor.partyName(s));
            }
        }
        recipients.addAll(persons.isEmpty() ? places : persons);
        giverBefore(ctx, si, ms, c.start(), b);
    }

    /** 表彰了甲、乙等5个城市,授予其“X”: those praised, then the honour conferred on them by a pronoun. */
    private static final Pattern PRAISED_THEN_CONFERRED = Pattern.compile(
            "表彰了?((?:[ⓅⓄⓇ]+(?:、|和|与|及)?)+(?:等(?:\\d+|[一二三四五六七八九十两百]+)?(?:个|位|名|家)?[\\p{IsHan}、]{0,10})?)[,，](?:并|同时)?"
            + "(?:授予|颁发给|颁授|颁给)(?:其|他们|它们|上述[\\p{IsHan}]{1,4})(?:以)?[“\"「『]?$");

    /** 约翰·史密斯: a name transliterated from a Western language, its parts joined by the middle dot. */
    private static final Pattern TRANSLITERATED = Pattern.compile("[\\p{IsHan}]{1,8}(?:[·•][\\p{IsHan}]{1,8})+$");

    /** 德国友人, 前市长, 议员: words that describe a person before the name. */
    private static final Pattern DESCRIPTOR = Pattern.compile("^.*(?:友人|朋友|先生|女士|专家|教授|博士|市长|议长|议员|州长|知事|主席|总裁|董事长|大使|总领事|领事|代表"
            + "|医生|教师|工程师|研究员|学者|艺术家|作家|顾问|经理|校长|院长)");

    /** A word of reading out right before a document's 《: 宣读(了)《关于授予…的决定》. */
    private static final Pattern READ_OUT = Pattern.compile("宣读了?$");

    private static final Pattern CONFER_VERB_BEFORE_LIST = Pattern.compile("(?:授予|颁授)");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("、|和|及|与");

    private static final Pattern COUNTED_LIST_SEPARATOR = Pattern.compile("、|和|及|与|,|，");

    /** 和 before the last character of an entry: part of a given name, not a separator. */
    private static final Pattern NAME_ENDING_和 = Pattern.compile("(?<=[\\p{IsHan}Ⓡ]{2})和(?=[\\p{IsHan}](?:$|、|及|与|,|，))");

    /**
     * 等3名外国专家 / 等人: the count of people closing the list (group 1: a number is given). A counted 等 closes it
     * whatever stands between the count and the award: the calling, then the award's year and owner
     * (等3位专家2031年度甲省“X奖”), none of them a name.
     */
    private static final Pattern PEOPLE_CLOSING = Pattern.compile("等(\\d+|[两二三四五六七八九十]+)?(?:位|名|人)(?:[\\p{IsHan}]{0,4}"
            + "|(?<=[\\d两二三四五六七八九十][位名人])[\\p{IsHan}]{0,6}(?:\\d{4}年度?)?[\\p{IsHan}]{0,12})$");

    /** A bracketed gloss, read both where an entry's name is cut from it and where a recognised name may end the entry. */
    private static final String BRACKETED = "[(（][^()（）]{1,40}[)）]";

    /**
     * 甲(德国), 乙(John Smith): a bracket closing an entry glosses the name before it (the honoured one's country or the
     * name in its own script), as lists of foreigners are written; the gloss is no part of the name.
     */
    private static final Pattern GLOSS = Pattern.compile("\\s*" + BRACKETED + "\\s*$");

    /**
     * 授予甲·乙、丙·丁和戊·己“荣誉市民”称号: every entry between the verb and the award is a transliterated
     * person's name (read from the text, as the recogniser may have missed or merged them); empty otherwise.
     */
    static List<String> transliteratedAfterVerb(MaskedSentence ms, int award) {
        String m = ms.masked();
        Matcher v = CONFER_VERB_BEFORE_LIST.matcher(m.substring(0, award));
        int verbEnd = -1;
        while (v.find()) {
            verbEnd = v.end();
        }
        if (verbEnd < 0) {
            return List.of();
        }
        String raw = ms.sentence().text();
        int from = ms.textOffset(verbEnd) - ms.sentence().start();
        int to = ms.textOffset(award) - ms.sentence().start();
        // 和/及/与 inside a name the recogniser found (田村和夫) separates nothing: split the text with people shielded
        String list = WinnersList.shieldPeople(ms).substring(from, to).replaceAll("[“\"「『]$", "");
        Matcher count = PEOPLE_CLOSING.matcher(list);
        boolean counted = count.find();
        list = counted ? list.substring(0, count.start()) : list;
        // 日本友人甲田和夫: a 和 with a single character after it before the list's end or a separator ends a given name
        // (和夫, 和也), it joins no second entry
        list = NAME_ENDING_和.matcher(list).replaceAll("\u0001");
        // a place before the quoted award is its owner: 授予甲·乙宁波市“荣誉市民”称号
        List<String> out = new ArrayList<>();
        int at = from;
        int guessed = 0;
        // 授予甲大学乙籍专家丙,丁医院戊籍医生己等2名外国专家: people with their body and calling, one to a comma
        Matcher separator = (counted && count.group(1) != null ? COUNTED_LIST_SEPARATOR : LIST_SEPARATOR).matcher(list);
        int pieceStart = 0;
        while (pieceStart <= list.length()) {
            boolean more = separator.find();
            int pieceEnd = more ? separator.start() : list.length();
            int start = from + pieceStart;
            at = from + pieceEnd;
            String item = raw.substring(start, at);
            pieceStart = more ? separator.end() : list.length() + 1;
            if (item.isBlank() && !more && !out.isEmpty()) {
                break; // a separator closing the list
            }
            MaskedSentence.Slot person = null;
            int persons = 0;
            for (MaskedSentence.Slot x : ms.slots()) {
                int p = x.mention().start() - ms.sentence().start();
                if (x.entity().type() == EntityType.PERSON && p >= start && x.mention().end() - ms.sentence().start() <= at) {
                    person = x;
                    persons++;
                }
            }
            String core = GLOSS.matcher(item).replaceFirst(""); // 甲(德国): the name without its gloss
            String bare = DESCRIPTOR.matcher(core.trim()).replaceFirst("");
            boolean described = bare.length() < core.trim().length(); // 日本友人甲 / 前市长甲: a calling names a person next
            Matcher t = TRANSLITERATED.matcher(bare);
            if (person != null && person.entity().name().contains("·")) {
                // 德国友人甲·乙: the name the recogniser found, less a calling it read into it (医生甲·乙)
                String n = person.entity().name();
                out.add(n.endsWith(bare) && bare.length() < n.length() && TRANSLITERATED.matcher(bare).matches() ? bare : n);
            } else if (persons == 1 && endsWithName(raw.substring(person.mention().end() - ms.sentence().start(), at))) {
                out.add(person.entity().name()); // 日本静冈县知事甲: a title, then the name the recogniser found
            } else if (t.find()) {
                out.add(t.group());
            } else if (HAN_NAME.matcher(bare).matches() && !NOT_A_NAME.matcher(bare).find()
                    && !namedBodyOrPlace(ms, start + core.stripTrailing().length() - bare.length(), start + core.stripTrailing().length())) {
                out.add(bare); // 授予甲、乙、丙: a name of Chinese form the recogniser missed, checked below
                if (!described) {
                    guessed++; // 授予日本友人甲乙市荣誉市民称号: the calling before the name vouches for it
                }
            } else {
                return List.of();
            }
        }
        // names read by their form alone stand only beside names the recogniser or the middle dot vouches for
        return guessed < out.size() ? out : List.of();
    }

    /**
     * 授予40名外国专家中国政府“友谊奖” / 授予6名外国友人甲市荣誉市民称号: after the count and calling of those honoured,
     * a body or place the recogniser found (a government, a city) owns the award; its name is no person's name.
     * Offsets are relative to the sentence.
     */
    private static boolean namedBodyOrPlace(MaskedSentence ms, int from, int to) {
        for (MaskedSentence.Slot x : ms.slots()) {
            int s = x.mention().start() - ms.sentence().start(), e = x.mention().end() - ms.sentence().start();
            if (x.entity().type() != EntityType.PERSON && s < to && e > from) {
                return true;
            }
        }
        return false;
    }

    /** Words that describe people (旅日华侨, 外国专家): an entry holding one is a description, not a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("侨|胞|人士|友人|朋友|专家|代表|会长|主席|市长|议长|委员|教授|先生|女士|博士|学者|企业家|记者|华人");

    /** A name of Chinese form: two to four Han characters. */
    private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");

    /** What may follow a person's name in a list of those honoured: its gloss ({@link #GLOSS}), an honorific, or nothing. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s*(?:" + BRACKETED + ")?\\s*(?:先生|女士|博士|教授|夫妇|夫人)?\\s*");

    private static boolean endsWithName(String afterPerson) {
        return AFTER_NAME.matcher(afterPerson).matches();
    }

    private static final Pattern UNRECOGNISED_PERSONS = Pattern.compile("(?:授予|颁授)((?:[\\p{IsHan}·]|Ⓡ){2,8}?)等\\d+(?:位|名)?人[\\p{IsHan}]{0,4}Ⓟ*[“\"「『]?$");

    /** The conferring body or place: the nearest one before the verb; and the date of the sentence. */
    private static void giverBefore(DocumentContext ctx, int si, MaskedSentence ms, int verbPos, EventBuilder b) {
        String m = ms.masked();
        MaskedSentence.Slot giver = null;
        // 甲人大常委会宣读《关于授予乙…称号的决定》: a verb inside a document's title has no subject in the sentence
        // only a title read out (宣读): a body issuing 《关于授予…的决定》 (作出, 印发) is the one conferring
        int title = verbPos > 0 ? m.lastIndexOf('《', verbPos) : -1;
        boolean inTitle = title > m.lastIndexOf('》', verbPos) && READ_OUT.matcher(m.substring(Math.max(0, title - 3), title)).find();
        for (MaskedSentence.Slot s : inTitle ? List.<MaskedSentence.Slot>of() : ms.slots(0, verbPos)) {
            // 在甲市举行: where, not who; “甲市荣誉市民”: the honour's own name
            boolean where = s.maskedPos() > 0 && "在“\"「『".indexOf(m.charAt(s.maskedPos() - 1)) >= 0;
            // 会见了甲协会会长乙: the body whose office a person holds describes that person, it confers nothing
            boolean office = PersonAffiliation.describesPerson(m, s.maskedPos() + 1);
            if (s.entity().type() != EntityType.PERSON && s.entity().type() != EntityType.COUNTRY && !where && !office) {
                giver = s; // the nearest body or place before the verb
            }
        }
        if (giver == null && !inTitle) {
            giver = PlaceHeads.conferringPlace(ms, verbPos); // 甲市市长乙会见…,并授予: the head confers for the place
        }
        if (giver != null && b.build().giver() == null) {
            b.giver(List.of(giver.entity().name()));
        }
        if (giver != null && giver.entity().type().isPlace() && (m.contains("仪式") || m.contains("典礼")) && b.build().location() == null) {
            b.location(giver.entity().name()); // 甲市举行隆重仪式,授予…: the ceremony is in the conferring city
        }
        if (b.build().date() == null) {
            b.date(AwardCeremony.sentenceDate(ctx, si, b.build().award()));
        }
    }
}
