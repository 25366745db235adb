package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A bare name that is both a city and a province or prefecture (吉林, 海南, 福冈, 鹿儿岛) names the province when
 * it is listed among provinces: beside a province in a list (陕西和吉林, 鹿儿岛、山口、冲绳) or in a list closed by
 * 等N个省 (天津、吉林等2个省、直辖市), and when it opens a chain right before a city (海南三亚市). Elsewhere the bare name
 * stays a city, as {@link ListedPlaceChoice} reads it.
 */
final class ListedProvinces {
    /** What joins two items of one list. */
    private static final List<String> JOINERS = List.of("、", "和", "及", "与", "以及");
    /** An item no table knows between two listed ones (鹿儿岛、山口、冲绳): the list goes on across it. */
    private static final Pattern UNREAD_ITEM = Pattern.compile("、\\p{IsHan}{2,3}、");
    /**
     * A list closed as a count of provinces: 等2个省, 等十个省、直辖市, 等省; or a count of prefectures right after the
     * list, whose suffix belongs to every item (京都、大阪两府, 奈良、德岛两县, 山口和大分2县: 京都府, 大阪府 …).
     */
    private static final Pattern PROVINCE_COUNT = Pattern.compile(
            "^(?:等(?:[0-9一二两三四五六七八九十]+个?)?省|[0-9二两三四五六七八九十]+个?(?:省|县|縣|府|道)(?![市区]))");
    /** Suffixes under which a province of the same bare name is listed (吉林省, 福冈县, 京都府). */
    private static final List<String> PROVINCE_SUFFIXES = List.of("省", "县", "府", "道");

    private ListedProvinces() {
    }

    /** The candidates, with every listed city that the list shows to be a province retyped as that province. */
    static List<Candidate> apply(String text, List<Candidate> candidates, Gazetteer gazetteer) {
        List<Candidate> out = new ArrayList<>(candidates);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).type().isPlace()) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Integer.compare(out.get(a).start(), out.get(b).start()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < order.size(); k++) {
                Candidate c = out.get(order.get(k));
                Place province = c.type() == EntityType.CITY && isBare(text, c) ? provinceOf(c.name(), gazetteer) : null;
                if (province == null) {
                    continue;
                }
                boolean listedWithProvince = (k > 0 && joined(text, out.get(order.get(k - 1)), c) && out.get(order.get(k - 1)).type() == EntityType.PROVINCE)
                        || (k + 1 < order.size() && joined(text, c, out.get(order.get(k + 1))) && out.get(order.get(k + 1)).type() == EntityType.PROVINCE)
                        || closedAsProvinces(text, out, order, k)
                        || BarePrefecturesAfterSuffixedOnes.follows(text, out, order, k, name -> provinceOf(name, gazetteer))
                        || (k + 1 < order.size() && headsAChain(c, out.get(order.get(k + 1))));
                if (listedWithProvince) {
                    out.set(order.get(k), new Candidate(c.start(), c.end(), EntityType.PROVINCE, province.name(),
                            province.country(), c.source()));
                    changed = true;
                }
            }
        }
        out.addAll(BarePrefecturesAfterSuffixedOnes.unreadItems(text, out, name -> provinceOf(name, gazetteer)));
        return out;
    }

    /** The name is written bare, without a suffix of its own (吉林, not 吉林市). */
    static boolean isBare(String text, Candidate c) {
        return text.substring(c.start(), c.end()).equals(c.name());
    }

    /** The province or prefecture of that very name, or null. */
    private static Place provinceOf(String name, Gazetteer gazetteer) {
        List<Place> entries = new ArrayList<>(gazetteer.lookup(name));
        for (String s : PROVINCE_SUFFIXES) {
            entries.addAll(gazetteer.lookup(name + s));
        }
        return entries.stream().filter(p -> p.type() == EntityType.PROVINCE && p.name().equals(name) && !p.weak())
                .findFirst().orElse(null);
    }

    /**
     * 海南海口市, 吉林长春市, 鹿儿岛雾岛市: a bare name written right against a city, with nothing between, opens an
     * administrative chain — the division the city lies in — so it is the province, not a city beside a city.
     */
    private static boolean headsAChain(Candidate c, Candidate next) {
        return next.start() == c.end() && next.type() == EntityType.CITY;
    }

    static boolean joined(String text, Candidate a, Candidate b) {
        if (b.start() < a.end()) {
            return false;
        }
        String between = text.substring(a.end(), b.start());
        return JOINERS.contains(between) || UNREAD_ITEM.matcher(between).matches();
    }

    /** The list holding item {@code k} is followed by 等N个省. */
    private static boolean closedAsProvinces(String text, List<Candidate> out, List<Integer> order, int k) {
        int last = k;
        while (last + 1 < order.size() && joined(text, out.get(order.get(last)), out.get(order.get(last + 1)))) {
            last++;
        }
        int end = out.get(order.get(last)).end();
        return PROVINCE_COUNT.matcher(text.substring(end, Math.min(text.length(), end + 8))).find();
    }
}
