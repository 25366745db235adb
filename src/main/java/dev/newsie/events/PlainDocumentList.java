package dev.newsie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents named one after another without 《》 after a signing verb (签署了甲协议书、乙备忘录和丙协议; 甲协议书及乙
 * 备忘录): a visit or ceremony often signs several, and each is a signing of its own. Splits a masked run into its
 * documents, each ending in a document word; a joiner that follows no document word (经贸和人文合作协议) splits nothing.
 * Reads masked text; writes nothing.
 */
final class PlainDocumentList {
    private PlainDocumentList() {
    }

    /** The words that join listed documents. 、 is first so that 以及 is tried before 及. */
    private static final Pattern JOINER = Pattern.compile("、|以及|和|及|与");

    /** The run of a document list ends at a clause's punctuation (、 joins documents and does not end it). */
    private static final String RUN_END = ",，。;；:：!！?？(（”》」』";

    /**
     * The documents of the run starting at {@code from} in the masked sentence, as [start, end) offsets into it; fewer
     * than two when the run names one document (or names a party or a person inside, which a plain title would not).
     */
    static List<int[]> split(String masked, int from, List<String> docWords) {
        int end = from;
        while (end < masked.length() && RUN_END.indexOf(masked.charAt(end)) < 0) {
            end++;
        }
        List<int[]> out = new ArrayList<>();
        int start = from;
        int at = from;
        while (at < end) {
            int docEnd = documentWordEndingAt(masked, at, end, docWords);
            if (docEnd < 0) {
                at++;
                continue;
            }
            Matcher j = JOINER.matcher(masked).region(docEnd, end);
            if (docEnd == end || !j.lookingAt()) {
                at = docEnd;
                if (docEnd == end) {
                    out.add(new int[]{start, docEnd});
                    return whole(out, masked, docWords);
                }
                continue;
            }
            out.add(new int[]{start, docEnd});
            start = j.end();
            at = start;
        }
        return List.of(); // the run ends in no document word: not a list of documents
    }

    /** The end of the longest document word that ends at or after {@code at} and starts there, else -1. */
    private static int documentWordEndingAt(String m, int at, int end, List<String> docWords) {
        int best = -1;
        for (String d : docWords) {
            if (m.startsWith(d, at) && at + d.length() <= end) {
                best = Math.max(best, at + d.length());
            }
        }
        return best;
    }

    /** Two or more documents, none of them naming a party or person (a masked symbol) nor a bare document word. */
    private static List<int[]> whole(List<int[]> found, String m, List<String> docWords) {
        if (found.size() < 2) {
            return List.of();
        }
        for (int[] d : found) {
            String name = m.substring(d[0], d[1]);
            if (name.chars().anyMatch(c -> c == MaskedSentence.PLACE || c == MaskedSentence.ORG || c == MaskedSentence.PERSON)
                    || docWords.contains(name) || name.length() < 3) {
                return List.of();
            }
        }
        return found;
    }
}
