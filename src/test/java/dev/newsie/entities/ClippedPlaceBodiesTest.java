package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up bodies whose place is clipped to its first character and level after the page named the place in full. */
class ClippedPlaceBodiesTest {
    /** The body {@code body} as read, with {@code placeNames} read as places (of type CITY) wherever they stand. */
    private static String read(String text, String body, String... placeNames) {
        List<Candidate> places = new ArrayList<>();
        for (String p : placeNames) {
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                places.add(new Candidate(at, at + p.length(), EntityType.CITY, p, null, Candidate.Source.GAZETTEER));
            }
        }
        int start = text.lastIndexOf(body);
        Candidate org = new Candidate(start, start + body.length(), EntityType.ORGANIZATION, body, null, Candidate.Source.PATTERN);
        return ClippedPlaceBodies.withFullPlace(text, org, places).name();
    }

    @Test
    void aClippedPlaceOpeningABodyIsThePlaceThePageNamedInFull() {
        assertEquals("内华达州众议院", read("内华达州代表团来访。次日，内州众议院议长会见了青河客人。", "内州众议院", "内华达州"));
        // the level written after the place read without it
        assertEquals("塔斯曼尼亚省教育厅", read("塔斯曼尼亚省与青河结好。塔省教育厅", "塔省教育厅", "塔斯曼尼亚"));
    }

    @Test
    void theClippedLevelBeforeTheSameLevelsBodyAndTheClippedGovernment() {
        assertEquals("科尔马市政府", read("青河与科尔马市结好多年，科市市政府派员出席。", "科市市政府", "科尔马市"));
        assertEquals("澄江县政府文化处", read("澄江县位于山区。澄县府文化处处长说。", "澄县府文化处", "澄江县"));
    }

    @Test
    void noFullPlaceWhenTwoPlacesOpenAlikeOrTheClippedFormIsAPlace() {
        assertEquals("内州议会", read("内华达州与内布拉斯加州代表团来访。内州议会议长", "内州议会", "内华达州", "内布拉斯加州"));
        // a city of its own name, read as a place where the body opens
        assertEquals("柳州政府", read("柳江市代表团来访。柳州政府代表出席", "柳州政府", "柳江市", "柳州"));
        assertEquals("白州议会", read("青河市代表团来访。白州议会议长", "白州议会", "青河市"));
    }
}
