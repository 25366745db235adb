package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One prize written with and without its year or edition, or with and without its province (2023年度中国政府友谊奖
 * and 中国政府友谊奖, 2010年齐鲁友谊奖 and 山东齐鲁友谊奖): the names of one award, to be one event under the dated
 * name. Two different years are two awards and stay apart.
 */
final class AwardVariants {
    private AwardVariants() {
    }

    /** 2023年度, 2010年, 2024, 第三届, 首届: a year or an edition opening a prize's name. */
    private static final Pattern EDITION = Pattern.compile("^(?:(\\d{4})(?:年度?)?|第[一二三四五六七八九十百\\d]+届|首届)+");

    /** The shortest a prize's name may become once its year and place are set aside (友谊奖 is too generic to join on). */
    static final int CORE_MIN = 4;

    /** A prize's name without its year or edition and without the place it opens with; null for an honour that is no prize. */
    static String core(String award, List<Entity> entities) {
        if (!award.endsWith("奖")) {
            return placedHonourCore(award, entities);
        }
        String rest = EDITION.matcher(award).replaceFirst("");
        for (Entity e : entities) {
            if (e.type().isPlace() && rest.startsWith(e.name())) {
                String after = rest.substring(e.name().length()).replaceFirst("^[省市]", "");
                if (after.length() >= CORE_MIN) {
                    rest = after;
                    break;
                }
            }
        }
        return rest.length() >= CORE_MIN ? rest : null;
    }

    /** The titles a place confers on people, named with or without the place (甲市荣誉市民 / 荣誉市民). */
    private static final Pattern PLACE_HONOUR = Pattern.compile("^(?:\\d{4}年度?)?(.*?)(荣誉市民|荣誉公民|名誉市民)$");

    /**
     * 荣誉市民 in a ceremony's name or a headline beside 甲市荣誉市民 in the report: one title, whose core is the bare
     * title; null for a name with words other than a place before the title.
     */
    private static String placedHonourCore(String award, List<Entity> entities) {
        Matcher m = PLACE_HONOUR.matcher(award);
        if (!m.matches()) {
            return null;
        }
        String place = placeOf(award);
        if (place.isEmpty() || entities.stream().anyMatch(e -> e.type().isPlace() && e.name().equals(place))) {
            return m.group(2);
        }
        return null;
    }

    /**
     * The place a placed honour opens with, without its level (甲市荣誉市民 → 甲), so that 甲荣誉市民 and 甲市荣誉市民 name
     * one place; "" for the bare title. Only for a name {@code PLACE_HONOUR} matches.
     */
    private static String placeOf(String award) {
        Matcher m = PLACE_HONOUR.matcher(award);
        if (!m.matches()) {
            throw new IllegalArgumentException("no placed honour: " + award);
        }
        return m.group(1).replaceFirst("[省市县区]$", "");
    }

    /**
     * 2031年度甲奖, 第三届甲奖, 首届甲奖 → 甲奖: the edition is when the prize was given, not what it is called — the
     * labelled pages name the award without it (GOLD.md's `award` role), so an event keeps the year only as its date.
     * A name that would keep fewer than three characters stays whole.
     */
    static String withoutEdition(String award) {
        String rest = EDITION.matcher(award).replaceFirst("");
        return rest.length() >= 3 ? rest : award;
    }

    /** The year a prize's name opens with, else null. */
    static String year(String award) {
        Matcher m = EDITION.matcher(award);
        return m.lookingAt() ? m.group(1) : null;
    }

    /**
     * For each award name (in the order given) that is a variant of another, the name it joins: within a group of
     * names sharing a core and naming at most one year, the first dated name, else the longest.
     */
    static Map<String, String> merges(List<String> awards, List<Entity> entities) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String a : awards) {
            String c = core(a, entities);
            if (c != null) {
                groups.computeIfAbsent(c, x -> new ArrayList<>()).add(a);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> g : groups.values()) {
            if (g.size() < 2 || g.stream().map(AwardVariants::year).filter(java.util.Objects::nonNull).distinct().count() > 1) {
                continue;
            }
            if (PLACE_HONOUR.matcher(g.get(0)).matches()
                    && g.stream().map(a -> PLACE_HONOUR.matcher(a).matches() ? placeOf(a) : a)
                    .filter(p -> !p.isEmpty()).distinct().count() != 1) {
                continue; // two places' honorary citizens are two titles; the bare one joins only a single placed one
            }
            String target = g.stream().filter(a -> EDITION.matcher(a).lookingAt()).findFirst()
                    .orElseGet(() -> g.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow());
            for (String a : g) {
                if (!a.equals(target)) {
                    out.put(a, target);
                }
            }
        }
        governmentsPrizes(awards, entities, out);
        return out;
    }

    /** 甲国政府“乙奖” / 2031年度甲国政府乙奖: a government, then the prize it gives; group 2 is the prize's own name. */
    private static final Pattern GOVERNMENT_BEFORE = Pattern.compile("^(?:\\d{4}年度?)?(\\p{IsHan}{1,6})政府(\\p{IsHan}{2,12}奖)$");

    /**
     * 2031年度甲国政府友谊奖 and “友谊奖” in one report: the short name, quoted apart from the government's prize the
     * report also names whole, is that prize — one event under the fuller name. (Written 甲国政府“友谊奖” alone, the
     * quoted name is the award and the government its giver: {@link BodyBeforeQuotedAward}.) Joined only when a single award of the report (with
     * its dated variants) carries the short name after 政府; a short name that is also the tail of another prize
     * (天府友谊奖) stays apart.
     */
    private static void governmentsPrizes(List<String> awards, List<Entity> entities, Map<String, String> out) {
        for (String a : awards) {
            Matcher m = GOVERNMENT_BEFORE.matcher(a);
            if (!m.matches() || entities.stream().noneMatch(e -> e.type() == EntityType.COUNTRY
                    && e.name().equals(m.group(1)))) {
                continue; // a country's government only: 甲市政府 beside 政府、组织 in a prize's description is no giver's name
            }
            String bare = m.group(2);
            if (!awards.contains(bare) || out.containsKey(bare)) {
                continue;
            }
            Set<String> carriers = new HashSet<>();
            for (String x : awards) {
                if (!x.equals(bare) && x.endsWith(bare)) {
                    carriers.add(out.getOrDefault(x, x));
                }
            }
            if (carriers.size() == 1) {
                out.put(bare, carriers.iterator().next());
            }
        }
    }
}
