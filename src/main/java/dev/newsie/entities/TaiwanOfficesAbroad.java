package dev.newsie.entities;

import java.util.List;

/**
 * 驻福冈办事处总领事, 驻纽约办事处处长, 驻波士顿办事处: 驻 + a foreign city + 办事处 is how Taiwan names its offices
 * abroad, in the twinning reports of its cities and of the Taiwanese press overseas (who witnessed the signing). A
 * mainland state's missions abroad are 大使馆 and 总领事馆, and its 驻…办事处 are a province's or city's offices at
 * home (驻京办), so the form names one of Taiwan's offices even in a page with no other Taiwan word.
 */
final class TaiwanOfficesAbroad {
    static final String OFFICE = "办事处";

    private TaiwanOfficesAbroad() {
    }

    /** Whether the span from 驻 ({@code start}) to the head {@code 办事处} names only a foreign place before the head. */
    static boolean isOne(String text, int start, int headStart, String head, List<Candidate> places) {
        if (!OFFICE.equals(head) || start >= text.length() || text.charAt(start) != '驻') {
            return false;
        }
        List<Candidate> inside = PlaceSpans.within(places, start + 1, headStart);
        if (inside.isEmpty() || inside.get(0).start() != start + 1 || inside.get(inside.size() - 1).end() != headStart) {
            return false;
        }
        return inside.stream().allMatch(p -> p.type().isPlace() && p.country() != null && !"中国".equals(p.country()));
    }
}
