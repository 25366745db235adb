package dev.newsie.canon;

import java.util.HashMap;
import java.util.Map;

/**
 * Well-known alternative names → the one canonical name (申城 → 上海, UCLG → 世界城地组织), read from
 * {@code models/aliases.tsv}. Used by {@link CanonicalNames} on both the gold and the predicted side.
 */
public final class AliasTable {
    private final Map<String, String> aliases;

    public AliasTable(Map<String, String> aliases) {
        this.aliases = Map.copyOf(aliases);
    }

    public static AliasTable load() {
        Map<String, String> m = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("aliases.tsv", 2)) {
            String alias = CanonicalNames.surfaceForm(r.get(0));
            String canonical = CanonicalNames.surfaceForm(r.get(1));
            if (alias.isEmpty() || canonical.isEmpty()) {
                throw r.error("empty alias or canonical name");
            }
            String before = m.put(alias, canonical);
            if (before != null && !before.equals(canonical)) {
                throw r.error("alias '" + alias + "' maps to both '" + before + "' and '" + canonical + "'");
            }
        }
        return new AliasTable(m);
    }

    /** The canonical name for an alias, or the name itself. */
    public String resolve(String name) {
        return aliases.getOrDefault(name, name);
    }

    public boolean isAlias(String name) {
        return aliases.containsKey(name);
    }

    public Map<String, String> asMap() {
        return aliases;
    }
}
