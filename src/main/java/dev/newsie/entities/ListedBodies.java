package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.text.Stretches;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bodies named in a 、-list closed by 等…组织/机构/团体/社团 (与甲国某某协会、乙国某某论坛等友好组织签订…; 由甲国某某协会、
 * 乙国某某联合会等机构组成): the closing noun says what every item is, so an item that opens with a place or country
 * the article names and goes on with words of its own is a body's name, whatever it ends in (论坛, 了解协会, a clipped
 * 经团联). Items that are only a place (甲市、乙市等地方政府机构), a place and a kind of body ({@code
 * models/generic-org-phrases.tsv}: 甲国政府组织) or a place and people (甲国代表团, 乙国人士) name none; nor does an item
 * that opens with no named place (a kind: 民间团体、社会组织等), which the head-noun rules are left to read.
 */
final class ListedBodies {
    private static final String ITEM = "[^、，,。；;：:！？!?\\s“”\"（）()《》]";
    /** A 、-list, 等, at most eight characters that count or grade the bodies (6家, 许多, 友好, 国际), and the noun. */
    private static final Pattern LIST = Pattern.compile(
            "((?:" + ITEM + "{1,24}、)+" + ITEM + "{1,24})等[\\p{IsHan}\\d&&[^的地]]{0,8}?(?:组织|机构|团体|社团)(?![家者])");
    /** What opens the first item's clause before a body: a preposition of partners or makers, or a verb of visiting. */
    private static final Pattern OPENING = Pattern.compile(
            "(?:.*(?:与|同|由|向|包括|例如|诸如|比如|其中有|的有|考察|参观|走访|拜访|拜会|到访|访问|调研))?(.+)");
    /** The last item's conjunction: 甲协会和乙论坛等组织 lists two. */
    private static final Pattern LAST_PAIR = Pattern.compile("(.+?)(?:以及|和|及|与)(.+)");
    /** Words after the place that say people, not a body (甲国代表团, 乙国人士, 丙国企业家). */
    private static final Pattern PEOPLE = Pattern.compile(".*(?:代表团|代表|人士|[者家人员])");
    private static final int MIN_OWN = 2, MAX_NAME = 24;

    private final Set<String> generic;

    ListedBodies(Set<String> generic) {
        this.generic = Set.copyOf(generic);
    }

    static ListedBodies load() {
        return new ListedBodies(ModelFile.read("generic-org-phrases.tsv", 1).stream().map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /** The bodies of every such list that open with a named place and go on with words of their own. */
    List<Candidate> recognize(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        // the list holds no ，。；： or space and needs 、 and 等: only the stretches between those marks that hold both can match
        for (int[] stretch : Stretches.holding(text, "，,。；;：:！？!?“”\"（）()《》" + Stretches.WHITESPACE, "、等")) {
            Stretches.on(m, stretch);
            while (m.find()) {
                List<ListItem> items = ListItem.of(m, 1);
                for (int k = 0; k < items.size(); k++) {
                    String item = items.get(k).text();
                    int from = items.get(k).start();
                    if (k == 0) {
                        Matcher f = OPENING.matcher(item);
                        if (f.matches()) {
                            from += f.start(1);
                            item = f.group(1);
                        }
                    }
                    if (k == items.size() - 1 && items.size() > 1) {
                        Matcher pair = LAST_PAIR.matcher(item);
                        if (pair.matches()) {
                            add(out, text, from, pair.group(1), places);
                            from += pair.start(2);
                            item = pair.group(2);
                        }
                    }
                    add(out, text, from, item, places);
                }
            }
        }
        return out;
    }

    private void add(List<Candidate> out, String text, int start, String item, List<Candidate> places) {
        int end = start + item.length();
        if (item.length() > MAX_NAME || !item.codePoints().allMatch(Character::isLetterOrDigit)) {
            return;
        }
        int own = start;
        for (Candidate p : places) { // the place (or places: 甲国乙州) the name opens with
            if (p.start() == own && p.end() < end) {
                own = p.end();
            }
        }
        if (own == start) {
            return;
        }
        String rest = text.substring(own, end);
        if (rest.length() < MIN_OWN || generic.contains(rest) || PEOPLE.matcher(rest).matches()
                || places.stream().anyMatch(p -> p.end() == end && p.start() >= start)) {
            return;
        }
        out.add(new Candidate(start, end, EntityType.ORGANIZATION, item, null, Candidate.Source.PATTERN));
    }
}
