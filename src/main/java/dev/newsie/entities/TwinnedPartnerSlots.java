package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner of a twinning stated right after a known place (甲市与某某市于1990年结为友好城市, 甲县与某某町缔结姊妹市):
 * whatever the words before the partner's suffix, a place that a place becomes the sister city of is a place.
 *
 * <p>Why: partners are small towns abroad that no list holds and whose Chinese names are translations (核桃市) or
 * transliterations with characters outside the table (布莱克敦市); the statement itself is the evidence. The slot is
 * kept narrow — a known place, a coordinator, two to six characters with no function word, a one-character suffix, an
 * optional date and the twinning verb with its standing at once — so that a phrase (与市政府签署) never fills it.
 */
final class TwinnedPartnerSlots {
    /** The coordinator, the stem, the suffix, then an optional date and the twinning verb and standing. */
    private static final Pattern SLOT = Pattern.compile(
            "[与和同]([\\p{IsHan}]{2,6}?)([市郡县町])(?:于|自|在)?(?:\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?)?(?:正式)?"
                    + "(?:(?:结为|缔结为|缔结|建立|结成|成为)(?:了)?(?:国际)?(?:友好城市|友城|姊妹市|姐妹市|姊妹城市|姐妹城市|友谊市|友好交流城市)"
                    + "|缔盟|结盟)");
    /**
     * The partner named first, right after a noun saying it is a town (该区重要城市某某与甲市缔结友城关系, as a foreign
     * region's page tells its town's twinning): the bare name before the coordinator, when a known place follows it
     * and the twinning verb and standing come within the clause.
     */
    private static final Pattern LEADING_SLOT = Pattern.compile("(?:城市|首府|小城|小镇)([\\p{IsHan}]{2,5}?)[与和同]");
    private static final Pattern TWINNING_AFTER = Pattern.compile(
            "[^。;；,，、]{1,12}?(?:(?:结为|缔结为|缔结|建立|结成|成为)(?:了)?(?:国际)?(?:友好城市|友城|姊妹市|姐妹市|姊妹城市|姐妹城市)"
                    + "|缔盟|结盟)");
    /** Characters no partner's stem holds: list marks, function words, numbers' units and a higher unit's suffix. */
    private static final String STOPS = "、，,。;；:：的与和同及在是为从到由向对于自年月日国州省县市区郡都道府町正式已也还将";
    /** Suffixes after a known place before the coordinator (甲市与…). */
    private static final String HOME_SUFFIXES = "市县省州区";

    private TwinnedPartnerSlots() {
    }

    static List<Candidate> find(String text, List<Candidate> known) {
        BitSet covered = new BitSet(text.length());
        BitSet placeEnds = new BitSet(text.length() + 1);
        for (Candidate c : known) {
            covered.set(c.start(), c.end());
            if (c.type().isPlace() && c.type() != EntityType.COUNTRY) {
                placeEnds.set(c.end());
            }
        }
        List<Candidate> out = new ArrayList<>();
        BitSet placeStarts = new BitSet(text.length() + 1);
        for (Candidate c : known) {
            if (c.type().isPlace() && c.type() != EntityType.COUNTRY) {
                placeStarts.set(c.start());
            }
        }
        Matcher lead = LEADING_SLOT.matcher(text);
        while (lead.find()) {
            int s = lead.start(1), e = lead.end(1);
            String stem = lead.group(1);
            if (!placeStarts.get(lead.end()) || !TWINNING_AFTER.matcher(text).region(lead.end(), text.length()).lookingAt()
                    || (covered.nextSetBit(s) >= 0 && covered.nextSetBit(s) < e) || stem.chars().anyMatch(ch -> STOPS.indexOf(ch) >= 0)) {
                continue; // no known place after the coordinator, no twinning in the clause, or a phrase
            }
            out.add(new Candidate(s, e, EntityType.CITY, CanonicalNames.surfaceForm(stem), null, Candidate.Source.PATTERN));
        }
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (at > 0 && HOME_SUFFIXES.indexOf(text.charAt(at - 1)) >= 0 && !placeEnds.get(at)) {
                at--; // 甲市与…: the known place may end before its suffix
            }
            if (!placeEnds.get(at)) {
                continue;
            }
            String stem = m.group(1);
            int s = m.start(1), e = m.end(2);
            if (covered.nextSetBit(s) >= 0 && covered.nextSetBit(s) < e || stem.chars().anyMatch(ch -> STOPS.indexOf(ch) >= 0)) {
                continue; // a recognised name is there already, or the words are a phrase
            }
            String name = m.group(2).equals("町") ? stem + "町" : stem;
            out.add(new Candidate(s, e, EntityType.CITY, CanonicalNames.surfaceForm(name), null, Candidate.Source.PATTERN));
        }
        return out;
    }
}
