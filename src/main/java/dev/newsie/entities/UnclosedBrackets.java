package dev.newsie.entities;

/**
 * 甲部(乙局)在某地举行: a name may hold a bracketed part (某某科技(某地)有限公司), but one that opens a bracket and
 * does not close it has run from one name into the gloss or second name inside the bracket, which is read as a
 * name of its own: only the part before the bracket can be the name.
 */
final class UnclosedBrackets {
    private static final String OPENING = "(（[［【", CLOSING = ")）]］】";

    private UnclosedBrackets() {
    }

    /**
     * An organisation whose name leaves a bracket open, cut before that bracket when what stands there still ends in
     * an organisation's head (甲部(乙局 → 甲部), else null; any other candidate as it is.
     */
    static Candidate beforeTheBracket(Candidate c, java.util.function.Predicate<String> hasHead) {
        if (c.type() != dev.newsie.model.EntityType.ORGANIZATION || !opensOne(c.name()) || c.name().length() != c.end() - c.start()) {
            return c;
        }
        int cut = firstOpenLeftOpen(c.name());
        String before = c.name().substring(0, cut);
        return before.length() >= 2 && hasHead.test(before)
                ? new Candidate(c.start(), c.start() + cut, c.type(), before, c.country(), c.source()) : null;
    }

    /** Where the outermost bracket that is never closed opens. */
    private static int firstOpenLeftOpen(String name) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < name.length(); i++) {
            if (OPENING.indexOf(name.charAt(i)) >= 0) {
                open.push(i);
            } else if (CLOSING.indexOf(name.charAt(i)) >= 0 && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? name.length() : open.peekLast();
    }

    /** Whether {@code name} opens a bracket it leaves open. */
    static boolean opensOne(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            if (OPENING.indexOf(name.charAt(i)) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(name.charAt(i)) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
