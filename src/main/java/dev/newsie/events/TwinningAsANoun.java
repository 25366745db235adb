package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * A twinning verb used as a noun names the twinning as a topic, not an act told: 双方对两市缔盟一事表示…, 加速两市缔盟
 * 期程, 为两市结盟留下佳话 (the matter, the schedule of, a tale for the twinning). Told so, the twinning is being
 * discussed, hoped for or praised, and GOLD.md §7 makes only an act told an event. Two shapes mark the noun: a head
 * noun right after the verb that it modifies (一事, 事宜, 期程), the verb with its object modifying such a noun through
 * 的 (做好缔结友好城市关系的相关准备, 提起结为友好城市的意愿, 借着缔结友城的契机: the preparation, wish or occasion of a
 * twinning), or a preposition opening the clause whose object the sides and the verb are (对, 就, 关于, 为 + 两市 + 缔盟).
 */
final class TwinningAsANoun {
    private TwinningAsANoun() {
    }

    /** 一事, 之事, 事宜 (the matter), 期程, 时程, 进程 (the schedule or course): nouns a twinning verb modifies. */
    private static final Pattern HEAD_NOUN_AFTER = Pattern.compile("(?:的)?(?:一事|之事|事宜|期程|时程|进程)");

    /**
     * 缔结友好城市关系的相关准备, 结为友好城市的意愿, 缔结友城的契机: the verb and its object (no other 的, no break) before 的
     * and a noun of preparing, wishing or occasion, which the twinning only qualifies. The noun ends the phrase: 的意向协议,
     * 的意向书 name a document signed.
     */
    private static final Pattern OBJECT_THEN_HEAD_NOUN = Pattern.compile(
            "[^,，。;；:：的ⓅⓄⓇ]{0,12}的(?:相关|有关|各项)?(?:前期)?(?:准备|筹备|意愿|愿望|意向|契机|机会|事宜|手续|程序|进程)"
                    + "(?=$|[,，。;；:：、!！?？)）”」]|工作|[和与及并而])");

    /** 对/就/关于/为 opening the clause, then only the sides (places, 两市, 双方) before the verb. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "^(?:对于|对|就|关于|为)(?:[ⓅⓄ与和同及、]|两市|两地|两县|两乡|两镇|两城|双方|彼此)+(?:之间)?(?:正式)?$");

    /**
     * Whether the signing verb at {@code verb} (start, end) of the masked sentence is used as a noun. Only a verb of
     * twinning ({@code TWINNING_VERB} of models/events/lexicon.tsv) is spoken of as a wish or a thing to prepare.
     */
    static boolean nominal(String m, int[] verb, EventLexicon lexicon) {
        if (HEAD_NOUN_AFTER.matcher(m).region(verb[1], m.length()).lookingAt()
                || (lexicon.isWord(EventLexicon.Role.TWINNING_VERB, m.substring(verb[0], verb[1]))
                && OBJECT_THEN_HEAD_NOUN.matcher(m).region(verb[1], m.length()).lookingAt())) {
            return true;
        }
        int start = SigningExtractor.clauseStart(m, verb[0]);
        return PREPOSITION_BEFORE.matcher(m.substring(start, verb[0])).matches();
    }
}
