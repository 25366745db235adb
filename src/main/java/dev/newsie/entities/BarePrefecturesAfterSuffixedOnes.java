package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of bare names, each a prefecture's or province's name, written right after prefectures named with their
 * suffix (甲县与乙县结好的城市增至十余组,丙县也首次缔结,丁、戊、己等地交流亦不断扩大): the writer has set the level
 * in the clause before and drops the suffix, so the bare items are prefectures too, even where a city of the same
 * name exists (the capital city most prefectures share their name with). The list's first item, which no table reads
 * as a place on its own (a name that is also a surname), is taken in as a prefecture when the rest of the list is.
 * A bare list with no suffixed prefecture just before it is left to {@link ListedPlaceChoice} (cities).
 */
final class BarePrefecturesAfterSuffixedOnes {
    /** The most characters between the suffixed prefecture and the bare list: the rest of its clause and the next's start. */
    private static final int MAX_GAP = 30;
    /** Sentence ends: the suffixed prefecture may stand one sentence before the list, not two. */
    private static final String SENTENCE_ENDS = "。！？!?";
    /** A bare first item before the list's first read item: two or three characters after a clause break, then 、. */
    private static final Pattern LEADING_ITEM = Pattern.compile("(?:^|[。，,；;：:\\n])(\\p{IsHan}{2,3})、$");

    private BarePrefecturesAfterSuffixedOnes() {
    }

    /**
     * Whether item {@code k} (an index into {@code order}, the place candidates by position) is in a list of at least two
     * bare names that all have a province reading, and a province of the same country written with its suffix stands
     * just before the list, within {@link #MAX_GAP} characters.
     */
    static boolean follows(String text, List<Candidate> out, List<Integer> order, int k, Function<String, Place> provinceOf) {
        int first = k;
        while (first > 0 && ListedProvinces.joined(text, out.get(order.get(first - 1)), out.get(order.get(first)))) {
            first--;
        }
        int last = k;
        while (last + 1 < order.size() && ListedProvinces.joined(text, out.get(order.get(last)), out.get(order.get(last + 1)))) {
            last++;
        }
        if (last == first || first == 0) {
            return false;
        }
        Place own = provinceOf.apply(out.get(order.get(k)).name());
        if (own == null || own.country() == null) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            Candidate item = out.get(order.get(i));
            Place p = provinceOf.apply(item.name());
            if (!ListedProvinces.isBare(text, item) || p == null || !own.country().equals(p.country())) {
                return false;
            }
        }
        int listStart = out.get(order.get(first)).start();
        for (int j = first - 1; j >= 0 && closeBefore(text, out.get(order.get(j)).end(), listStart); j--) {
            Candidate before = out.get(order.get(j));
            if (before.type() == EntityType.PROVINCE && !ListedProvinces.isBare(text, before) && own.country().equals(before.country())) {
                return true; // a place of another country between (…也首次与乙省缔结,) does not break the reach
            }
        }
        return false;
    }

    /** Within one clause's reach: no paragraph break, at most one sentence end, at most {@link #MAX_GAP} characters. */
    private static boolean closeBefore(String text, int from, int to) {
        if (to < from || to - from > MAX_GAP) {
            return false;
        }
        String gap = text.substring(from, to);
        long ends = gap.chars().filter(ch -> SENTENCE_ENDS.indexOf(ch) >= 0).count();
        return gap.indexOf('\n') < 0 && ends <= 1;
    }

    /**
     * Provinces for the unread first items of lists already read as bare prefectures (丁 in 丁、戊、己 when 戊 and 己 are
     * prefectures): the name must be a province of the same country in the gazetteer.
     */
    static List<Candidate> unreadItems(String text, List<Candidate> out, Function<String, Place> provinceOf) {
        List<Candidate> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(Candidate::start));
        List<Candidate> added = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            boolean listHead = i == 0 || !ListedProvinces.joined(text, sorted.get(i - 1), c);
            if (c.type() != EntityType.PROVINCE || !ListedProvinces.isBare(text, c) || !listHead) {
                continue;
            }
            Matcher m = LEADING_ITEM.matcher(text.substring(Math.max(0, c.start() - 5), c.start()));
            if (!m.find()) {
                continue;
            }
            int start = Math.max(0, c.start() - 5) + m.start(1);
            int end = Math.max(0, c.start() - 5) + m.end(1);
            Place p = provinceOf.apply(m.group(1));
            boolean free = sorted.stream().noneMatch(o -> o.start() < end && start < o.end());
            if (p != null && p.country() != null && p.country().equals(c.country()) && free) {
                added.add(new Candidate(start, end, EntityType.PROVINCE, p.name(), p.country(), Candidate.Source.PATTERN));
            }
        }
        return added;
    }
}
