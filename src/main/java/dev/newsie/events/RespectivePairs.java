package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 分别 ("respectively") pairs two lists item by item: 甲市、乙市分别为丙区和丁区的姊妹市 states 甲—丙 and 乙—丁, not
 * four relations nor a hub. The RESPECTIVE rows of {@code models/events/relation-patterns.tsv} give the two lists
 * (groups 1 and 2); the lists pair only when they name as many places, each list item a chain whose last place is
 * the party. An item may carry a bracket after it — a Latin gloss (City of X) or the date the pair was joined,
 * which is the relation's start (乙市(1996年4月18日)).
 */
final class RespectivePairs {
    /** One party with what follows it up to the next: a chain of place slots and an optional bracket. */
    private static final Pattern ITEM = Pattern.compile("Ⓟ+(?:市|县|区|镇|乡|町|村|州|省)?(?:[(（]([^()（）]{1,40})[)）])?");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?$");

    /** A pair and the date it began, if its bracket gives one. */
    record Pair(String a, String b, String since) {
    }

    private RespectivePairs() {
    }

    static List<Pair> pairs(MaskedSentence ms, Matcher m) {
        List<Item> left = items(ms, m.start(1), m.end(1)), right = items(ms, m.start(2), m.end(2));
        List<Pair> out = new ArrayList<>();
        if (left.size() < 2 || left.size() != right.size()) {
            return out;
        }
        for (int i = 0; i < left.size(); i++) {
            String a = left.get(i).name(), b = right.get(i).name();
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String since = right.get(i).since() != null ? right.get(i).since() : left.get(i).since();
            out.add(new Pair(a, b, since));
        }
        return out;
    }

    private record Item(String name, String since) {
    }

    /** The list's items in masked range [from, to): each chain's last place that is no country, and its bracket date. */
    private static List<Item> items(MaskedSentence ms, int from, int to) {
        List<Item> out = new ArrayList<>();
        Matcher m = ITEM.matcher(ms.masked()).region(from, to);
        while (m.find()) {
            int chainEnd = m.start();
            while (chainEnd < m.end() && ms.masked().charAt(chainEnd) == MaskedSentence.PLACE) {
                chainEnd++;
            }
            MaskedSentence.Slot last = ms.lastPlace(m.start(), chainEnd);
            String name = last == null || last.entity().type() == EntityType.COUNTRY ? null : last.entity().name();
            out.add(new Item(name, m.group(1) == null ? null : date(m.group(1))));
        }
        return out;
    }

    private static String date(String bracket) {
        Matcher d = DATE.matcher(bracket.trim());
        if (!d.matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(d.group(1));
        if (d.group(2) != null) {
            sb.append('-').append(pad(d.group(2)));
            if (d.group(3) != null) {
                sb.append('-').append(pad(d.group(3)));
            }
        }
        return sb.toString();
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
