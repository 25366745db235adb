package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.Optional;
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
    private static final Pattern BUILDING = Pattern.compile(".*(?:饭店|酒店|宾馆|中心|会馆|会堂|大厦|大楼|广场)");

    private HallsOfBodies() {
    }

    /** The body without its hall, nothing when it is a building's hall, or the candidate as it is. */
    static Optional<Candidate> withoutHall(Candidate org, OrganizationHeads heads) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || name.isEmpty() || name.charAt(name.length() - 1) != HALL
                || name.length() != org.end() - org.start()) {
            return Optional.of(org);
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
}
