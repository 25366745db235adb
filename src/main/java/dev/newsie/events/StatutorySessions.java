package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.text.WordAlternation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Meetings named as statutory sessions, which meet by rule, not as forums of city diplomacy (GOLD.md §3 lists forums,
 * conferences, congresses, dialogues, summits and assemblies by their names), and which a page names as the occasion
 * of a decision or as background:
 * <ul>
 * <li>the sessions of a party's or a legislature's own organs: a congress (全国代表大会, 人民代表大会), a numbered session
 * of its standing committee or of a political consultative conference (常委会第三十次会议), a numbered plenary
 * (第一次全体会议);</li>
 * <li>a meeting named only by an organisation's governing organ of {@code models/org-organs.tsv} (理事会, 执行局,
 * 董事会…) or its members (董事, 理事: the organ without its 会), with at most the organ's term before it (第三届,
 * 新一届) and the session's number after (第一次, 首次, 全体): 第三届理事会第二次全体会议, 执行局会议, 董事年会. With no
 * body named it says which organ met, not which event was held; a body named before the organ (甲联合会理事会会议)
 * is not matched.</li>
 * </ul>
 * Read once; immutable.
 */
final class StatutorySessions {
    private static final String NUMERAL = "[0-9一二三四五六七八九十百零〇]+";
    private static final Pattern OWN_ORGANS_SESSION = Pattern.compile(
            "(?:全国代表大会|人民代表大会|党代会)$|(?:常委会|常务委员会|政协).*第" + NUMERAL + "次(?:全体)?会议$"
                    + "|^第" + NUMERAL + "次全体会议$");
    private static final Pattern ORGAN_ALONE = Pattern.compile("^(?:\\d{4}年?)?(?:第" + NUMERAL + "届|新一届|首届)?"
            + WordAlternation.of(organsAndTheirMembers())
            + "(?:第" + NUMERAL + "次|首次)?(?:全体|年度|扩大)?$");

    private StatutorySessions() {
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

    /**
     * Whether the meeting {@code name} is a statutory session; {@code modifier} is what stands before its forum head
     * (null when it has none).
     */
    static boolean isStatutory(String name, String modifier) {
        return OWN_ORGANS_SESSION.matcher(name).find() || modifier != null && organAlone(modifier);
    }

    /** Whether a forum head's modifier names only an organ's session (第三届理事会第二次全体 before 会议). */
    static boolean organAlone(String modifier) {
        return ORGAN_ALONE.matcher(modifier).matches();
    }
}
