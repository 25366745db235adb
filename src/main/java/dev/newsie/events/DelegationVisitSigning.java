package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲县县长X带领有关部门负责人前往乙市考察,…,并签订结对共建协议书: a delegation led from one place to another, then a
 * signing told with no party of its own — the leader's place and the place visited signed, at the place visited.
 * So does a delegation received by its host, then a signing whose only side is the host (甲县县长X等一行来乙市考察,
 * 并与乙市签订).
 * Reads one masked sentence; writes nothing.
 */
final class DelegationVisitSigning {
    private DelegationVisitSigning() {
    }

    /**
     * The leader's place (or its government or party committee) opening the list of those who led (their offices
     * may follow), a leading verb, a going verb with its destination
     * and a visit; then, up to the signing verb, no other place or body (which would be a party of its own).
     */
    private static final Pattern LED_VISIT = Pattern.compile(
            "(Ⓟ+|Ⓞ)[^。;；Ⓟ]{0,120}?(?:带领|率领|率)[^。;；ⓅⓄ]{0,16}?(?:前往|赴|到|来到)(Ⓟ+)(?:进行)?(?:友好)?(?:考察|访问|调研|交流|学习)"
                    + "[^。;；ⓅⓄ]{0,30}?(?:并|双方|两地|两市|两县|随后)(?:共同|正式)?$");

    /**
     * 甲县县长X等一行来乙市学习考察,…,并与乙市签订: the led visit, then a signing whose only named side is the place
     * visited (or 我市 on a visit to 我市) — the visitors' place and their host signed, at the host's. The leader's
     * place may be a body of it (甲县县委副书记、县长X); the visitors are those who led (率, 带领) or came as 一行.
     */
    private static final Pattern LED_VISIT_WITH_HOST = Pattern.compile(
            "(Ⓟ*Ⓞ|Ⓟ+)[^。;；Ⓟ]{0,120}?(?:(?:带领|率领|率)[^。;；ⓅⓄ]{0,16}?|一行|(?:政府|友好|经贸|友好交流|访问|考察)?代表团(?:一行)?)(?:前往|赴|到|来到|来(?!自))(Ⓟ+|我[市区县])(?:进行)?(?:友好)?(?:学习)?(?:考察|访问|调研|交流|学习)"
                    + "[^。;；ⓅⓄ]{0,40}?并?(?:与|和|同)(Ⓟ+|我[市区县])$");

    /** The signing of the led visit's two places, or null. */
    static EventBuilder signing(MaskedSentence ms, int verbPos, String kind, String title, String date) {
        return signing(null, ms, verbPos, kind, title, date);
    }

    /** The same, with the page's context, which says what place 我市 is. */
    static EventBuilder signing(DocumentContext ctx, MaskedSentence ms, int verbPos, String kind, String title, String date) {
        Matcher v = LED_VISIT.matcher(ms.masked().substring(0, verbPos));
        if (!v.find()) {
            return withHost(ctx, ms, verbPos, kind, title, date);
        }
        MaskedSentence.Slot from = ms.slots(v.start(1), v.end(1)).isEmpty() ? null : ms.slots(v.start(1), v.end(1)).get(ms.slots(v.start(1), v.end(1)).size() - 1);
        MaskedSentence.Slot to = ms.lastPlace(v.start(2), v.end(2));
        if (from == null || to == null || from.entity().type() == EntityType.COUNTRY || to.entity().type() == EntityType.COUNTRY
                || from.entity().type() == EntityType.PERSON) {
            return null;
        }
        String a = SigningExtractor.partyName(from), b = to.entity().name();
        if (a.equals(b) || (from.entity().type() == EntityType.ORGANIZATION && a.equals(from.entity().name()))) {
            return null; // a body that is no place's government or committee travels for itself
        }
        return Event.builder(EventType.SIGNING).parties(List.of(a, b)).agreement(kind).title(title).date(date).location(b)
                .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
    }

    /** 甲…一行来乙市考察,并与乙市签订: the visitors' place and the host, or null. */
    private static EventBuilder withHost(DocumentContext ctx, MaskedSentence ms, int verbPos, String kind, String title, String date) {
        Matcher v = LED_VISIT_WITH_HOST.matcher(ms.masked().substring(0, verbPos));
        if (!v.find()) {
            return null;
        }
        List<MaskedSentence.Slot> leaders = ms.slots(v.start(1), v.end(1));
        MaskedSentence.Slot from = leaders.isEmpty() ? null : leaders.get(leaders.size() - 1);
        if (from == null || from.entity().type() == EntityType.COUNTRY || from.entity().type() == EntityType.PERSON) {
            return null;
        }
        String host;
        if (v.group(2).startsWith("我") || v.group(3).startsWith("我")) {
            if (!v.group(2).equals(v.group(3)) || ctx == null) {
                return null; // a visit to 我市 and a signing with another place, or the other way round
            }
            host = ctx.homePlace(v.group(2).charAt(1)); // 我市, and a district's or county's own 我区, 我县
        } else {
            MaskedSentence.Slot to = ms.lastPlace(v.start(2), v.end(2)), with = ms.lastPlace(v.start(3), v.end(3));
            if (to == null || with == null || to.entity().type() == EntityType.COUNTRY || !to.entity().name().equals(with.entity().name())) {
                return null; // the partner is not the place visited: left to the pair rules
            }
            host = to.entity().name();
        }
        String a = SigningExtractor.partyName(from);
        if (from.entity().type() == EntityType.ORGANIZATION && a.equals(from.entity().name())) {
            return null; // a body that is no place's government or committee travels for itself
        }
        a = dev.newsie.canon.CanonicalNames.dropSuffix(a); // 甲县县委 → 甲县 → 甲, as the place is named
        if (host == null || a.equals(host)) {
            return null;
        }
        return Event.builder(EventType.SIGNING).parties(List.of(a, host)).agreement(kind).title(title).date(date).location(host)
                .evidence(new Span(ms.sentence().start(), ms.sentence().end()));
    }
}
