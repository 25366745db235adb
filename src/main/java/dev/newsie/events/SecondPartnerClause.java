package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * 我市还与乙市签署甲协议书,与丙市签署丁协议书: a clause opened by 与 after a signing clause of the same sentence names
 * the next partner of that clause's subject. Its subject is the earlier clause's, never the earlier partner; when that
 * subject could not be read (我市 on a page whose own place is not known), the clause tells no signing that can be read.
 */
final class SecondPartnerClause {
    private SecondPartnerClause() {
    }

    /** From the end of the earlier verb: the rest of its clause, a comma, then 与 (还与, 并与, 又与, 也与). */
    private static final Pattern NEXT_PARTNER = Pattern.compile("^[^,，。;；]*[,，;；](?:还|并|又|也|另)?(?:分别)?(?:与|和|同)");

    /** Whether the verb at verbStart is in such a clause after the sentence's earlier signing verb ending at previousVerbEnd. */
    static boolean follows(String masked, int previousVerbEnd, int verbStart) {
        return previousVerbEnd > 0 && previousVerbEnd <= verbStart
                && NEXT_PARTNER.matcher(masked.substring(previousVerbEnd, verbStart)).find();
    }
}
