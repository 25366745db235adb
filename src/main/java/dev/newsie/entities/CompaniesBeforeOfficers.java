package dev.newsie.entities;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company named before the title of its officer, where the officer's name follows the title or the pair stands in
 * brackets after his name (甲会长、青松电力董事长某某; 某某(白鹤制铁董事长)): only a company has a 董事长, 总裁 or
 * 总经理, so the word between a separator and such a title is a company's name, though it ends in no head noun (brand
 * names: 某某电力, 某某控股, 某某制铁). A place, a clause (…的, 他是…), a unit inside a company (销售部, 中国区) names
 * none; a word ending in a company's head noun (某某集团, 该公司) is left to the head-noun rules.
 */
final class CompaniesBeforeOfficers {
    /**
     * A separator (punctuation, an opening bracket, a conjunction), two to six letters, a company officer's title, and
     * then a name or a closing bracket.
     */
    private static final Pattern OFFICER = Pattern.compile(
            "(?:^|(?<=[、，,。；;：:（(\\s]))([\\p{IsHan}A-Za-z]{2,6}?)(?:副)?(?:董事长|总裁|总经理|首席执行官)(?=[)）]|([\\p{IsHan}·]{2,}))");
    /**
     * Characters that make the run a clause or a title rather than a name, and ends that are a unit inside a company
     * (销售部, 中国区, 营销中心) or a head noun the head-noun rules read (某某集团, 该公司, 两家公司).
     */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            ".*(?:[的是在有为任原前及和与由]|现任|担任|兼|名誉|执行|常务).*|.*(?:[部处科室区]|中心|公司|集团|企业)");

    private CompaniesBeforeOfficers() {
    }

    /** Companies before an officer's title whose name follows or whose bracket closes. */
    static List<Candidate> recognize(String text, List<Candidate> places, List<Candidate> people) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = OFFICER.matcher(text);
        while (m.find()) {
            int start = m.start(1), end = m.end(1);
            String name = m.group(1);
            if (NOT_A_NAME.matcher(name).matches()) {
                continue;
            }
            if (m.group(2) != null) {
                int after = m.start(2);
                if (people.stream().noneMatch(p -> p.start() == after)) {
                    continue; // 某某董事长表示: the title must name its holder
                }
            }
            if (places.stream().anyMatch(p -> p.start() == start && p.end() == end)) {
                continue;
            }
            if (people.stream().anyMatch(p -> p.start() < end && start < p.end())) {
                continue; // 王某董事长: a person before his own title
            }
            out.add(new Candidate(start, end, EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN));
        }
        return out;
    }
}
