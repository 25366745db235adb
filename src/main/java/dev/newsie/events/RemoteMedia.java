package dev.newsie.events;

/**
 * The words of a remote medium an act is held through (视频, Taiwan's 视讯, 线上, 云端 …), after conversion to Simplified
 * script: one list for the forum held online ({@link OnlineSessions}), the medium between a signer and the verb
 * ({@link SigningPairs#MEDIUM}) and the clause that only says how a signing was held ({@link MannerClause}), so
 * that a word the genre adds is known to all three.
 */
final class RemoteMedia {
    /** Regular-expression alternation of the media words, without a group. */
    static final String WORDS = "视频|视讯|线上|在线|网上|网络|网路|远程|远距|云端|云上";

    private RemoteMedia() {
    }
}
