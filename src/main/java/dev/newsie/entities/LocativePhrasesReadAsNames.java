package dev.newsie.entities;

import dev.newsie.nlp.CoreWords;

/**
 * A "name" that is a phrase of place or time: a noun and the locative postposition that governs it (文中 "in the text",
 * 席间 "at the table", 成员中 "among the members"), alone, after the preposition 于 (于会上表示, 于信中指出), or after the
 * last character of the word before it (代表团 + 成员中). The noun and the locative are words of HanLP's core
 * dictionary (a locative has its nature f, a noun n, a place or time word s or t), and a family name's character
 * opening the phrase (于, 文, 席, 团) is what made it look like a name. Given names that merely end in a locative's
 * character (李建中, 于建中) are left alone: 建 is no noun.
 */
final class LocativePhrasesReadAsNames {
    /** The preposition that also writes a family name (於 of Traditional texts is 于 once converted). */
    private static final char PREPOSITION = '于';

    private LocativePhrasesReadAsNames() {
    }

    /** Whether the person's name {@code name} is a noun with its locative, alone, after 于, or after a word's last character. */
    static boolean isPhrase(String name) {
        int n = name.length();
        if (n < 2 || n > 4 || !name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || !CoreWords.hasNature(name.substring(n - 1), "f")) {
            return false;
        }
        if (n == 2) {
            return CoreWords.hasNature(name, "s", "t", "f", "n"); // 文中, 席间, 会后: the dictionary's word of place or time
        }
        String noun = name.substring(1, n - 1);
        if (name.charAt(0) == PREPOSITION) {
            return CoreWords.hasNature(noun, "n", "vn") || CoreWords.hasNature(name.substring(1), "s", "t"); // 于会中, 于信中; 于会后
        }
        return noun.length() >= 2 && CoreWords.hasNature(noun, "n", "nnt"); // 团 + 成员 + 中
    }
}
