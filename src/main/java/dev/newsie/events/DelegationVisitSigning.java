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

    /** 5月8日, 日前, 近日, 当地时间10日: when the visit was, told between the visitors and the verb of visiting. */
    private static final String VISIT_DAY = "(?:当地时间)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:上午|下午)?(?:日前|近日)?";
    /** 该市, 该县, 该州: the place just named, written instead of its name. */
    private static final String THAT_PLACE = "该(?:市|县|区|州|省)";

    /**
     * 甲县县长X等一行来乙市学习考察,…,并与乙市签订: the led visit, then a signing whose only named side is the place
     * visited (or 我市 on a visit to 我市) — the visitors' place and their host signed, at the host's. The leader's
     * place may be a body of it (甲县县委副书记、县长X); the visitors are those who led (率, 带领) or came as 一行.
     * The visit may also be told by its verb before the place (甲市代表团5月8日访问了乙国丙市), and the host named
     * again only as 该市 (…,并与该市签署): the place just visited.
     */
    private static final Pattern LED_VISIT_WITH_HOST = Pattern.compile(
            "(Ⓟ*Ⓞ|Ⓟ+)[^。;；Ⓟ]{0,120}?(?:(?:带领|率领|率)[^。;；ⓅⓄ]{0,16}?|一行|(?:政府|友好|经贸|友好交流|访问|考察)?代表团(?:一行)?)"
                    + "(?:(?:前往|赴|到|来到|来(?!自))(Ⓟ+|我[市区县])(?:进行)?(?:友好)?(?:学习)?(?:考察|访问|调研|交流|学习)"
                    + "|" + VISIT_DAY + "(?:访问|出访|到访|拜访)了?(Ⓟ+))"
                    + "[^。;；ⓅⓄ]{0,40}?并?(?:与|和|同)(Ⓟ+|我[市区县]|" + THAT_PLACE + ")$");

    /** The signing of the led visit's two places, or null. */
    static EventBuilder signing(MaskedSentence ms, int verbPos, String kind, String title, String date) {
        return signing(null, ms, verbPos, kind, title, date);
    }

    /** The same, with the page's context, which says what place 我市 is. */
    static EventBuilder signing(DocumentContext ctx, MaskedSentence ms, int verbPos, String kind, String title, String date) {
        Matcher v = LED_VISIT.matcher(ms.masked().substring(0, verbPos));
        if (!v.find()) {
            EventBuilder hosted = withHost(ctx, ms, verbPos, kind, title, date);
            return hosted != null || !"SISTER_CITY".equals(kind) ? hosted : journeyToTwin(ms, verbPos, title, date);
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
        int visited = v.group(2) != null ? 2 : 3, partner = 4;
        if (v.group(visited).startsWith("我") || v.group(partner).startsWith("我")) {
            if (!v.group(visited).equals(v.group(partner)) || ctx == null) {
                return null; // a visit to 我市 and a signing with another place, or the other way round
            }
            host = ctx.homePlace(v.group(visited).charAt(1)); // 我市, and a district's or county's own 我区, 我县
        } else {
            MaskedSentence.Slot to = ms.lastPlace(v.start(visited), v.end(visited));
            MaskedSentence.Slot with = v.group(partner).startsWith("该") ? to : ms.lastPlace(v.start(partner), v.end(partner));
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

    /** 到乙市签订姊妹市协定: a going verb and its destination right before the signing verb, in the verb's own clause. */
    private static final Pattern JOURNEY = Pattern.compile("(?:前往|赴|到|来到)(Ⓟ+)(?:进行)?(?:友好)?$");
    /** The clause before the journey (back to a comma) says who went: the pronoun 他 or 她, or nothing. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("[他她]");
    /** 甲市市长X: a place's head named by place and title, the one a later 他 points back to. */
    private static final Pattern PLACE_HEAD = Pattern.compile("(Ⓟ+)" + Signatories.HEAD_TITLE_WORDS + "(Ⓡ)");
    /** The sentence opens on its subject place (after at most a few characters: a date, 近日, or a date clause 2015年,). */
    private static final Pattern OPENING_PLACE = Pattern.compile("^(?:[^ⓅⓄⓇ,，]{0,8}[,，])?[^ⓅⓄⓇ,，]{0,6}(Ⓟ+)");

    /**
     * 甲市市长X率团赴乙市签署友好城市协议 / 甲市市长X说,十年前他以市长身份到乙市签订姊妹市协定: one place (or its head)
     * went to another to twin, and the signing verb follows the destination at once; the traveller is the place
     * opening the sentence with no other side before the journey, or, after 他/她, the place of the head named
     * last before that clause. Twinnings only: a journey to sign a deal may meet a third side there.
     */
    static EventBuilder journeyToTwin(MaskedSentence ms, int verbPos, String title, String date) {
        String m = ms.masked();
        Matcher j = JOURNEY.matcher(m.substring(0, verbPos));
        if (!j.find()) {
            return null;
        }
        int clause = SigningExtractor.clauseStart(m, j.start());
        MaskedSentence.Slot from = null, head = null;
        if (PRONOUN_SUBJECT.matcher(m.substring(clause, j.start())).find()) {
            Matcher h = PLACE_HEAD.matcher(m.substring(0, clause));
            while (h.find()) {
                from = ms.lastPlace(h.start(1), h.end(1));
                head = ms.slots(h.start(2), h.end(2)).get(0);
            }
        } else {
            Matcher o = OPENING_PLACE.matcher(m);
            if (o.find() && o.end() <= j.start() && m.substring(o.end(), j.start()).chars().noneMatch(c -> c == MaskedSentence.PLACE || c == MaskedSentence.ORG)) {
                from = ms.lastPlace(o.start(1), o.end(1));
                Matcher h = PLACE_HEAD.matcher(m.substring(0, j.start()));
                head = h.find() && h.start() == o.start(1) ? ms.slots(h.start(2), h.end(2)).get(0) : null;
            }
        }
        MaskedSentence.Slot to = ms.lastPlace(j.start(1), j.end(1));
        if (from == null || to == null || from.entity().type() == EntityType.COUNTRY || to.entity().type() == EntityType.COUNTRY
                || from.entity().name().equals(to.entity().name())) {
            return null;
        }
        EventBuilder e = Event.builder(EventType.SIGNING).parties(List.of(from.entity().name(), to.entity().name())).agreement("SISTER_CITY")
                .title(title).date(date).location(to.entity().name()).evidence(new Span(ms.sentence().start(), ms.sentence().end()));
        return head == null ? e : e.signatories(List.of(head.entity().name()));
    }
}
