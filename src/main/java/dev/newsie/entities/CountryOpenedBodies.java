package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * 甲国文化部, 甲国驻某地总领事馆: a country written right before a ministry, a mission or another national body, with
 * no place of its own opening the body's name, is the first word of that name, as written (GOLD.md §2: a place inside
 * a name is no mention of its own). A company, a group or a foundation is named for itself, not for a state: the
 * country before it (甲国某某集团, 甲国某某有限公司, 甲国某某基金会) only says where it is from, so the name starts
 * after the country, which is a mention of its own. A country before a city or province only says where that
 * place's body is (甲国乙市政府 → 乙市政府); a national organ named for the whole state (全国…, 国务院, 国家…) and a
 * university (whose name is its own place's, 甲国某某大学 → 某某大学; {@link CountryBeforeBodies}) and a party
 * (left to {@link PlaceOpenedBodies}) stay without it.
 */
final class CountryOpenedBodies {
    /** Openings of national organs that are named without their country. */
    private static final List<String> NATIONAL_OPENINGS = List.of("全国", "国务院", "国家", "中央");
    /** Heads of bodies named for their own place, not their country. */
    private static final List<String> OWN_PLACE_HEADS = CountryBeforeBodies.LOCAL_HEADS;
    /**
     * Heads of bodies that are no organ of a state, named for themselves: the registered forms of an enterprise's
     * name (公司, 集团, 株式会社; 《企业名称登记管理规定》) and a foundation's (基金会; 《基金会管理条例》).
     */
    private static final List<String> SELF_NAMED_HEADS = List.of("公司", "集团", "会社", "基金会");
    /**
     * A party: {@link PlaceOpenedBodies} already decided that a foreign country before it is no part of its name
     * (甲国人民进步党 → 人民进步党), and this class must not undo that.
     */
    private static final String PARTY_HEAD = "党";
    /** 驻: a mission of the country before it, in the place after it. */
    private static final char STATIONED = '驻';
    /** Fewest characters of the body's own name. */
    private static final int MIN_NAME = 3;

    private CountryOpenedBodies() {
    }

    /** The body with the country written right before it, or the candidate as it is. */
    static Candidate withCountry(String text, Candidate org, List<Candidate> places) {
        if (org.type() != EntityType.ORGANIZATION || org.end() - org.start() < MIN_NAME || org.end() > text.length()
                || !text.substring(org.start(), org.end()).equals(org.name())) {
            return org;
        }
        String name = org.name();
        if (SELF_NAMED_HEADS.stream().anyMatch(name::endsWith)) {
            return withoutCountry(text, org, places);
        }
        if (NATIONAL_OPENINGS.stream().anyMatch(name::startsWith) || OWN_PLACE_HEADS.stream().anyMatch(name::endsWith)
                || name.endsWith(PARTY_HEAD)) {
            return org;
        }
        int at = org.start();
        boolean mission = at > 0 && text.charAt(at - 1) == STATIONED;
        int countryEnd = mission ? at - 1 : at;
        if (!mission && (PlaceSpans.placeStartsAt(places, at) || CountryBeforeBodies.CITY_BODY.matcher(name).matches())) {
            return org; // 甲国乙市政府: the country locates the city, whose body it is
        }
        for (Candidate p : PlaceSpans.within(places, Math.max(0, countryEnd - 12), countryEnd)) {
            if (p.type() == EntityType.COUNTRY && p.end() == countryEnd && p.start() < countryEnd
                    && (p.start() == 0 || text.charAt(p.start() - 1) != STATIONED)) {
                return new Candidate(p.start(), org.end(), org.type(), text.substring(p.start(), org.end()), org.country(), org.source());
            }
        }
        return org;
    }

    /** 甲国某某集团 → 某某集团: the company's name without a foreign country that opens it. */
    private static Candidate withoutCountry(String text, Candidate org, List<Candidate> places) {
        Candidate country = CountryBeforeBodies.openingCountry(org, places);
        Candidate body = country == null ? null : CountryBeforeBodies.afterCountry(text, org, country);
        return body == null ? org : body;
    }
}
