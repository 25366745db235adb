package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 某市公所中正厅, 某饭店孔雀厅, 某会展中心海韵厅: a hall named inside a building or an office is a venue (GOLD.md §2),
 * not a department ending in 厅 (教育厅, 办公厅). Where the words before the hall's name are an office (公所, 政府),
 * that office is the organisation; where they are a building, nothing is.
 */
final class HallsOfBodies {
    /** The hall's word. */
    private static final char HALL = '厅';
    /** What a hall is in when it is no body: hotels, conference and exhibition centres, halls and buildings. */
    private static final Pattern BUILDING = Pattern.compile(".*(?:饭店|酒店|宾馆|中心|会馆|会堂|大厦|大楼|广场|博物馆|纪念馆|展览馆|美术馆|图书馆|科技馆)");
    /**
     * A room by what it is for (展厅, 展示厅, 陈列厅, 大厅, 报告厅, 宴会厅): a place to show, receive or gather, never a
     * department's portfolio before 厅 (教育厅, 外事厅). A floor (一楼, 二层) may stand before it.
     */
    private static final Pattern ROOM = Pattern.compile("(?:[一二三四五六七八九十\\d]+[楼层])?(?:展厅|展示厅|展览厅|陈列厅|大厅|报告厅|宴会厅|多功能厅)$");

    private HallsOfBodies() {
    }

    /** The body without its hall, nothing when it is a building's hall, or the candidate as it is. */
    static Optional<Candidate> withoutHall(Candidate org, OrganizationHeads heads) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || name.isEmpty() || name.charAt(name.length() - 1) != HALL
                || name.length() != org.end() - org.start()) {
            return Optional.of(org);
        }
        Matcher room = ROOM.matcher(name);
        if (room.find()) {
            String body = name.substring(0, room.start()); // 某某展厅, 某馆一楼大厅: a room; only an office before it is a body
            return body.length() >= 3 && !BUILDING.matcher(body).matches() && heads.longestHeadAtEnd(body) > 1
                    ? Optional.of(new Candidate(org.start(), org.start() + body.length(), org.type(), body, org.country(), org.source()))
                    : Optional.empty();
        }
        for (int hallName = 2; hallName <= 3; hallName++) {
            int cut = name.length() - hallName - 1;
            if (cut < 2 || heads.longestHeadAtEnd(name.substring(cut)) > 1) {
                break; // 外事办公厅: the last word is itself a head noun
            }
            String body = name.substring(0, cut);
            if (BUILDING.matcher(body).matches()) {
                return Optional.empty();
            }
            if (heads.longestHeadAtEnd(body) > 1) {
                return Optional.of(new Candidate(org.start(), org.start() + cut, org.type(), body, org.country(), org.source()));
            }
        }
        return Optional.of(org);
    }

    /**
     * A local government's hall (市政厅, 县厅), its council's hall (议会厅) and its administrative centre (行政中心),
     * named for its government: models/government-halls.tsv.
     */
    private static final java.util.List<String> GOVERNMENT_HALLS = dev.newsie.canon.ModelFile.read("government-halls.tsv", 1)
            .stream().map(r -> r.get(0)).toList();
    /** Words before a place of an act (在某某市政厅召开, 于某某市厅举行). */
    private static final String AT = "在于";
    /** What follows a government's hall named as its seat (某某县厅所在地). */
    private static final String SEAT = "所在";

    /**
     * 在某某市政厅举行, 某某县厅所在地: a government's hall after a locative, or named as a seat, is the building where
     * something happens or stands, a venue and no organisation (GOLD.md §2); elsewhere (某某市政厅与甲市签署) it is the
     * government. Only the entity list leaves such a hall out: a forum's venue is still read from it.
     */
    static boolean isSeatOrVenue(String text, String name, int start, int end) {
        return isSeatOrVenue(text, name, start, end, java.util.List.of());
    }

    /**
     * As {@link #isSeatOrVenue(String, String, int, int)}, where the places that locate the hall may stand between the
     * locative and its name (在甲国乙州丙市市政厅举行): {@code places} are the [start, end) spans of the places found.
     */
    static boolean isSeatOrVenue(String text, String name, int start, int end, java.util.List<int[]> places) {
        if (GOVERNMENT_HALLS.stream().noneMatch(name::endsWith) || start < 0 || end > text.length()) {
            return false;
        }
        int at = start;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (int[] p : places) {
                if (p[1] == at && p[0] < at) {
                    at = p[0]; // 在甲国 + 乙市市政厅: the country or state before the hall's own place locates it too
                    moved = true;
                }
            }
        }
        return (at > 0 && AT.indexOf(text.charAt(at - 1)) >= 0) || text.startsWith(SEAT, end);
    }
}
