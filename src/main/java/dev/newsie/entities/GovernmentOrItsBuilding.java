package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * 甲市府公布, 甲市府今天举行, 甲市府积极推动: after a place written with its level, Taiwan's clip 府 names the place's
 * government whatever word goes on the clause — a verb, an adverb, a time word. Only two readings make it a building:
 * a word that heads a street's or building's name or places something by it (甲市府路, 甲市府大楼, 甲市府前), and a
 * locative before the place with no pause after 府 (在甲市府举行): the act happens at the building (GOLD.md §2, venues
 * are no entities), unless the locative opens a frame round the body (在甲市府支持下). A government written bare
 * (在市府设宴, 走到市政府门口) is read the same way, its level character standing where the place would.
 * The words are models/government-building-words.tsv.
 */
final class GovernmentOrItsBuilding {
    private static final List<ModelFile.Row> WORDS = ModelFile.read("government-building-words.tsv", 2);
    /** Heads of the names of streets, stations and buildings (路, 大道, 站, 大楼). */
    static final List<String> HEADS = words("HEAD");
    /** The localisers (方位词) that place something by a building (前, 旁, 附近). */
    static final List<String> LOCALISERS = words("LOCALISER");
    /** Locatives that make what follows the place of an act. */
    static final List<String> LOCATIVES = words("LOCATIVE");
    /** Words ending in a locative's character that are no locative (现在, 由于, 得到市政府支持). */
    static final List<String> NOT_LOCATIVES = words("NOT_LOCATIVE");
    /** What closes a frame a locative opens round the body (在市府支持下), which then is the government. */
    static final List<String> FRAME_ENDS = words("FRAME_END");
    /** What pauses a clause after the body, which then stands as a noun of its own (在甲市府,市长…). */
    private static final String PAUSES = ",，。;；:：、!！?？)）」”\n";
    /** 在甲市府的支持下: a possessive after the body makes it a noun the locative frame governs, the government. */
    private static final char POSSESSIVE = '的';
    /** The most characters a locative frame's verb holds between the body and its end (支持, 大力支持, 统一领导). */
    private static final int MAX_FRAME = 6;

    private GovernmentOrItsBuilding() {
    }

    private static List<String> words(String kind) {
        return WORDS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).toList();
    }

    /**
     * Whether the clipped government ending at {@code end}, after a place starting at {@code placeStart}, is the
     * government rather than its building or a street.
     */
    static boolean namesTheGovernment(String text, int placeStart, int end) {
        if (pausesAt(text, end) || text.charAt(end) == POSSESSIVE) {
            return true;
        }
        if (HEADS.stream().anyMatch(w -> text.startsWith(w, end)) || LOCALISERS.stream().anyMatch(w -> localiserAt(text, w, end))) {
            return false;
        }
        return !locativeBefore(text, placeStart) || closesAFrame(text, end);
    }

    private static boolean locativeBefore(String text, int at) {
        return LOCATIVES.stream().anyMatch(w -> at >= w.length() && text.startsWith(w, at - w.length()))
                && NOT_LOCATIVES.stream().noneMatch(w -> at >= w.length() && text.startsWith(w, at - w.length()));
    }

    private static boolean pausesAt(String text, int at) {
        return at >= text.length() || PAUSES.indexOf(text.charAt(at)) >= 0;
    }

    /** 甲市府前, 市府前广场, 市府附近: a localiser, where a one-character one is no word's first (前天, 前往, 后来). */
    private static boolean localiserAt(String text, String localiser, int at) {
        int after = at + localiser.length();
        return text.startsWith(localiser, at) && (localiser.length() > 1 || pausesAt(text, after)
                || HEADS.stream().anyMatch(w -> text.startsWith(w, after)));
    }

    /** 在市府支持下: the clause after the body ends, within a verb's few characters, in a frame's closing word. */
    private static boolean closesAFrame(String text, int end) {
        for (int k = end + 1; k <= Math.min(text.length(), end + MAX_FRAME + 1); k++) {
            final int close = k;
            if (pausesAt(text, k) || k == text.length()) {
                return FRAME_ENDS.stream().anyMatch(w -> close >= w.length() && text.startsWith(w, close - w.length()));
            }
        }
        return false;
    }
}
