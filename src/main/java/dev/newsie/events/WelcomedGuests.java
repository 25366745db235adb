package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲市市长X对乙市代表团的到来表示欢迎 / X代表市政府向Y一行表示热烈欢迎: only a host welcomes, so the guests a report
 * says were welcomed travelled, and a signing between their side and one other side was made at the other side's
 * place. The guests are named by their place (乙市代表团), by their country (or a foreign region of it) when only one
 * side is of it (乙国客人), or by a person the report names with a title of such a place (乙市市长Y, 丙大区主席Y). All
 * the report's welcomes must name the same side; a signing of an earlier year (1990年两市缔结…) is no news of the
 * visit and is left alone.
 */
final class WelcomedGuests {
    private WelcomedGuests() {
    }

    /** 对/向 whom … 表示(热烈)欢迎: the span between names the guests. */
    private static final Pattern WELCOME = Pattern.compile("(?:对|向)([^。;；,，]{1,40}?)表示(?:热烈|诚挚|衷心|热情)?(?:的)?欢迎");

    /** The place of the side that did not travel, when the report's welcomes name exactly one side as the guests; else null. */
    static String hostPlace(DocumentContext ctx, Event e) {
        List<String> parties = e.parties();
        if (parties == null || parties.size() != 2 || e.location() != null) {
            return null;
        }
        Integer year = ctx.resolver.anchorYear();
        if (e.date() != null && (year == null || !e.date().startsWith(String.valueOf(year)))) {
            return null;
        }
        Set<String> guests = new HashSet<>();
        for (MaskedSentence ms : ctx.masked) {
            Matcher w = WELCOME.matcher(ms.masked());
            while (w.find()) {
                for (MaskedSentence.Slot s : ms.slots(w.start(1), w.end(1))) {
                    String side = sideOf(ctx, s, parties);
                    if (side != null) {
                        guests.add(side);
                    }
                }
            }
        }
        return SigningPlace.hostOf(ctx, parties, guests);
    }

    /** The side of the signing a guest slot stands for: a side itself, its government, its country, or its titled head; else null. */
    private static String sideOf(DocumentContext ctx, MaskedSentence.Slot s, List<String> parties) {
        Entity en = s.entity();
        String name = en.type() == EntityType.ORGANIZATION ? SigningPlace.governmentPlace(s) : en.name();
        if (name != null && parties.contains(name)) {
            return name;
        }
        if (en.type() == EntityType.PERSON) {
            return sideHeadedBy(ctx, en.name(), parties);
        }
        return sideOfPlace(ctx, en, parties);
    }

    /** A side itself, else the one side in the country of a country or of a foreign region named (乙国客人, 丙大区主席); else null. */
    private static String sideOfPlace(DocumentContext ctx, Entity place, List<String> parties) {
        if (parties.contains(place.name())) {
            return place.name();
        }
        String country = place.type() == EntityType.COUNTRY ? place.name()
                : place.type() == EntityType.PROVINCE && place.country() != null && !place.country().equals("中国") ? place.country() : null;
        return country == null ? null : onlySideIn(ctx, country, parties);
    }

    /** The one side whose country is {@code country}, when the other's is known and another; else null. */
    private static String onlySideIn(DocumentContext ctx, String country, List<String> parties) {
        String a = countryOf(ctx, parties.get(0)), b = countryOf(ctx, parties.get(1));
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        return country.equals(a) ? parties.get(0) : country.equals(b) ? parties.get(1) : null;
    }

    private static String countryOf(DocumentContext ctx, String place) {
        for (Entity en : ctx.entities) {
            if (en.name().equals(place) && (en.type() == EntityType.CITY || en.type() == EntityType.PROVINCE)) {
                return en.country();
            }
        }
        return null;
    }

    /** 乙市市长Y: the one side whose place the report writes right before a title and the person; else null. */
    private static String sideHeadedBy(DocumentContext ctx, String person, List<String> parties) {
        Set<String> sides = new HashSet<>();
        for (MaskedSentence ms : ctx.masked) {
            List<MaskedSentence.Slot> slots = ms.slots();
            for (int k = 1; k < slots.size(); k++) {
                MaskedSentence.Slot p = slots.get(k), place = slots.get(k - 1);
                if (p.entity().type() != EntityType.PERSON || !p.entity().name().equals(person)) {
                    continue;
                }
                String side = sideOfPlace(ctx, place.entity(), parties);
                // 乙市市长Y: the place's own 市 may open the title (市长), written inside the place's mention
                String written = place.mention().text();
                String opening = written.isEmpty() || "市县州省区町".indexOf(written.charAt(written.length() - 1)) < 0 ? ""
                        : written.substring(written.length() - 1);
                String titled = opening + ms.masked().substring(place.maskedPos() + 1, p.maskedPos() + 1);
                if (side != null && PersonAffiliation.titledPersonEnd(titled, 0) == titled.length()) {
                    sides.add(side);
                }
            }
        }
        return sides.size() == 1 ? sides.iterator().next() : null;
    }
}
