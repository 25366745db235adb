package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A US state whose Taiwan short name is also a mainland city's (德州, Texas, and Dezhou in Shandong): the regional
 * table replaces the short name only after 美國 ({@code models/regional-names.tsv}, rows keyed 美國…), so the same
 * short name written again later in the article (美國德州某市…某市是德州科技重鎮) was read as the Chinese city. Once
 * the article has named the state in full, a bare short name is that state, unless the article also names the
 * Chinese city with its own suffix or province (德州市, 山东德州).
 */
final class StatesNamedShortAgain {
    /** Short name (德州) → the state's full mainland name (得克萨斯州). */
    private static final Map<String, String> STATES = load();

    private StatesNamedShortAgain() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("regional-names.tsv", 2)) {
            String key = r.get(0).replace('國', '国'); // the table's own spelling: surfaceForm would apply the row itself
            String value = r.get(1);
            if (key.startsWith("美国") && value.startsWith("美国") && key.length() > 2) {
                m.put(key.substring(2), value.substring(2));
            }
        }
        return Map.copyOf(m);
    }

    /** Whether the short name is written somewhere right after a Chinese province the recogniser found (山东德州). */
    private static boolean afterChineseProvince(String text, String surface, List<Candidate> found) {
        for (Candidate p : found) {
            if (p.type() == EntityType.PROVINCE && "中国".equals(p.country()) && text.startsWith(surface, p.end())) {
                return true;
            }
        }
        return false;
    }

    /** {@code found} with each bare short name read as the state where the article names it in full. */
    static List<Candidate> apply(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            String surface = text.substring(c.start(), c.end());
            String state = STATES.get(surface);
            if (state != null && c.type() == EntityType.CITY && text.contains("美国" + state)
                    && !text.contains(surface + "市") && !afterChineseProvince(text, surface, found)) {
                out.add(new Candidate(c.start(), c.end(), EntityType.PROVINCE, CanonicalNames.dropSuffix(state), "美国",
                        Candidate.Source.PATTERN));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
