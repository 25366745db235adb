package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Made-up venues and regions that place a forum. */
class ForumLocationTest {
    private static Entity city(String name) {
        return new Entity("e-" + name, EntityType.CITY, name, null, List.of(new Mention(name, 0, name.length(), 0, name.length())));
    }

    @Test
    void aVenueOpeningWithACitysNamePlacesTheForumThere() {
        List<Entity> cities = List.of(city("白山"), city("青河"));
        assertEquals("白山", ForumLocation.cityLeadingVenue("白山市政廳", cities));
        assertEquals("青河", ForumLocation.cityLeadingVenue("青河国际会展中心海韵厅", cities));
        assertNull(ForumLocation.cityLeadingVenue("国际会议中心", cities));
        assertNull(ForumLocation.cityLeadingVenue("白山大学科技馆", cities)); // a university named for a city may stand elsewhere
        assertNull(ForumLocation.cityLeadingVenue(null, cities));
    }

    @Test
    void theMacauAndHongKongPressCallTheirRegion本澳And本港() {
        List<String> text = List.of("2024年闽澳合作会议于本澳举行。");
        String t = text.get(0);
        MaskedSentence ms = MaskedSentence.of(new Sentence(0, t.length(), t), List.of());
        assertEquals("澳门", ForumLocation.location(ms));
    }
}
