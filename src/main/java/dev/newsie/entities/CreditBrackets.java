package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bracketed credit line — one closing a paragraph, or right after the dateline's 电 or 讯 — written as a sequence of
 * items apart by spaces or 、, each a contributor's role (记者, 摄, 制作: {@link NameShapes#BYLINE_TITLES}, the credit
 * words of {@code models/person-context.tsv} and {@code models/credit-roles.tsv}), a role and a name (记者张三,
 * 编辑:李四), a name alone, or the source field (来源:某网). Where every item is one of these and a role stands among them,
 * each name in it is a contributor, whether or not its own role is written before it (张三 记者 李四: the first is
 * credited by place in the line). A bracket holding anything else is no credit line.
 */
final class CreditBrackets {
    private static final Pattern BRACKET = Pattern.compile("[(（]([^()（）\\n]{2,60})[)）]");
    private static final Pattern ITEM = Pattern.compile("[^ 、]+");
    /** What ends a dateline before a credit bracket (新华社某地某日电, 本报讯, 某网消息). */
    private static final List<String> DATELINE_ENDS = List.of("电", "讯", "消息");

    private final NameShapes shapes;
    /** The roles, longest first, so 责任编辑 is tried before 编辑. */
    private final List<String> roles;
    private final List<String> sources;

    CreditBrackets(NameShapes shapes, List<String> roles, List<String> sources) {
        this.shapes = shapes;
        List<String> r = new ArrayList<>(roles);
        r.sort(Comparator.comparingInt(String::length).reversed());
        this.roles = List.copyOf(r);
        this.sources = List.copyOf(sources);
    }

    static CreditBrackets load(NameShapes shapes) {
        Set<String> roles = new LinkedHashSet<>(NameShapes.BYLINE_TITLES);
        roles.addAll(shapes.creditWords);
        List<String> sources = new ArrayList<>();
        for (ModelFile.Row row : ModelFile.read("credit-roles.tsv", 2)) {
            switch (row.get(0)) {
                case "ROLE" -> roles.add(row.get(1));
                case "SOURCE" -> sources.add(row.get(1));
                default -> throw row.error("unknown kind '" + row.get(0) + "' (ROLE or SOURCE)");
            }
        }
        return new CreditBrackets(shapes, List.copyOf(roles), sources);
    }

    /** The contributor roles of credit lines, longest first (责任编辑 before 编辑). */
    List<String> roles() {
        return roles;
    }

    void find(String text, List<Candidate> out, List<Candidate> places) {
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            if (!closesParagraph(text, m.end()) && !afterDateline(text, m.start())) {
                continue;
            }
            List<Candidate> names = credits(text, m.start(1), m.end(1), places);
            for (Candidate c : names) {
                if (out.stream().noneMatch(o -> o.overlaps(c))) {
                    out.add(c);
                }
            }
        }
    }

    /** The names of a credit line inside [from, to), or none where an item is neither a role, a name nor the source. */
    private List<Candidate> credits(String text, int from, int to, List<Candidate> places) {
        List<Candidate> names = new ArrayList<>();
        boolean role = false;
        Matcher item = ITEM.matcher(text).region(from, to);
        while (item.find()) {
            int s = item.start(), e = item.end();
            int colon = indexOfColon(text, s, e);
            if (colon >= 0) {
                String field = text.substring(s, colon);
                if (sources.contains(field)) {
                    continue; // 来源:某网: the outlet, no contributor
                }
                if (!roles.contains(field)) {
                    return List.of();
                }
                role = true;
                s = colon + 1;
                if (s == e) {
                    continue; // 编辑: 李四, the name the next item
                }
            } else if (endsWithRole(text, s, e)) {
                role = true; // 记者, 某报全媒体记者, 摄: the role alone, its name the next item or the one before
                continue;
            } else {
                int r = roleAt(text, s, e);
                if (r > 0) {
                    role = true;
                    s += r; // 实习生张三
                }
            }
            if (!isName(text, s, e, places)) {
                return List.of();
            }
            names.add(new Candidate(s, e, EntityType.PERSON, text.substring(s, e), null, Candidate.Source.PATTERN));
        }
        return role ? names : List.of();
    }

    private boolean isName(String text, int s, int e, List<Candidate> places) {
        if (e - s < 2 || !NameShapes.fitsChineseName(text, s, e, shapes.surnames) || !NameShapes.allHan(text, s, e)
                || !shapes.opensWithSurname(text.substring(s, e))) {
            return false;
        }
        return places.stream().noneMatch(p -> p.start() < e && p.end() > s); // 江苏宣: a place, no name
    }

    private boolean endsWithRole(String text, int s, int e) {
        return roles.stream().anyMatch(r -> e - s >= r.length() && text.startsWith(r, e - r.length()));
    }

    /** The length of the role an item opens with, or 0. */
    private int roleAt(String text, int s, int e) {
        for (String r : roles) {
            if (e - s > r.length() && text.startsWith(r, s)) {
                return r.length();
            }
        }
        return 0;
    }

    private static int indexOfColon(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (text.charAt(i) == ':' || text.charAt(i) == '：') {
                return i;
            }
        }
        return -1;
    }

    private static boolean closesParagraph(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n';
    }

    private static boolean afterDateline(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        final int at = i;
        return DATELINE_ENDS.stream().anyMatch(w -> at >= w.length() && text.startsWith(w, at - w.length()));
    }
}
