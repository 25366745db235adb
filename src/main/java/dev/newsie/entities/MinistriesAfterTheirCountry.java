package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 甲国前内政部长某某, 甲国议会议员、交通部部长某某: a ministry written bare in an official's title, after the country
 * that opens the title (with 前/原 of a former minister between, or an earlier title of the same official and 、), is
 * that country's ministry, named with the country as written (甲国内政部; GOLD.md §2, a national body keeps its
 * country; §7, a bare reference is named in full). China's own ministries are named without it (外交部), and a page
 * written from Taiwan names Taiwan's ministries bare (内政部), so neither is touched.
 */
final class MinistriesAfterTheirCountry {
    /** A ministry's head character: the ministry's own name ends in it (交通部). */
    private static final char MINISTRY = '部';
    /** Fewest and most characters of a bare ministry's name (外交部, 卫生福利部). */
    private static final int MIN_NAME = 3, MAX_NAME = 6;
    /**
     * What may stand between the country and the ministry: nothing; 前/原 of a former minister; or one earlier title of
     * the same official (议会议员、, 副总理兼) — a title word, then 、 or 兼, then perhaps 前/原.
     */
    private static final Pattern TITLE_GAP = Pattern.compile(
            "(?:\\p{IsHan}{0,6}(?:议员|部长|主席|总理|副总理|总统|大使|秘书长|委员)(?:、|兼))?[前原]?");

    private MinistriesAfterTheirCountry() {
    }

    /** The ministry named with the country written before it in its official's title, or the candidate as it is. */
    static Candidate withCountry(String text, Candidate org, List<Candidate> places, TaiwanPerspective taiwan) {
        String name = org.name();
        if (org.type() != EntityType.ORGANIZATION || name.length() < MIN_NAME || name.length() > MAX_NAME
                || name.charAt(name.length() - 1) != MINISTRY || !text.startsWith(name, org.start())
                || org.end() - org.start() != name.length() || !text.startsWith("长", org.end()) && !text.startsWith("部长", org.end())
                || places.stream().anyMatch(p -> p.type() != EntityType.ORGANIZATION && p.start() < org.end() && org.start() < p.end())) {
            return org; // only a bare ministry whose minister's title follows (内政部长, 交通部部长)
        }
        Candidate country = null;
        for (Candidate p : places) {
            if (p.type() == EntityType.COUNTRY && p.end() <= org.start() && (country == null || p.end() > country.end())) {
                country = p;
            }
        }
        if (country == null || CountryBeforeBodies.HOME.contains(country.name()) || country.end() - country.start() < 2
                || !TITLE_GAP.matcher(text.substring(country.end(), org.start())).matches() || taiwan.writtenFromTaiwan(text)) {
            return org;
        }
        return new Candidate(org.start(), org.end(), org.type(), text.substring(country.start(), country.end()) + name, null,
                org.source());
    }
}
