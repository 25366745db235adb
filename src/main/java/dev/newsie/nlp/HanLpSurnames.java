package dev.newsie.nlp;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;

import java.util.HashSet;
import java.util.Set;

/**
 * Family names from HanLP's person-role dictionary (data/dictionary/person/nr.txt, learnt from the People's
 * Daily corpus): a character is taken when it was seen as a family name (role B) often enough and in a fair
 * share of its uses, so rarer names (尤, 应, 习, 傅) are known while characters that begin names only by
 * accident (友, 水, 向 as a preposition) are not.
 */
public final class HanLpSurnames {
    /** Least number of times the character was seen as a family name. */
    static final int MIN_COUNT = 50;
    /** Least share of its uses in names that the character was a family name. */
    static final double MIN_SHARE = 0.2;

    private HanLpSurnames() {
    }

    /** Every CJK unified ideograph that HanLP's dictionary reads as a family name by the thresholds above. */
    public static Set<String> characters() {
        Set<String> out = new HashSet<>();
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            String s = String.valueOf(c);
            if (isSurname(PersonDictionary.dictionary.get(s))) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isSurname(EnumItem<NR> item) {
        if (item == null) {
            return false;
        }
        int b = item.getFrequency(NR.B);
        int total = item.labelMap.values().stream().mapToInt(Integer::intValue).sum();
        return b >= MIN_COUNT && b >= MIN_SHARE * total;
    }
}
