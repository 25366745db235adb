package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.text.WordAlternation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A word list of {@code models/events/} whose rows are {@code role<TAB>word} (further columns are flags the file's
 * header explains), read into regular-expression alternations by role: {@code earlier-receipt.tsv}
 * ({@link AwardCeremony}, {@link RecordOfHonours}) and {@code meeting-verbs.tsv} (the classes that read a meeting, {@link #MEETING_VERBS}).
 */
final class RoleWords {
    /** {@code models/events/meeting-verbs.tsv}: the verbs of meeting, read once; every row carries its after flag. */
    static final RoleWords MEETING_VERBS = read("events/meeting-verbs.tsv", 3);

    /** meeting-verbs.tsv's column telling whether a sentence opening with the word goes on from the meeting. */
    private static final int AFTER_COLUMN = 2;

    private final List<ModelFile.Row> rows;

    /** The rows as given (a file's, or a test's made-up rows). */
    RoleWords(List<ModelFile.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rows of a file under {@code models/}, each with at least a role and a word. */
    static RoleWords read(String name) {
        return read(name, 2);
    }

    /** The rows of a file under {@code models/}, each with at least {@code columns} columns (a role, a word, flags). */
    static RoleWords read(String name, int columns) {
        return read(ModelFile.resolve(name), columns);
    }

    /** The rows of a word list at {@code file}, each with at least {@code columns} columns. */
    static RoleWords read(Path file, int columns) {
        return new RoleWords(ModelFile.read(file, columns));
    }

    /** The words of the given roles, in the file's order. */
    List<String> words(String... roles) {
        return select(r -> true, roles);
    }

    /**
     * The words of the given roles whose after flag (meeting-verbs.tsv's third column) is {@code +}: a sentence
     * opening with the word and 后 (会见后) goes on from the meeting told before it. A flag other than + or - is an
     * error naming the file and line, not a row silently left out.
     */
    List<String> wordsGoingOnAfter(String... roles) {
        return select(r -> {
            String flag = r.get(AFTER_COLUMN);
            if (!flag.equals("+") && !flag.equals("-")) {
                throw r.error("the after flag must be + or -, found '" + flag + "'");
            }
            return flag.equals("+");
        }, roles);
    }

    private List<String> select(Predicate<ModelFile.Row> keep, String... roles) {
        Set<String> wanted = Set.of(roles);
        List<String> out = new ArrayList<>();
        for (ModelFile.Row r : rows) {
            if (wanted.contains(r.get(0)) && keep.test(r) && !out.contains(r.get(1))) {
                out.add(r.get(1));
            }
        }
        return out;
    }

    /** The words of the given roles as an alternation (a non-capturing group), the longer words first; never matches if none. */
    String alternation(String... roles) {
        return alternationOf(words(roles));
    }

    /** {@code words} quoted as an alternation in a non-capturing group, the longer first (曾经 before 曾); never matches if empty. */
    static String alternationOf(List<String> words) {
        return WordAlternation.of(words);
    }
}
