package dev.newsie.events;

/**
 * The manner adverbs written between a place (or a venue) and the verb that says an event was held there (在甲市隆重举行,
 * 在乙会堂盛大举办): they are no part of the place's or the venue's name and do not move the event elsewhere.
 */
final class AdverbsOfHolding {
    private AdverbsOfHolding() {
    }

    /** An optional adverb right before 举行/举办/召开: a regex fragment. */
    static final String BEFORE_HOLDING = "(?:隆重|盛大|正式|顺利|成功|圆满|如期|同时)?";
}
