package dev.newsie.canon;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code canonical(name)} of GOLD.md §4, the one function both the scorer and the extractor use:
 * <ol>
 *   <li>{@link #surfaceForm}: Simplified characters, regional place names in mainland usage, half-width
 *   Latin and digits, no whitespace or quotation marks, middle dots unified to ·;</li>
 *   <li>the alias table;</li>
 *   <li>for places only, one trailing administrative suffix dropped when two characters remain.</li>
 * </ol>
 */
public final class CanonicalNames {
    private static final Pattern REMOVED = Pattern.compile("[\\s\\u00a0\\u3000“”‘’「」『』《》〈〉\"']");
    private static final Pattern DOTS = Pattern.compile("[·・•‧∙．]");
    /** 阿灵顿.罗伯特: a full stop between the Han parts of a transliterated name is a middle dot (GOLD.md §4). */
    private static final Pattern HAN_FULL_STOP = Pattern.compile("(?<=[\\u4e00-\\u9fff])\\.(?=[\\u4e00-\\u9fff])");
    /** 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边: the ethnic name goes with the suffix. */
    private static final Pattern AUTONOMOUS = Pattern.compile("^(.{2,}?)((?:[\\u4e00-\\u9fff]{1,5}?族)*)自治[区州县]$");
    /** Longer suffixes first, so 特别自治道 is not cut as 道. */
    private static final List<String> SUFFIXES = List.of("特别自治道", "特别自治市", "特别市", "广域市", "新区",
            "大区", "地区", "市", "省", "州", "县", "区", "盟", "道", "府", "郡", "都");

    /**
     * surfaceForm's answers: the same names (the gazetteer's, the page's places) come back for every candidate, mention
     * and role value, and each answer costs a script conversion and four passes over the name. The limit is set by
     * memory: an entry is a map node and its table slot (~40 bytes) and two strings, the name and its answer (~60
     * bytes each for a name of ten Han characters, ~100 for twenty), so ~200 bytes, and 200,000 entries ~40 MB at
     * most: 1% of the default 4 GB heap (./newsie), under a tenth of the 512 MB the default extractor runs in.
     * Emptied, the memo refills at one conversion per name: an exact limit matters little.
     */
    private static final BoundedMemo SURFACE_FORMS = new BoundedMemo(CanonicalNames::computeSurfaceForm, 200_000);

    private final AliasTable aliases;

    public CanonicalNames(AliasTable aliases) {
        this.aliases = aliases;
    }

    /** Loads the alias table from models/ (the regional table is {@link RegionalPhraseTable#shared()}). */
    public static CanonicalNames load() {
        return new CanonicalNames(AliasTable.load());
    }

    /** Step 1 of canonical(): script, width, quotes, whitespace and dots. */
    public static String surfaceForm(String name) {
        return name == null ? "" : SURFACE_FORMS.apply(name);
    }

    private static String computeSurfaceForm(String name) {
        String s = ScriptConverter.toHalfWidth(ScriptConverter.toSimplified(name));
        s = REMOVED.matcher(s).replaceAll("");
        s = DOTS.matcher(s).replaceAll("·");
        s = HAN_FULL_STOP.matcher(s).replaceAll("·");
        return RegionalPhraseTable.shared().apply(s);
    }

    /** canonical(name) for an entity of the given type (null type: no suffix rule). */
    public String canonical(String name, EntityType type) {
        String s = aliases.resolve(surfaceForm(name));
        if (type != null && type.isPlace()) {
            s = aliases.resolve(dropSuffix(s));
        }
        return s;
    }

    /**
     * canonical() for a role value whose type is not written down (parties, location, recipients…):
     * treated as a place, since dropping a suffix from an organisation name changes both sides alike.
     */
    public String canonicalPlaceOrName(String name) {
        return canonical(name, EntityType.CITY);
    }

    /** Drops one trailing generic suffix when at least two characters remain. */
    public static String dropSuffix(String s) {
        Matcher m = AUTONOMOUS.matcher(s);
        if (m.matches()) {
            return m.group(1);
        }
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 2) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    public AliasTable aliases() {
        return aliases;
    }
}
