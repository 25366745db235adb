package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's own place written as 我市, 本市, 我省, 本省, 我县 or 我区 (GOLD.md §7: the home place). The relation
 * statements are written over named places (甲与乙缔结友好城市15周年, 甲国际友城—乙市); read once more with each such
 * word as the home place's name, a statement reads 我省与乙州缔结友好城市15周年 as it reads the name, whatever its
 * frame, instead of a row spelling out each frame with 我省 in it.
 */
final class HomeReferences {
    /**
     * 我 before a level word; 本 only after a clause edge or a function word, since 本 ends words (日本市长, 资本市场,
     * 基本省); never before 场 (我市场馆) or 长/民 (我市长, 本市民 are other words).
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:我|(?<=^|[^\\p{IsHan}]|[与和同及是为在对由从自向据经])本)([市省县区])(?![场长民])");

    private final DocumentContext ctx;

    HomeReferences(DocumentContext ctx) {
        this.ctx = ctx;
    }

    /** The sentences, each followed by its reading with the home place in place of 我市 etc. where the page has one. */
    List<MaskedSentence> withHomeReadings(List<MaskedSentence> sentences) {
        List<MaskedSentence> out = new ArrayList<>(sentences.size());
        for (MaskedSentence ms : sentences) {
            out.add(ms);
            MaskedSentence home = readAsHome(ms);
            if (home != null) {
                out.add(home);
            }
        }
        return out;
    }

    /** The sentence with each reference to a home place that resolves read as that place; null if none does. */
    MaskedSentence readAsHome(MaskedSentence ms) {
        if (ms.masked().indexOf('我') < 0 && ms.masked().indexOf('本') < 0) {
            return null;
        }
        MaskedSentence out = ms;
        Matcher m = REFERENCE.matcher(ms.masked());
        while (m.find()) {
            Entity home = home(m.group(1).charAt(0));
            if (home != null) {
                out = out.withEntityAt(m.start(), m.end(), home);
            }
        }
        return out == ms ? null : out;
    }

    /**
     * {@code s} without a home reference opening it (我市滨海大酒店 → 滨海大酒店): the reference says where a building
     * stands, as a city's name does, and is no part of the building's name.
     */
    static String withoutOpeningReference(String s) {
        Matcher m = REFERENCE.matcher(s);
        return m.lookingAt() && m.end() < s.length() ? s.substring(m.end()) : s;
    }

    private Entity home(char level) {
        String name = ctx.homePlace(level);
        EntityType rank = level == '省' ? EntityType.PROVINCE : EntityType.CITY;
        for (Entity e : ctx.entities) {
            if (name != null && e.type() == rank && e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
