package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.List;

/**
 * A place quoted right after the place it lies in (美國加州「某某郡」, 日本某縣“某某町”): the quotes only set the
 * name off, the quoted place is the last link of the administrative chain, so its slot takes the quotes with it and
 * the chain reads on (Ⓟ「Ⓟ」 is masked ⓅⓅ).
 *
 * <p>Why: relation and signing patterns take the last place of a run of Ⓟ as the party; with the quotes left in
 * the mask the run stops before them and the state or province becomes the party instead of the county or town.
 */
final class QuotedPlaceInChain {
    private QuotedPlaceInChain() {
    }

    private static final String OPENING = "「『“";
    private static final String CLOSING = "」』”";

    /**
     * Whether the mention {@code x}, starting one character after {@code pos} (where the mask has reached), is a
     * place in quotes whose opening quote directly follows a place slot and whose closing quote directly follows it.
     */
    static boolean quotedAfterPlace(Sentence s, List<MaskedSentence.Slot> slots, int pos,
                                    MaskedSentence.EntityMention x) {
        int open = x.m().start() - 1;
        int close = x.m().end();
        if (open != pos || slots.isEmpty() || !isPlace(x.e().type()) || close >= s.end()) {
            return false;
        }
        MaskedSentence.Slot last = slots.get(slots.size() - 1);
        if (!isPlace(last.entity().type()) || last.mention().end() != open) {
            return false;
        }
        int kind = OPENING.indexOf(s.text().charAt(open - s.start()));
        return kind >= 0 && s.text().charAt(close - s.start()) == CLOSING.charAt(kind);
    }

    private static boolean isPlace(EntityType t) {
        return t == EntityType.CITY || t == EntityType.PROVINCE || t == EntityType.COUNTRY;
    }
}
