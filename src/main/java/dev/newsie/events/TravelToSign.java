package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journey told with the signing as its purpose (率团赴甲缔盟交流, 前往甲签约): a verb of going (赴, 前往, 到) with
 * its destination and, right after it, the act says where the travellers were when they signed. Reads one masked
 * sentence; writes nothing.
 */
final class TravelToSign {
    private TravelToSign() {
    }

    /**
     * 赴甲缔盟, 前往甲签约, 到甲进行结好交流: going to a place to twin or sign there; the purpose follows the
     * destination at once, so a witness or a meeting in between cannot be taken for it.
     */
    private static final Pattern TO_SIGN = Pattern.compile(
            "(?:赴|前往|来到|到)(Ⓟ+)(?:进行|开展)?(?:友好)?(?:缔盟|结好|结盟|签约|缔约|签署|签订|缔结)");

    /**
     * 率团前往甲国乙州的丙市,与该市签署: the journey's destination is the partner the signing names only as 该市, so
     * the signing was made there.
     */
    private static final Pattern TO_THE_PARTNER = Pattern.compile(
            "(?:赴|前往|来到|抵达|飞抵)[^。;；,，ⓅⓄⓇ]{0,6}?((?:Ⓟ+的?)*Ⓟ+)(?:[(（][^)）。]{0,40}[)）])?[,，](?:并|随即|随后)?(?:与|和|同)该(?:市|县|镇|乡|町|村|州|省|区|郡|府)");

    /**
     * 率团赴甲国乙市,与乙市市长Y共同签署: the clause right after the journey's destination goes on with 与 to the
     * signing verb, its subject left out, and names the destination as the partner — the travellers signed on
     * arriving, so where they went is where they signed.
     */
    private static final Pattern JOURNEY_THEN_SIGNING = Pattern.compile(
            "(?:赴|前往|来到|抵达|飞抵)[^。;；,，ⓅⓄⓇ]{0,6}?((?:Ⓟ+的?)*Ⓟ+)(?:[(（][^)）。]{0,40}[)）])?[,，](?:并|随即|随后)?(?:与|和|同)[^。;；,，]*$");

    /**
     * The clause after the journey names the destination again, and no other place (与乙市市长Y): the partner is the
     * place just reached. A partner clause naming another place, or none that a reader can tie to the destination,
     * leaves where unsure (a side met there from elsewhere, a name misread as a place).
     */
    private static boolean onlyTheDestinationAfter(MaskedSentence ms, int from, int verbPos, String destination) {
        boolean again = false;
        for (MaskedSentence.Slot s : ms.slots(from, verbPos)) {
            if (s.entity().type().isPlace()) {
                if (!destination.equals(s.entity().name())) {
                    return false;
                }
                again = true;
            }
        }
        return again;
    }

    /** The destination of a journey made to sign, told before the verb in the sentence, or null. */
    static String place(MaskedSentence ms, int verbPos) {
        String before = ms.masked().substring(0, Math.min(verbPos + 2, ms.masked().length()));
        Matcher p = TO_THE_PARTNER.matcher(before);
        if (p.find()) {
            MaskedSentence.Slot s = ms.lastPlace(p.start(1), p.end(1));
            if (s != null && s.entity().type() != EntityType.COUNTRY) {
                return s.entity().name();
            }
        }
        Matcher j = JOURNEY_THEN_SIGNING.matcher(ms.masked().substring(0, Math.min(verbPos, ms.masked().length())));
        if (j.find()) {
            MaskedSentence.Slot s = ms.lastPlace(j.start(1), j.end(1));
            if (s != null && s.entity().type() != EntityType.COUNTRY && onlyTheDestinationAfter(ms, j.end(1), verbPos, s.entity().name())) {
                return s.entity().name();
            }
        }
        Matcher t = TO_SIGN.matcher(before);
        String found = null;
        while (t.find()) {
            MaskedSentence.Slot s = ms.lastPlace(t.start(1), t.end(1));
            if (s == null || s.entity().type() == EntityType.COUNTRY) {
                return null;
            }
            found = s.entity().name();
        }
        return found;
    }
}
