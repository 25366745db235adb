package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The suffix of an ethnic autonomous region, prefecture, county or banner, with its listed nationalities. */
final class EthnicAutonomySuffix {
    private EthnicAutonomySuffix() {
    }

    /** 苗族侗族自治州 after 黔东南: listed nationalities and the autonomy suffix together are the suffix. */
    private static final Pattern ETHNIC_AUTONOMY = ethnicAutonomyPattern();

    private static Pattern ethnicAutonomyPattern() {
        List<String> groups = new ArrayList<>(ModelFile.read("ethnic-groups.tsv", 1).stream().map(r -> r.get(0)).toList());
        groups.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?:(?:" + String.join("|", groups) + ")族)+自治(区|州|县|旗)");
    }

    /** The autonomy suffix at {@code pos}, or null. */
    static PlaceSuffixRules.Suffix at(String text, int pos) {
        Matcher m = ETHNIC_AUTONOMY.matcher(text).region(pos, Math.min(text.length(), pos + 24));
        if (!m.lookingAt()) {
            return null;
        }
        EntityType t = m.group(1).equals("区") ? EntityType.PROVINCE : EntityType.CITY;
        return new PlaceSuffixRules.Suffix(m.group(), t, t, Set.of());
    }
}
