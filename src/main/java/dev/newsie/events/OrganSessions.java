package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 第三届理事会第二次全体会议, 执行局会议, 董事年会: a meeting named only by the organ that holds it — an organisation's
 * governing organ of {@code models/org-organs.tsv} (理事会, 执行局, 董事会…), or its members (董事, 理事: the organ
 * without its 会), with at most the organ's term before it (第三届, 新一届) and the session's number after (第一次, 首次,
 * 全体). Why: such a name says which statutory session of an organ met, not which event was held; with no body named it
 * names no forum (GOLD.md §3 lists forums, conferences, congresses, dialogues, summits and assemblies by their names),
 * as 人大常委会第三次会议 names none. A body named before the organ (甲联合会理事会会议) is not matched here.
 * Read once; immutable.
 */
final class OrganSessions {
    private static final String NUMERAL = "[0-9一二三四五六七八九十百零〇]+";
    private static final Pattern ORGAN_ALONE = Pattern.compile("^(?:\\d{4}年?)?(?:第" + NUMERAL + "届|新一届|首届)?"
            + WordAlternation.of(organsAndTheirMembers())
            + "(?:第" + NUMERAL + "次|首次)?(?:全体|年度|扩大)?$");

    private OrganSessions() {
    }

    private static List<String> organsAndTheirMembers() {
        List<String> words = new ArrayList<>();
        for (ModelFile.Row r : ModelFile.read("org-organs.tsv", 1)) {
            String organ = r.get(0);
            words.add(organ);
            if (organ.length() > 2 && organ.endsWith("会")) {
                words.add(organ.substring(0, organ.length() - 1)); // 董事会 → 董事: the board's members (董事年会)
            }
        }
        return words;
    }

    /** Whether a forum head's modifier names only an organ's session (第三届理事会第二次全体 before 会议). */
    static boolean organAlone(String modifier) {
        return ORGAN_ALONE.matcher(modifier).matches();
    }
}
