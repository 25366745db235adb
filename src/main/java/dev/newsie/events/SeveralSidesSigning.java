package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document signed by three or more sides: 《甲区、乙市与丙市开展两国三地…合作协议》, 甲、乙、丙三方签署,
 * 甲、乙等三省与丁签署, 甲市、乙市市长和丙市、丁市市长共同签署: the sides listed and counted (三方, 三地, 两国三地, 四市),
 * listed before the side they face, or listed on both sides of 与/和 and signing jointly are the parties of one
 * signing, not pairs of it. A headline that
 * named the same signing pair by pair (甲与乙、丙签署协议) told parts of it, which go into the one signing.
 */
final class SeveralSidesSigning {
    private SeveralSidesSigning() {
    }

    /** The units a count of sides is written in: 三方, 三地, 两市, 三省区. */
    private static final String SIDE_UNITS = "(?:方|地|市|省|国|县|区|城|省区|省市)";

    /**
     * The count that may close a list of sides: 两市, 三省, or 等 with the count (甲、乙、丙等三省; 甲、乙、丙、丁等边境四省,
     * a word of one or two characters saying what the places are standing before the count), which sums up the
     * items just listed rather than hinting at more.
     */
    // Two to ten, not the two to five of before: a list summed up by 等 may be longer than five (甲、乙…等边境六省), and
    // the count only closes a list whose sides are each named, so a larger count adds no side. Not SigningPairs.LIST_COUNT:
    // that one closes each list of a pairing (甲、乙两市分别与…) and is read with 个 and 城市 but not 国 or 省区, and
    // the sides here are counted in SIDE_UNITS, as COUNTED_SIDES counts them.
    private static final String COUNT_OF_THE_LIST = "(?:(?:等[\\p{IsHan}]{0,2}?)?[两二三四五六七八九十]" + SIDE_UNITS + ")";

    /** The words that say the sides acted together before the verb: 共同, 一同, 联合. */
    private static final String JOINTLY = "(?:共同|一同|联合)";

    /** Places or bodies listed with 、 and closed by 与/和/及 (or by 、 alone): 甲、乙与丙, 甲、乙、丙. */
    private static final Pattern LISTED_SIDES = Pattern.compile("[ⓅⓄ]+(?:、[ⓅⓄ]+)+(?:(?:与|和|及|以及)[ⓅⓄ]+)?");

    /**
     * A list of sides, perhaps counted (两市, 三省), then 与/和/同 and the side they face: 甲、乙两市与丙市签署 —
     * the listed sides and the one they face signed one document together, all of them its parties. Not a list of
     * pairs (甲与乙、丙与丁): the list starts no pair's second side and its partner ends it.
     */
    private static final Pattern LISTED_SIDES_WITH_PARTNER = Pattern.compile(
            "(?<![ⓅⓄ、与和同及])[ⓅⓄ]+(?:、[ⓅⓄ]+)+" + COUNT_OF_THE_LIST + "?(?:与|和|同)[ⓅⓄ]+(?![ⓅⓄ、])");

    /**
     * Two lists of sides facing each other, each perhaps closed by the title of the heads who act for its places (甲市、
     * 乙市市长和丙市、丁市市长), then 共同/一同/联合 before the verb (a time or place clause may stand between): all the
     * sides listed signed one document together, whichever list each stands in. Without the joint word two lists facing
     * each other may as well pair every side of one with every side of the other, so they are left to the pairs.
     */
    private static final Pattern LISTS_FACING_JOINTLY;

    static {
        String item = "[ⓅⓄ]+[市县省州区]?";
        String heads = "(?:[市县省州区]?(?:[市县省州区]长|知事|代表)Ⓡ*)?";
        String list = item + "(?:、" + item + ")*" + heads;
        LISTS_FACING_JOINTLY = Pattern.compile("(?<![ⓅⓄ、与和同及])" + list + "(?:与|和|同)" + list
                + "(?=[,，]?(?:在[ⓅⓄ]+[市县省州区]?)?" + JOINTLY + "$)"); // the place of the act is no side
    }

    /** One side of such a list: a run of place or body symbols. */
    private static final Pattern SIDE = Pattern.compile("[ⓅⓄ]+");

    /** The count of the sides: 三方, 三地, 两国三地, 四市 (three to five sides of one document). */
    private static final Pattern COUNTED_SIDES = Pattern.compile("[三四五]" + SIDE_UNITS);

    /**
     * The one signing of all the sides a clause lists and counts, or lists before the side they face, or null.
     *
     * @param clause the masked text of the clause before the verb, which starts at {@code clauseOffset}
     */
    static EventBuilder ofListedSides(MaskedSentence ms, String clause, int clauseOffset, String kind, String title, String date) {
        boolean facingOne = LISTED_SIDES_WITH_PARTNER.matcher(clause).find();
        // a twinning is always between two places: lists facing each other in one (甲、乙与丙、丁共同签署结好协议书)
        // are pairs of it, read by the pairwise path
        boolean facingJointly = !facingOne && !"SISTER_CITY".equals(kind) && LISTS_FACING_JOINTLY.matcher(clause).find();
        if (!facingOne && !facingJointly && !COUNTED_SIDES.matcher(clause).find()
                && (title == null || !COUNTED_SIDES.matcher(title).find())) {
            return null;
        }
        Matcher list = (facingOne ? LISTED_SIDES_WITH_PARTNER : facingJointly ? LISTS_FACING_JOINTLY : LISTED_SIDES).matcher(clause);
        while (list.find()) {
            Set<String> parties = new LinkedHashSet<>();
            Matcher side = SIDE.matcher(list.group());
            while (side.find()) {
                MaskedSentence.Slot s = ms.lastParty(clauseOffset + list.start() + side.start(), clauseOffset + list.start() + side.end());
                if (s == null || s.entity().type() == EntityType.COUNTRY) {
                    parties.clear();
                    break;
                }
                parties.add(SigningExtractor.partyName(s));
            }
            if (parties.size() >= 3) {
                return Event.builder(EventType.SIGNING).parties(new ArrayList<>(parties)).agreement(kind).title(title).date(date)
                        .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
            }
        }
        return null;
    }

    /**
     * One side of a joint list: a body or place, then perhaps the title of the one who signs for it and that person
     * (甲局主任X, 乙协会关西分区代表Y).
     */
    private static final Pattern SIDE_WITH_SIGNER = Pattern.compile("([ⓅⓄ]+)(?:[\\p{IsHan}]{0,6}?(Ⓡ))?");

    /**
     * 甲局、乙局、丙局共同签署, 甲办主任X、乙办副主任Y、丙会代表Z共同签署: a clause that is only a list of three or more
     * sides joined by 、 (no 与 pairing them) and 共同/一同/联合 before the verb: all of them signed one document.
     */
    private static final Pattern JOINT_LIST = Pattern.compile(
            "^(?:会上|现场|随后|同时|当天|当日|今天|今日|同日)?(?:" + SIDE_WITH_SIGNER.pattern() + "、){2,}" + SIDE_WITH_SIGNER.pattern()
                    + JOINTLY + "$");

    /**
     * The one signing of the sides a clause lists jointly (see {@link #JOINT_LIST}), with the persons named for them
     * as its signers when every side names one (a list with a side's signer missing cannot say who signed for it), or
     * null.
     */
    static EventBuilder ofJointList(MaskedSentence ms, String clause, int clauseOffset, String kind, String title, String date) {
        if (!JOINT_LIST.matcher(clause).matches()) {
            return null;
        }
        Set<String> parties = new LinkedHashSet<>();
        List<String> signers = new ArrayList<>();
        int sides = 0;
        Matcher side = SIDE_WITH_SIGNER.matcher(clause);
        while (side.find()) {
            sides++;
            MaskedSentence.Slot s = ms.lastParty(clauseOffset + side.start(1), clauseOffset + side.end(1));
            if (s == null) {
                return null; // a country among the sides: a list of states, read elsewhere
            }
            parties.add(SigningExtractor.partyName(s));
            List<MaskedSentence.Slot> signer = side.group(2) == null ? List.of()
                    : ms.slots(clauseOffset + side.start(2), clauseOffset + side.end(2));
            if (!signer.isEmpty()) {
                signers.add(signer.get(0).entity().name());
            }
        }
        if (parties.size() < 3) {
            return null;
        }
        EventBuilder e = Event.builder(EventType.SIGNING).parties(new ArrayList<>(parties)).agreement(kind).title(title).date(date)
                .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
        if (signers.size() == sides) {
            e.signatories(signers);
        }
        return e;
    }

    /**
     * Signings of two sides that are both parties of a signing of three or more (not an alliance's founding, whose
     * members also sign pairwise) are that signing told pair by pair: they go, and what they alone give (date, place,
     * signers) joins it.
     */
    static void absorbPairs(List<EventBuilder> out) {
        for (EventBuilder many : List.copyOf(out)) {
            Event m = many.build();
            if (m.parties().size() < 3 || "ALLIANCE".equals(m.agreement())) {
                continue;
            }
            out.removeIf(e -> {
                Event p = e.build();
                if (e == many || p.parties().size() != 2 || !m.parties().containsAll(p.parties())
                        || (p.title() != null && m.title() != null && !m.title().contains(p.title()))) {
                    return false;
                }
                if (m.date() == null && p.date() != null) {
                    many.date(p.date());
                }
                if (m.location() == null && p.location() != null) {
                    many.location(p.location());
                }
                return true;
            });
        }
    }
}
