package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲协会“乙奖” / 获得甲国政府“乙奖”: a body written right before an award's quoted name, with no verb between, is the
 * one whose award it is — the genitive of the genre (the conferring body as written, GOLD.md §7). A place alone
 * before the quotes is left out: it names the honour's place at least as often as who confers it.
 */
final class BodyBeforeQuotedAward {
    private BodyBeforeQuotedAward() {
    }

    /** Bodies, or a country's government, ending right at the opening quotation mark. */
    private static final Pattern BODY_BEFORE_QUOTE = Pattern.compile(
            "(?:(" + AwardGivers.BODIES + ")|(Ⓟ)政府)[“\"「『]$");

    /**
     * 授予甲协会“乙”称号 / 向甲大学颁发“乙奖”: after a verb of conferring or the preposition of its object, the body
     * is the one honoured, not the giver.
     */
    private static final Pattern RECIPIENT_BEFORE = Pattern.compile(
            "(?:授予|颁发|颁授|" + AwardGivers.HANDED + "|评为|命名为|向|为|给|对)了?$");

    /**
     * The giver written right before the quoted {@code award} starting at masked position {@code at} (within the masked
     * sentence); empty if none, or if the award is only listed in a record of honours won ({@link RecordOfHonours}),
     * which reports no conferral.
     */
    static List<String> giver(MaskedSentence ms, int at, String award) {
        if (RecordOfHonours.listedInARecord(ms.sentence().text(), award)) {
            return List.of();
        }
        String before = ms.masked().substring(0, at);
        Matcher b = BODY_BEFORE_QUOTE.matcher(before);
        if (!b.find() || RECIPIENT_BEFORE.matcher(before.substring(0, b.start())).find()) {
            return List.of();
        }
        if (b.group(1) != null) {
            return AwardGivers.givers(ms, b.start(1), b.end(1));
        }
        List<String> out = new ArrayList<>();
        List<MaskedSentence.Slot> country = ms.slots(b.start(2), b.end(2));
        if (country.size() == 1 && country.get(0).entity().type() == EntityType.COUNTRY) {
            out.add(country.get(0).entity().name() + "政府"); // 甲国政府: the government as written
        }
        return out;
    }
}
