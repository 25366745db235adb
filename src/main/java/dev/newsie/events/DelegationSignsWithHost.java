package dev.newsie.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delegation that signs with a place (代表团当天同甲市签订…; 乙市代表团也和甲市签署…): a delegation is the side that
 * has travelled, so what it signs with the place named after 与 it signs where that place is. Reads one masked sentence
 * and the signing's parties; writes nothing.
 */
final class DelegationSignsWithHost {
    private DelegationSignsWithHost() {
    }

    /**
     * 代表团与甲市签署, 代表团一行还同甲市签订, 乙市访问团和甲市缔结: a delegation as the subject of a signing with one
     * place (group 1), the verb following within the clause.
     */
    private static final Pattern DELEGATION_WITH_PLACE = Pattern.compile(
            SigningSides.DELEGATION + "(?:一行)?(?:还|也|又|随后|随即|当天|并)?(?:与|同|和)(Ⓟ+)"
                    + "[^。;；,，ⓅⓄ]{0,20}?(?:签署|签订|缔结)");

    /**
     * 甲市代表团与乙市代表团签署: the partner is a delegation too — both sides have travelled (to a third place, or one
     * of them hosts without saying so), so neither side's place is where they signed.
     */
    private static final Pattern PARTNER_DELEGATION = Pattern.compile("(?:市|县|町|省|州|道)?(?:政府|市政府|议会)?" + SigningSides.DELEGATION);

    /**
     * The place a delegation signed with, told in the sentence before {@code verbPos}, when it is one of the two
     * parties, a city and not itself named as a delegation; else null.
     */
    static String place(DocumentContext ctx, MaskedSentence ms, int verbPos, List<String> parties) {
        if (parties.size() != 2) {
            return null;
        }
        Matcher d = DELEGATION_WITH_PLACE.matcher(ms.masked());
        while (d.find()) {
            if (d.start(1) >= verbPos) {
                return null;
            }
            if (PARTNER_DELEGATION.matcher(ms.masked()).region(d.end(1), ms.masked().length()).lookingAt()) {
                return null;
            }
            String host = SigningPlace.placeIn(ms, d.start(1), d.end(1));
            if (host != null && parties.contains(host) && SigningPlace.isCity(ctx, host)) {
                return host;
            }
        }
        return null;
    }
}
