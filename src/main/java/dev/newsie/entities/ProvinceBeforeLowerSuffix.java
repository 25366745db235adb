package dev.newsie.entities;

import dev.newsie.model.EntityType;

/**
 * 台湾县市, 台湾地区的城市, 香港乡亲, 广东乡镇: a first-level division of China (a province, an autonomous region,
 * Hong Kong, Macau, Taiwan) is never named with the suffix of a lower level, so a 县, 市, 地区, 乡 or 镇 right after
 * its bare name opens the next word (县市 "its counties and cities", 乡亲, 地区 "the region") and the place stays the
 * division. A name listed at a lower level as well (吉林市, 海南州) is chosen as that city before this is asked; right
 * after another place's suffix (某国甲市江西区) the name is a district of that place, which may share a province's name.
 */
final class ProvinceBeforeLowerSuffix {
    private ProvinceBeforeLowerSuffix() {
    }

    /**
     * Whether the listed place {@code p} at {@code pos}, followed by a suffix that would make it {@code suffixed},
     * stays a province; a name right after a one-character suffix of {@code suffixes} is inside that place.
     */
    static boolean staysProvince(String text, int pos, Place p, String country, EntityType suffixed, PlaceSuffixRules suffixes) {
        return p.type() == EntityType.PROVINCE && !p.weak() && suffixed == EntityType.CITY
                && (country == null || "中国".equals(country))
                && (pos == 0 || !suffixes.isOneCharacterSuffix(text.charAt(pos - 1)));
    }
}
