package dev.newsie.events;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.Set;

/**
 * China's special administrative regions (香港, 澳门): the rows of {@code models/gazetteer/china-divisions.tsv} whose
 * full official name ends in 特别行政区.
 *
 * <p>Why: a SAR concludes agreements with foreign states in its own name (香港与甲国签署谅解备忘录, 澳门特别行政区与
 * 乙国签署合作协定), so a country facing a SAR is a signing's party, where a country beside a city or a
 * province is only where that place lies (与日本松本市签署).
 */
final class SpecialAdministrativeRegions {
    private static final String SAR = "特别行政区";
    private static final Set<String> NAMES = ModelFile.read("gazetteer/china-divisions.tsv", 5).stream()
            .filter(r -> r.get(3).endsWith(SAR)).map(r -> r.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SpecialAdministrativeRegions() {
    }

    /** Whether the slot is a SAR (a PROVINCE the table gives a 特别行政区 full name). */
    static boolean isSar(MaskedSentence.Slot s) {
        return s != null && s.entity().type() == EntityType.PROVINCE && NAMES.contains(s.entity().name());
    }

    /** The slot when it is a country (the side a SAR faces, which {@code lastParty} leaves out), else null. */
    static MaskedSentence.Slot country(MaskedSentence.Slot s) {
        return s != null && s.entity().type() == EntityType.COUNTRY ? s : null;
    }

    /** Whether a country and a SAR face each other as the two sides (either order). */
    static boolean countryFacingSar(MaskedSentence.Slot a, MaskedSentence.Slot b) {
        return a != null && b != null && (a.entity().type() == EntityType.COUNTRY && isSar(b)
                || b.entity().type() == EntityType.COUNTRY && isSar(a));
    }
}
