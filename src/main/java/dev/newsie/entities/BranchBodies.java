package dev.newsie.entities;

import dev.newsie.canon.ModelFile;

import java.util.List;

/**
 * A named body's branch (某某大学某地分校, 某某协会某地分处): a branch head ({@code models/org-branch-heads.tsv}) names one
 * body only after a named body and the branch's place, a short name of two to four characters between the body's own
 * head noun and the branch head. 乙市分处 (两市分处亚欧两端, a verb) and 功能分区 (a common noun) name none.
 */
final class BranchBodies {
    /** Fewest and most characters of the branch's place between the body's head and the branch head. */
    private static final int MIN_PLACE = 2, MAX_PLACE = 4;

    private final List<String> heads;

    private BranchBodies(List<String> heads) {
        this.heads = List.copyOf(heads);
    }

    static BranchBodies load() {
        return new BranchBodies(ModelFile.read("org-branch-heads.tsv", 1).stream().map(r -> r.get(0)).distinct().toList());
    }

    List<String> heads() {
        return heads;
    }

    boolean isBranchHead(String h) {
        return heads.contains(h);
    }

    /** Whether {@code name}, ending in the branch head {@code h}, is a named body + place + branch head. */
    boolean namesABranch(String name, String h, OrganizationHeads bodyHeads) {
        String body = name.substring(0, name.length() - h.length());
        for (int k = MIN_PLACE; k <= MAX_PLACE && k < body.length(); k++) {
            String named = body.substring(0, body.length() - k);
            String bodyHead = bodyHeads.headAt(named);
            if (bodyHead != null && !heads.contains(bodyHead) && named.length() > bodyHead.length()) {
                return true;
            }
        }
        return false;
    }
}
