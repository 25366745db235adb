package dev.newsie.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document signed by its bare head alone (共同签署协议) says nothing of what it makes; the ceremony the sentence has
 * named before the verb does (举行"姊妹镇缔结签字仪式",由甲、乙共同签署协议): the ceremony's words give the kind, as
 * they do to the verb inside the ceremony's name, whose document the sentence names only later.
 */
final class CeremonyOfABareDocument {
    /** 协议, 协定书, 盟约 right after the verb, with nothing of a name of its own after them. */
    private static final Pattern BARE_DOCUMENT = Pattern.compile("^了?(?:协议书|协定书|协议|协定|盟约)(?:$|[并及和与,，。;；、])");
    /** The ceremony's name: from an opening quote, a comma or 举行 up to 仪式. */
    private static final Pattern CEREMONY = Pattern.compile("(?:^|[“\"「『,，]|举行|举办)([^“\"「『,，。;；]{2,16}?)(?:签约|签署|签字|缔结|缔盟)?仪式");

    private CeremonyOfABareDocument() {
    }

    /** The verb inside the ceremony's own name (姊妹镇缔结签字仪式): the rest of the name up to 仪式. */
    private static final Pattern REST_OF_NAME = Pattern.compile("^(?:签约|签署|签字)?仪式");

    /**
     * The kind the last ceremony named before a bare document's verb gives it, or the kind of the ceremony whose name
     * holds the verb; null when there is none.
     */
    static String kind(EventLexicon lexicon, String m, int[] verb) {
        Matcher rest = REST_OF_NAME.matcher(m.substring(verb[1]));
        int end;
        if (rest.find()) {
            end = verb[1] + rest.end();
        } else if (BARE_DOCUMENT.matcher(m.substring(verb[1])).find()) {
            end = verb[0];
        } else {
            return null;
        }
        String kind = null;
        Matcher c = CEREMONY.matcher(m.substring(0, end));
        while (c.find()) {
            kind = lexicon.agreementKind(c.group(1));
        }
        return "OTHER".equals(kind) ? null : kind;
    }
}
