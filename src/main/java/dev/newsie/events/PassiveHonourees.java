package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 全国政协委员、实业家甲,乙公司主席丙,现任丁公司顾问的戊·己被授予“X”称号: the people, each after their titles, in
 * the comma-separated subjects of 被授予 — the names the recogniser found, else a transliterated name or a Chinese
 * name (opening with a family name) right after a calling.
 */
final class PassiveHonourees {
    private PassiveHonourees() {
    }

    /** The passive verb right before the award's name. */
    private static final Pattern PASSIVE = Pattern.compile("被授予[“\"「『]?$");

    /**
     * 包括甲、乙等5名人士以及丙国前部长丁在内的9人,被授予: the honoured are counted, and the named among them are
     * every person inside 包括…在内 (the count says the list is of those honoured, whatever its groupings).
     */
    private static final Pattern INCLUDED = Pattern.compile("包括([^。;；]{1,200}?)在内的[^。;；,，Ⓡ]{0,20}[,，]?\\s*$");

    private static final Pattern PERSON_LAST = Pattern.compile("Ⓡ(?:先生|女士|博士|教授)?$");

    /** 顾问的甲·乙 / 专家甲·乙: a transliterated name after the word that ends its description. */
    private static final Pattern TRANSLITERATED_LAST = Pattern.compile(
            "(?:的|家|师|员|人|长|问|事|裁|席|授|士)((?!的)[\\p{IsHan}]{1,5}(?:[·•][\\p{IsHan}]{1,8})+)$");

    /**
     * The calling a Chinese name may follow directly (实业家, 工程师, 董事长, 委员) or after 的, when the calling closes
     * a relative clause (现任甲公司董事的乙).
     */
    private static final Pattern CALLING = Pattern.compile(
            "(?:家|师|员|顾问|主席|委员|会长|董事长|董事|总裁|经理|议员|议长|市长|大使|领事|教授|博士|院士|校长|院长|主任)的?$");

    /** The people before 被授予 that ends at {@code award} (masked offsets, from {@code clause}); empty if none. */
    static List<String> before(MaskedSentence ms, int clause, int award) {
        String m = ms.masked();
        Matcher p = PASSIVE.matcher(m.substring(clause, award));
        if (!p.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int end = clause + p.start();
        Matcher inc = INCLUDED.matcher(m.substring(clause, end));
        if (inc.find()) {
            for (MaskedSentence.Slot s : ms.slots(clause + inc.start(1), clause + inc.end(1))) {
                if (s.entity().type() == EntityType.PERSON && !out.contains(s.entity().name())) {
                    out.add(s.entity().name());
                }
            }
            return out;
        }
        while (end > clause) {
            int start = Math.max(clause, Math.max(m.lastIndexOf(',', end - 1), m.lastIndexOf('，', end - 1)) + 1);
            String name = nameEnding(ms, start, end);
            if (name == null) {
                break;
            }
            out.add(0, name);
            end = start - 1;
        }
        return out;
    }

    /** The person an entry (its titles, then the name) ends with; null when it ends with no name. */
    private static String nameEnding(MaskedSentence ms, int start, int end) {
        String item = ms.masked().substring(start, end).strip();
        if (item.isEmpty()) {
            return null;
        }
        if (PERSON_LAST.matcher(item).find()) {
            List<MaskedSentence.Slot> in = ms.slots(start, end);
            MaskedSentence.Slot last = in.isEmpty() ? null : in.get(in.size() - 1);
            return last != null && last.entity().type() == EntityType.PERSON ? last.entity().name() : null;
        }
        if (item.indexOf(MaskedSentence.PERSON) >= 0) {
            return null;
        }
        int from = ms.textOffset(end - item.length()) - ms.sentence().start();
        int to = ms.textOffset(end - 1) - ms.sentence().start() + 1;
        String raw = ms.sentence().text().substring(Math.max(0, from), to);
        Matcher t = TRANSLITERATED_LAST.matcher(raw);
        if (t.find()) {
            return t.group(1);
        }
        for (int k = 3; k >= 2; k--) {
            if (raw.length() > k) {
                String name = raw.substring(raw.length() - k);
                if (name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        && BareListEntry.hasSurname(name) && CALLING.matcher(raw.substring(0, raw.length() - k)).find()) {
                    return name;
                }
            }
        }
        return null;
    }
}
