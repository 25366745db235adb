package dev.newsie.text;

/**
 * Which characters a text holds, as a 4,096-bit filter (a character sets bit {@code c mod 4096}): "absent" is
 * certain, "present" may be a collision. Built once per text so that {@link RequiredCharacters} can rule out
 * many patterns for it at a few bit tests each.
 */
public final class CharacterPresence {
    private final long[] bits = new long[64];

    public CharacterPresence(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bits[(c >> 6) & 63] |= 1L << c;
        }
    }

    /** Whether the text may hold {@code c} (false: it certainly does not). */
    public boolean mayHold(char c) {
        return (bits[(c >> 6) & 63] & (1L << c)) != 0;
    }

    /** Whether the text may hold one of {@code chars}. */
    public boolean anyOf(char[] chars) {
        for (char c : chars) {
            if (mayHold(c)) {
                return true;
            }
        }
        return false;
    }
}
