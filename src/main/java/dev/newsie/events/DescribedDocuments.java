package dev.newsie.events;

import dev.newsie.model.EventBuilder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A document told by what it does (签订了深化两地港口往来的合作协议): the words joined to the document word by 的
 * are a clause describing it, not its name, so the signing has no title (GOLD.md §3: the document's name as written).
 * A formal name opens with 关于 (关于…的备忘录) or stands in title or quotation marks somewhere on the page. The
 * description still tells the kind and still matches the same document told again, so the title is dropped only
 * once the signings are found. Writes into the signings found.
 */
final class DescribedDocuments {
    private DescribedDocuments() {
    }

    /** A 的 inside the words before the document word, which do not open with 关于. */
    private static final Pattern DESCRIBED = Pattern.compile("^(?!关于).+的");

    private static final String OPENING = "《“「『\"";
    private static final String CLOSING = "》”」』\"";

    static void dropDescriptions(String text, List<EventBuilder> signings) {
        for (EventBuilder e : signings) {
            String title = e.build().title();
            if (title != null && DESCRIBED.matcher(title).find() && !marked(text, title)) {
                e.title(null);
            }
        }
    }

    /** Whether the page sets the name in marks of a pair (《…》, “…”, 「…」, 『…』) anywhere. */
    private static boolean marked(String text, String title) {
        for (int i = 0; i < OPENING.length(); i++) {
            if (text.contains(OPENING.charAt(i) + title + CLOSING.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
