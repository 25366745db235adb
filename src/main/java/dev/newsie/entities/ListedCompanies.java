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
 * Companies named in a 、-list closed by 等…企业 (甲、乙、丙等世界500强企业): the closing noun says what every item is,
 * so the items are companies whatever their names end in (brand names carry no head noun: 某某电器, 某某快递). A list
 * of kinds of enterprise (国有、民营等企业; {@code models/enterprise-kinds.tsv}) or of places (某市、某县等地企业) names
 * none.
 */
final class ListedCompanies {
    /**
     * A 、-list, 等, at most eight characters that grade the companies (世界500强, 知名, 多家) and say nothing of place
     * (的, 地, 国, 省, 市, 城), and the noun of companies; 企业家 and 企业界 are people and a sector, not companies.
     */
    private static final Pattern LIST = Pattern.compile(
            "((?:[^、，,。；;：:！？!?\\s“”\"（）()]{1,14}、)+[^、，,。；;：:！？!?\\s“”\"（）()]{1,14})等[\\p{IsHan}\\d&&[^的地国省市城]]{0,8}?"
                    + "(?:企业|公司|集团|巨头|厂商|车企)(?![家界主])");
    /**
     * What opens the list's clause before a company: a verb of including (包括, 例如, 诸如, 比如, 如), of holding a post
     * (现任, 担任, 曾任, 兼任: 现任甲、乙等公司董事) or of visiting (考察, 参观, 走访, 调研: 考察甲、乙等大型企业).
     */
    private static final Pattern OPENING = Pattern.compile("(?:.*(?:包括|例如|诸如|比如|其中有|如|现任|担任|曾任|兼任|考察|参观|走访|调研))?(.+)");
    /** Longest first item taken without an including verb: a longer one is a clause, not a name. */
    private static final int MAX_BARE_FIRST = 6;
    private static final int MIN_NAME = 2, MAX_NAME = 10;

    private final Set<String> kinds;

    ListedCompanies(Set<String> kinds) {
        this.kinds = Set.copyOf(kinds);
    }

    static ListedCompanies load() {
        return new ListedCompanies(ModelFile.read("enterprise-kinds.tsv", 1).stream().map(r -> r.get(0)).collect(Collectors.toSet()));
    }

    /** The companies of every such list; a list with a kind of enterprise or a place among its items gives none. */
    List<Candidate> recognize(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        // the list holds no ，。；： or space and needs 、 and 等: only the stretches between those marks that hold both can match
        for (int[] stretch : Stretches.holding(text, "，,。；;：:！？!?“”\"（）()" + Stretches.WHITESPACE, "、等")) {
            Stretches.on(m, stretch);
            while (m.find()) {
                List<Candidate> found = new ArrayList<>();
                boolean kindsOrPlaces = false;
                List<ListItem> items = ListItem.of(m, 1);
                for (int k = 0; k < items.size(); k++) {
                    String item = items.get(k).text();
                    int from = items.get(k).start();
                    Matcher f = OPENING.matcher(item);
                    if (f.matches() && f.start(1) > 0) {
                        found.clear(); // 前大使、现任甲、乙等公司董事: the companies start after the verb; what came before is a title
                        kindsOrPlaces = false;
                        from += f.start(1);
                        item = f.group(1);
                    } else if (k == 0 && item.length() > MAX_BARE_FIRST) {
                        continue; // 该郡聚集了…: the clause before the first company
                    }
                    int start = from, end = from + item.length();
                    if (kinds.contains(item) || places.stream().anyMatch(p -> p.start() == start && p.end() == end)) {
                        kindsOrPlaces = true;
                    }
                    if (item.length() >= MIN_NAME && item.length() <= MAX_NAME && item.codePoints().allMatch(Character::isLetterOrDigit)) {
                        found.add(new Candidate(start, end, EntityType.ORGANIZATION, item, null, Candidate.Source.PATTERN));
                    }
                }
                if (!kindsOrPlaces && found.size() >= 2) {
                    out.addAll(found);
                }
            }
        }
        return out;
    }
}
