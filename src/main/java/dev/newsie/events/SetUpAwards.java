package dev.newsie.events;

import java.util.regex.Pattern;

/**
 * 甲市人民政府自1990年起相继设立了“X奖”“Y奖”和“Z”称号: an award named as the object of setting up (设立, 设置, 创设,
 * 创立) in a clause that neither confers nor tells of receiving, and whose next clause does not go on to confer
 * (大会设立了X奖,表彰了…). Such a clause tells what the award is, not that it was given: a body's series of awards
 * set up (two or more in one clause) are no events of their own unless the report names one of them elsewhere or
 * names its winners (GOLD.md §3 AWARD: an award conferred). A single award set up is left to the other rules (its
 * sentence may go on to report its ceremony).
 */
final class SetUpAwards {
    private SetUpAwards() {
    }

    private static final Pattern SET_UP = Pattern.compile("设立|设置|创设|创立");

    /** Words of conferring or receiving: a clause holding one tells of the award given. */
    private static final Pattern CONFERRED = Pattern.compile("授予|颁发|颁授|颁赠|表彰|获|颁奖|授奖|授证|颁证|评选|评出|当选|入选");

    /** A clause opening on a verb of conferring, the subject of the clause before carried on (,表彰了… / ,并授予…). */
    private static final Pattern CONFERS_NEXT = Pattern.compile("^\\s*(?:并|同时|并且|随即|当即)?(?:向|为)?(?:授予|颁发|颁授|颁赠|表彰|评选|评出)");

    private static final String CLAUSE_ENDS = ",，;；。!！?？";

    /** Whether {@code award}, at its first mention in {@code sentence}, is named only as set up. */
    static boolean namedAsSetUp(String sentence, String award) {
        int at = sentence.indexOf(award);
        int[] c = clauseAround(sentence, award);
        if (c == null) {
            return false;
        }
        int start = c[0], end = c[1];
        String clause = sentence.substring(start, end);
        if (!SET_UP.matcher(sentence.substring(start, at)).find() || CONFERRED.matcher(clause).find()) {
            return false;
        }
        String next = end < sentence.length() ? sentence.substring(end + 1) : "";
        return !CONFERS_NEXT.matcher(next).find();
    }

    /** Whether the clause naming {@code award} names another of the {@code named} awards too (a body's series). */
    static boolean inASeries(String sentence, String award, java.util.List<String> named) {
        int[] c = clauseAround(sentence, award);
        if (c == null) {
            return false;
        }
        String clause = sentence.substring(c[0], c[1]);
        return named.stream().anyMatch(n -> !n.equals(award) && clause.contains(n));
    }

    /**
     * The clause (between commas, semicolons or sentence ends) around the first mention of {@code award}: start, end;
     * null when the sentence does not name it.
     */
    private static int[] clauseAround(String sentence, String award) {
        int at = sentence.indexOf(award);
        if (at < 0) {
            return null;
        }
        int start = at, end = at + award.length();
        while (start > 0 && CLAUSE_ENDS.indexOf(sentence.charAt(start - 1)) < 0) {
            start--;
        }
        while (end < sentence.length() && CLAUSE_ENDS.indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        return new int[] {start, end};
    }
}
