package dev.newsie.events;

import dev.newsie.model.EventBuilder;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Signings a report dates to the same day are one ceremony or one visit's round of signings (在甲市,两市签署协议书;
 * 签约仪式上,乙局与丙公司签署…), so a signing whose own sentence names no place took place where its same-day
 * signings did. Only a full day counts (a month or a year spans many places), and only when the dated signings that
 * have a place agree on one (a trip of two stops on one day names two, and then none is given). Only a two-sided
 * signing takes the place: an alliance founded by many places that day (…共同发起成立…联盟) is its own act, not
 * one more document of the ceremony.
 */
final class SameDaySigningPlace {
    private static final int DAY_LENGTH = "2024-05-08".length();

    private SameDaySigningPlace() {
    }

    static void share(List<EventBuilder> signings) {
        for (EventBuilder e : signings) {
            String day = e.date();
            if (e.location() != null || day == null || day.length() != DAY_LENGTH || e.parties() == null || e.parties().size() != 2
                    || "ALLIANCE".equals(e.build().agreement())) {
                continue;
            }
            Set<String> places = new HashSet<>();
            for (EventBuilder other : signings) {
                if (other != e && day.equals(other.date()) && other.location() != null) {
                    places.add(other.location());
                }
            }
            if (places.size() == 1) {
                e.location(places.iterator().next());
            }
        }
    }
}
