package dev.newsie.events;

import dev.newsie.canon.ModelFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A word list of {@code models/events/} whose rows are {@code role<TAB>word} (further columns are flags the file's
 * header explains), read into regular-expression alternations by role: {@code earlier-receipt.tsv}
 * ({@link AwardCeremony}) and {@code meeting-verbs.tsv} (the classes that read a meeting, {@link #MEETING_VERBS}).
 */
final class RoleWords {
    /** {@code models/events/meeting-verbs.tsv}: the verbs of meeting, read once. */
    static final RoleWords MEETING_VERBS = read("events/meeting-verbs.tsv");

    private final List<ModelFile.Row> rows;

    private RoleWords(List<ModelFile.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rows of a file under {@code models/}, each with at least a role and a word. */
    static RoleWords read(String name) {
        return new RoleWords(ModelFile.read(name, 2));
    }

    /** For tests: rows given as their columns (role, word, flags). */
    static RoleWords of(List<String[]> rows) {
        List<ModelFile.Row> r = new ArrayList<>();
        for (String[] x : rows) {
            r.add(new ModelFile.Row(null, 0, List.of(x)));
        }
        return new RoleWords(r);
    }

    /** The words of the given roles, in the file's order. */
    List<String> words(String... roles) {
        return select(r -> true, roles);
    }

    /** The words of the given roles whose column {@code column} reads {@code flag}, in the file's order. */
    List<String> wordsFlagged(int column, String flag, String... roles) {
        return select(r -> r.get(column).equals(flag), roles);
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

    /** The words of the given roles as an alternation (no group), the longer words first; never matches if none. */
    String alternation(String... roles) {
        return alternationOf(words(roles));
    }

    /** {@code words} quoted as an alternation (no group), the longer first (曾经 before 曾); never matches if empty. */
    static String alternationOf(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = sorted.stream().map(Pattern::quote).toList();
        return quoted.isEmpty() ? "(?!)" : String.join("|", quoted);
    }
}
