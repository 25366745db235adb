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
 * A signing between bodies of which the report names only one side: a school writing of itself (我校与甲市人民政府签订…),
 * or named bodies that signed with others described only by their kind (甲大学、乙学院分别同有关院校签订…;
 * 甲大学同各友城院校签订…). The named side signed; the unnamed one is no party, and no place is guessed for it
 * (GOLD.md labels the named side alone). Only organisations are read here: a place signing with "有关企业" is an
 * investment round, not a signing of the genre.
 * Reads one masked clause; writes nothing.
 */
final class OneNamedSide {
    private OneNamedSide() {
    }

    /** 与, 同, 和 (and 與): the word that joins a side to its partner. */
    private static final String WITH = "(?:与|同|和|與)";
    /** 正式, 共同, 线上: manner words between the partner and the verb. */
    private static final String MANNER = "(?:正式|共同|线上|線上|在线|分别|分別)*";
    /** A day or a time of day, or nothing, before the side that signed. */
    private static final String WHEN = "[^ⓅⓄⓇ]{0,10}?";

    /** 我校与甲市人民政府签订: the page's own school (unnamed) and one named body. */
    private static final Pattern OWN_SCHOOL_WITH = Pattern.compile(
            "^" + WHEN + "(?:我校|本校|我院)" + WITH + "(Ⓞ)" + MANNER + "$");

    /**
     * 甲大学、乙学院分别同有关院校签订, 甲大学同各友城院校签订: one or more named bodies, then partners told only
     * by a scope word and their kind.
     */
    private static final Pattern WITH_BODIES_OF_A_KIND = Pattern.compile(
            "^" + WHEN + "(Ⓞ(?:[、,，及和与與]Ⓞ)*)(?:分别|分別)?" + WITH
                    + "(?:相关|有关|相關|有關|各|各个|各個|多所|多家|当地|當地|国外|國外|海外|外国|外國)[^ⓅⓄⓇ]{0,6}?"
                    + "(?:教育机构|教育機構|科研机构|机构|機構|高校|大学|大學|院校|学校|學校|企业|企業|公司|医院|醫院)(?:代表)?"
                    + MANNER + "$");

    /** The signings of the clause that ends at a signing verb, when it names one side only; empty if it does not. */
    static List<EventBuilder> signings(MaskedSentence ms, int clauseStart, int verbPos, String kind, String title, String date) {
        String clause = ms.masked().substring(clauseStart, verbPos);
        List<String> sides = new ArrayList<>();
        Matcher own = OWN_SCHOOL_WITH.matcher(clause);
        Matcher kindOnly = WITH_BODIES_OF_A_KIND.matcher(clause);
        if (own.find()) {
            addBodies(ms, clauseStart + own.start(1), clauseStart + own.end(1), sides);
        } else if (kindOnly.find()) {
            addBodies(ms, clauseStart + kindOnly.start(1), clauseStart + kindOnly.end(1), sides);
        }
        List<EventBuilder> out = new ArrayList<>();
        for (String side : sides) {
            out.add(Event.builder(EventType.SIGNING).parties(List.of(side)).agreement(kind).title(title).date(date)
                    .evidence(new Span(ms.sentence().start(), ms.sentence().end())));
        }
        return out;
    }

    /** Each organisation in the span, by its party name (a government is its place); none if any slot is no body. */
    private static void addBodies(MaskedSentence ms, int from, int to, List<String> sides) {
        List<MaskedSentence.Slot> slots = ms.slots(from, to);
        for (MaskedSentence.Slot s : slots) {
            if (s.entity().type() != EntityType.ORGANIZATION) {
                sides.clear();
                return;
            }
            String name = SigningExtractor.partyName(s);
            if (!sides.contains(name)) {
                sides.add(name);
            }
        }
    }
}
