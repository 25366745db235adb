package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 甲市政府某处处长张三、教育局局长李四及文化局王五副局长; 甲国财政部部长某某、外交部部长某某: units written bare as
 * further items of a list of officials that opens with a body named with its place are that place's units, named
 * in full (甲市教育局, 甲国外交部; GOLD.md §7). The units' closing characters come from
 * {@code models/listed-department-heads.tsv}. Reads the text, the place candidates and the organisations found so
 * far; writes new organisation candidates, the bare unit's span with its place's name.
 */
final class ListedDepartments {
    /**
     * What joins the items of a list of officials. Not 和/与, which also join two sides meeting (甲国外交部部长某某与
     * 商务部部长某某会谈), whose bare unit may be the other side's.
     */
    private static final String JOINS = "、及";
    /** Longest run from the opening body's end to the 长 of its official's title (某处处长张三 is seven). */
    private static final int MAX_TAIL = 16;
    /** Longest official's name after a unit's title, before the next item's join (a transliterated name is longer). */
    private static final int MAX_NAME = 8;
    /** What ends the clause the list is in: a unit after it is no item of the list. */
    private static final String CLAUSE_ENDS = ",，。;；:：!！?？\n";
    /** Words that open a title, not a unit (副部长, 代理局长). */
    private static final List<String> TITLE_OPENINGS = List.of("副", "代理", "常务", "原", "前");

    /**
     * What closes a division of a ministry or a bureau: listed after a unit that is no government, it is that unit's
     * division, not its place's.
     */
    private static final String SUB_UNITS = "处司";

    /** What closes a government's name (政府); with the unit heads, the bodies whose lists of officials go on with units. */
    private static final String GOVERNMENT_END = "府";

    private final String governmentEnds;
    private final Pattern titledItem;
    private final Pattern closedItem;

    ListedDepartments(String heads) {
        this.governmentEnds = GOVERNMENT_END + heads;
        String head = "[" + heads + "]";
        // the unit, then perhaps its head's name, then the head's title: the unit's closing character and 长
        this.titledItem = Pattern.compile("(\\p{IsHan}{2,8}?" + head + ")\\p{IsHan}{0,4}?(?:副|代理|常务副)?" + head + "长");
        // the unit, then the next item or the list's 等
        this.closedItem = Pattern.compile("(\\p{IsHan}{2,8}?" + head + ")(?=[、等])");
    }

    static ListedDepartments load() {
        return new ListedDepartments(ModelFile.read("listed-department-heads.tsv", 1).stream().map(r -> r.get(0))
                .collect(Collectors.joining()));
    }

    /**
     * @param places the place candidates, one of which opens the list's first body
     * @param organizations the organisations found so far
     */
    List<Candidate> recognize(String text, List<Candidate> places, List<Candidate> organizations) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate org : organizations) {
            if (org.type() != EntityType.ORGANIZATION || governmentEnds.indexOf(text.charAt(org.end() - 1)) < 0) {
                continue; // 甲市某联谊会会长某某、乙部副部长某某: only a government's or a unit's list goes on with its units
            }
            if (organizations.stream().anyMatch(o -> o.type() == EntityType.ORGANIZATION && o.start() == org.start() && o.end() > org.end())) {
                continue; // 甲市政府 inside 甲市政府某处: the list opens with the whole body written there
            }
            String place = placeOpening(text, org, places);
            if (place == null) {
                continue;
            }
            String body = text.substring(org.start(), org.end());
            if (place.length() < body.length() - 1 && body.charAt(place.length()) == '委') {
                place = body.substring(0, place.length() + 1); // 甲市委组织部 … 宣传部: the party committee's unit, 甲市委宣传部
            }
            String parent = parentOfUnit(body, place);
            // 甲国某部部长某某、交通运输部部长某某: after a country's ministry, a home ministry's name the gazetteer knows is
            // that country's ministry of the same portfolio; in a city's list it still ends the list
            boolean countrysList = places.stream().anyMatch(p -> p.type() == EntityType.COUNTRY && p.start() == org.start());
            int join = org.end() < text.length() && text.charAt(org.end()) == '、' ? org.end() : nextJoin(text, org.end(), MAX_TAIL, true);
            while (join >= 0) {
                int at = join + 1;
                Matcher m = itemAt(text, at);
                boolean sameLevel = at < text.length() && sameLevel(text.charAt(at), place); // a list's 、 may end the text
                if (m == null || places.stream().anyMatch(p -> p.start() == at && !(countrysList && p.type() == EntityType.ORGANIZATION))
                        // 某办 + 某工作部: a body's own unit
                        || organizations.stream().anyMatch(o -> o.start() == at && o.end() < m.end(1))
                        || dev.newsie.canon.PlaceLevelWords.isCommon(text.charAt(at)) && !sameLevel
                        || TITLE_OPENINGS.stream().anyMatch(t -> text.startsWith(t, at))) {
                    break;
                }
                String unit = m.group(1);
                if (SUB_UNITS.indexOf(unit.charAt(unit.length() - 1)) >= 0 && !body.endsWith("政府") && parent == null) {
                    break; // 甲国外交部部长某某、某司司长某某: the ministry's own division, not the country's
                }
                // 甲市政府副市长某某、市港口局副局长某某: the level repeated stands for the place the list opened with
                String name = sameLevel ? place + unit.substring(1) : (parent != null ? parent : place) + unit;
                out.add(new Candidate(at, m.end(1), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN));
                join = nextJoin(text, m.end(), MAX_NAME, false);
            }
        }
        return out;
    }

    /** What a government's name is written with after its place (甲市 + 政府). */
    private static final String GOVERNMENT = "政府";

    /**
     * 甲市政府某处处长某某、教育局局长某某: when the list opens with a unit of a government written with the government's
     * name (甲市政府 + 某处), the bare units after it are written as its siblings, under the same government (甲市政府教育局);
     * null when the opening body is no such unit (the government itself, or a unit written with its place only).
     */
    static String parentOfUnit(String body, String place) {
        int end = place.length() + GOVERNMENT.length();
        return body.startsWith(GOVERNMENT, place.length()) && body.length() > end + 1 ? body.substring(0, end) : null;
    }

    /**
     * 甲市政府副市长某某、市港口局副局长某某: an item opening with the level character the list's place was written with (甲市)
     * repeats that level for the same place, whatever country the place is in, rather than standing for the article's own
     * city; another level (省 after 甲市) is some other place's.
     */
    private static boolean sameLevel(char opening, String place) {
        return dev.newsie.canon.PlaceLevelWords.isCommon(opening) && place.length() >= 2 && place.charAt(place.length() - 1) == opening;
    }

    /** The unit item starting at {@code at}, titled or closed by the next item, or null. */
    private Matcher itemAt(String text, int at) {
        for (Pattern p : List.of(titledItem, closedItem)) {
            Matcher m = p.matcher(text).region(at, Math.min(text.length(), at + 20));
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The place as written that opens the body (甲市 of 甲市政府, with its level character), or null when no place
     * opens it or the place is all of it.
     */
    private static String placeOpening(String text, Candidate org, List<Candidate> places) {
        String body = text.substring(org.start(), org.end());
        String place = null;
        for (Candidate p : places) {
            // the place as read inside the body, or named elsewhere with the words the body opens with (a place
            // inside a body's name is often no candidate of its own)
            String written = text.substring(p.start(), p.end());
            if (p.type() != EntityType.ORGANIZATION && p.type() != EntityType.PERSON && body.startsWith(written)
                    && written.length() < body.length() - 1 && (place == null || written.length() > place.length())) {
                place = written;
            }
        }
        if (place == null) {
            return null;
        }
        if (dev.newsie.canon.PlaceLevelWords.isCommon(body.charAt(place.length())) && place.length() + 1 < body.length() - 1) {
            place = body.substring(0, place.length() + 1); // 台南 + 市 of 台南市政府: the place as the body's name writes it
        }
        return place;
    }

    /**
     * The join that opens the next item, after the official's title and name that close this one (某处处长张三、,
     * 部长某某及) within {@code reach} characters of the clause; -1 when there is none. The first item's title must be
     * seen before its join ({@code titleFirst}): a join inside its unit's name (某某及某某处) opens no item.
     */
    private static int nextJoin(String text, int from, int reach, boolean titleFirst) {
        boolean titled = !titleFirst;
        for (int i = from; i < Math.min(text.length() - 1, from + reach); i++) {
            char c = text.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) >= 0 || c == '等') {
                return -1;
            }
            if (c == '长') {
                titled = true;
            } else if (titled && JOINS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
