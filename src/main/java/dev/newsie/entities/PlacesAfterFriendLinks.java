package dev.newsie.entities;

/**
 * A listed two-character place written right after a word for its standing (深化同友城某某的合作, 访问姊妹市某某): a
 * mention, whatever words the segmenter reads across it.
 *
 * <p>Why: the genre names a partner by its standing and its bare name (与友城乙开展交流), and the segmenter often joins
 * the standing's last character to the name (城乙) or the name to the particle after it; the standing word is what tells
 * that a place follows, so the segmenter's reading, which guards two-character names elsewhere, does not decide here.
 */
final class PlacesAfterFriendLinks {
    private PlacesAfterFriendLinks() {
    }

    /** Whether the text right before {@code start} is a friend-city link (友城, 友好城市, 姊妹市, …). */
    static boolean follows(String text, int start) {
        for (String link : PlaceRecognizer.FRIEND_LINKS) {
            if (start >= link.length() && text.startsWith(link, start - link.length())) {
                return true;
            }
        }
        return false;
    }
}
