package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.entities.CountryAbbreviations;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of an undated page read from a jubilee of China's relations with another country that it marks
 * (纪念中法建交60周年, 迎来中国与越南建交70周年之际, 适逢某条约签订30周年), or of a national milestone
 * (今年是改革开放40周年): city diplomacy times its exchanges to these jubilees, so the page is written in the start
 * year plus the years counted. Start years come
 * from {@code models/events/diplomatic-jubilees.tsv}, countries' one-character abbreviations from
 * {@code models/country-abbreviations.tsv}. Reads text; writes nothing.
 */
final class DiplomaticJubilee {
    private static final class Table {
        static final Map<String, Integer> START = new HashMap<>();
        static final Pattern JUBILEE;

        static {
            List<String> countries = new ArrayList<>();
            List<String> treaties = new ArrayList<>();
            List<String> national = new ArrayList<>();
            for (ModelFile.Row r : ModelFile.read("events/diplomatic-jubilees.tsv", 3)) {
                START.put(r.get(1), Integer.valueOf(r.get(2)));
                (r.get(0).equals("TREATY") ? treaties : r.get(0).equals("NATIONAL") ? national : countries).add(r.get(1));
            }
            StringBuilder abbreviations = new StringBuilder();
            CountryAbbreviations.load().countries().forEach((c, country) -> {
                if (START.containsKey(country)) {
                    START.put(String.valueOf(c), START.get(country));
                    abbreviations.append(Pattern.quote(String.valueOf(c)));
                }
            });
            // 中法 / 中国与法国 (两国) 建交, 中X邦交正常化, 《某条约》缔结, then the years counted
            JUBILEE = Pattern.compile("(?:中(?<abbr>[" + abbreviations + "])|中国(?:与|同|和)(?<full>" + WordAlternation.of(countries) + "))"
                    + "(?:两国)?(?:正式)?(?:建交|建立外交关系|邦交正常化)(?<n>\\d{1,3})周年"
                    + "|《?(?<treaty>" + WordAlternation.of(treaties) + ")》?(?:缔结|签订|签署)?(?<tn>\\d{1,3})周年"
                    // a national milestone (香港回归祖国25周年), not a medal or honour named for its jubilee, given years later
                    // (获庆祝某某70周年纪念章), nor the years since it (改革开放40周年以来)
                    + "|(?<national>" + WordAlternation.of(national) + ")(?:祖国)?(?<nn>\\d{1,3})周年(?!纪念章|纪念奖章|以来|来)");
        }
    }

    private DiplomaticJubilee() {
    }

    /** The year the jubilees a text marks fall in; null when it marks none, or two that disagree. */
    static String year(String text) {
        Integer year = null;
        Matcher m = Table.JUBILEE.matcher(text);
        while (m.find()) {
            if (JubileeInAnotherYear.before(text, m.start())) {
                continue; // 明年,两地将庆祝中法建交60周年: a jubilee to come dates nothing
            }
            String party = m.group("abbr") != null ? m.group("abbr") : m.group("full") != null ? m.group("full")
                    : m.group("treaty") != null ? m.group("treaty") : m.group("national");
            int y = Table.START.get(party) + Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("tn") != null ? m.group("tn") : m.group("nn"));
            if (year != null && year != y) {
                return null;
            }
            year = y;
        }
        return year == null ? null : String.valueOf(year);
    }
}
