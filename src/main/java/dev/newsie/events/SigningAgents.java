package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sides of a signing read from who signs for whom (由甲市某局局长X与乙市某局局长Y签署; X、Y分别代表甲及乙签订),
 * and the place a government department acts for (甲市水务局 → 甲). Reads a masked clause; writes nothing.
 */
final class SigningAgents {
    private SigningAgents() {
    }

    /** 合作备忘录由…签署: the document named before the agents who sign it. */
    static final Pattern DOCUMENT_THEN_AGENTS = Pattern.compile("([^,，。由]{0,24}?(?:协议书|协议|协定书|协定|备忘录|意向书|议定书))(?:则|将)?由");
    /** 由甲市某局局长X与乙市某局局长Y(代表)签署: the signers, each after the place or office they act for. */
    private static final Pattern BY_AGENTS = Pattern.compile("由([^由]*Ⓡ[^由]*)$");
    /**
     * 分别代表甲市人民委员会及乙署签订: the two sides each signer acts for, right before the verb, or in a clause of its
     * own followed only by a clause of when (X与Y,分别代表甲市及乙市,于今日签署: the signers' clause, the sides', the time's).
     */
    private static final Pattern REPRESENTING = Pattern.compile(
            "代表" + ReaderWords.SIDES_ACTED_FOR.alternation("agents") + "?([ⓅⓄ]+)(?:政府)?(?:及|和|与|、)([ⓅⓄ]+)(?:政府)?(?:共同)?(?:[,，][^,，ⓅⓄⓇ]{1,12})?$");

    /**
     * Signings told by who signs for whom: 由甲市水务局长X与乙市工务局长Y代表签署 (each signer's side is the place or
     * office named right before them: an office of a place's government stands for the place) and
     * X、Y分别代表甲市人民委员会及乙署签订 (the sides follow 代表, the signers precede). Null unless two sides.
     */
    static EventBuilder signedBy(DocumentContext ctx, MaskedSentence ms, String clause, int clauseOffset,
                                               String kind, String title, String date) {
        Span evidence = new Span(ms.sentence().start(), ms.sentence().end());
        Matcher rep = REPRESENTING.matcher(clause);
        if (rep.find()) {
            MaskedSentence.Slot a = ms.lastParty(clauseOffset + rep.start(1), clauseOffset + rep.end(1));
            MaskedSentence.Slot b = ms.lastParty(clauseOffset + rep.start(2), clauseOffset + rep.end(2));
            if (a != null && b != null && !SigningExtractor.partyName(a).equals(SigningExtractor.partyName(b))) {
                return Event.builder(EventType.SIGNING).parties(List.of(SigningExtractor.partyName(a), SigningExtractor.partyName(b))).agreement(kind)
                        .title(title).date(date).evidence(evidence);
            }
            return null;
        }
        Matcher by = BY_AGENTS.matcher(clause);
        if (!by.find()) {
            return null;
        }
        int from = clauseOffset + by.start(1), to = clauseOffset + by.end(1);
        List<String> sides = new ArrayList<>(), signers = new ArrayList<>();
        String side = null;
        for (MaskedSentence.Slot s : ms.slots(from, to)) {
            if (s.entity().type() == EntityType.PERSON) {
                if (side == null || sides.contains(side)) {
                    return null; // a signer without a side of their own: not this construction
                }
                sides.add(side);
                signers.add(s.entity().name());
                side = null;
            } else if (s.entity().type() != EntityType.COUNTRY) {
                side = s.entity().type() == EntityType.ORGANIZATION ? placeOfOffice(ctx, s) : s.entity().name();
            }
        }
        if (sides.size() != 2) {
            return null;
        }
        return Event.builder(EventType.SIGNING).parties(sides).agreement(kind).title(title).date(date)
                .signatories(signers).evidence(evidence);
    }

    /** A government department (某市水务局, 某省外事办, 某县商务委): it acts for its place, unlike an association or a firm. */
    private static final Pattern OFFICE = Pattern.compile("(?:局|厅|委|委员会|办|办公室|处)$");

    static boolean isOffice(MaskedSentence.Slot s) {
        return s.entity().type() == EntityType.ORGANIZATION && OFFICE.matcher(s.entity().name()).find();
    }

    /**
     * 甲市水务局 → 甲: a government department named after a place the article names acts for that place; a local
     * government for its place; other bodies for themselves.
     */
    static String placeOfOffice(DocumentContext ctx, MaskedSentence.Slot org) {
        String government = SigningPlace.governmentPlace(org);
        if (government != null) {
            return government;
        }
        if (!isOffice(org)) {
            return SigningExtractor.partyName(org);
        }
        String name = org.entity().name(), best = null;
        for (dev.newsie.model.Entity e : ctx.entities) {
            if (e.type().isPlace() && name.startsWith(e.name()) && name.length() > e.name().length() + 1
                    && (best == null || e.name().length() > best.length())) {
                best = e.name();
            }
        }
        if (best == null) {
            Matcher own = OFFICE_OF_PLACE.matcher(name);
            best = own.lookingAt() ? own.group(1) : null;
        }
        return best != null ? best : SigningExtractor.partyName(org);
    }

    /** 甲市文化局: the place an office's name opens with, when the article does not name it on its own. */
    private static final Pattern OFFICE_OF_PLACE = Pattern.compile("(\\p{IsHan}{2,}?)(?:特别行政区|市|县|省)(?=\\p{IsHan}{2,})");
}
