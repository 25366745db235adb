package dev.newsie.canon;

/**
 * The administrative words most often written right after a place's name, in Chinese and in foreign names alike
 * (甲市, 乙省, 丙州, 丁县, 戊区): where a rule asks whether a name goes on with its place's own level word, or a place
 * and its level open a body's name (甲市教育局), it asks this one set, so the rules cannot drift apart. Rarer levels
 * (镇, 乡, 町, 道, 郡) are read by the rules that need them.
 */
public final class PlaceLevelWords {
    /** 市, 省, 州, 县, 区. */
    public static final String COMMON = "市省州县区";

    private PlaceLevelWords() {
    }

    /** Whether {@code c} is one of the common level words. */
    public static boolean isCommon(char c) {
        return COMMON.indexOf(c) >= 0;
    }
}
