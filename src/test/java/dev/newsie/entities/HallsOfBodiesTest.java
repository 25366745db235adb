package dev.newsie.entities;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up halls named after the office or building they are in. */
class HallsOfBodiesTest {
    private static final OrganizationHeads HEADS = new OrganizationHeads(List.of("公所", "政府", "办公厅", "厅", "中心"));

    private static Optional<String> body(String name) {
        Candidate c = new Candidate(0, name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
        return HallsOfBodies.withoutHall(c, HEADS).map(Candidate::name);
    }

    @Test
    void aHallOfAnOfficeIsTheOffice() {
        assertEquals(Optional.of("青河市公所"), body("青河市公所中正厅"));
    }

    @Test
    void aHallOfAHotelOrCentreIsNoBody() {
        assertEquals(Optional.empty(), body("青河饭店孔雀厅"));
        assertEquals(Optional.empty(), body("青河国际会展中心海韵厅"));
    }

    @Test
    void aDepartmentEndingInTheHallWordStays() {
        assertEquals(Optional.of("青河省教育厅"), body("青河省教育厅"));
        assertEquals(Optional.of("青河市政府办公厅"), body("青河市政府办公厅"));
    }

    @Test
    void aGovernmentsHallAfterALocativeOrAsASeatIsAVenue() {
        String venue = "大会在青河市政厅召开。";
        org.junit.jupiter.api.Assertions.assertTrue(HallsOfBodies.isSeatOrVenue(venue, "青河市政厅", 3, 8));
        String seat = "青河市是甲县厅所在地。";
        org.junit.jupiter.api.Assertions.assertTrue(HallsOfBodies.isSeatOrVenue(seat, "甲县厅", 4, 7));
        String body = "青河市政厅与乙市签署备忘录。";
        org.junit.jupiter.api.Assertions.assertFalse(HallsOfBodies.isSeatOrVenue(body, "青河市政厅", 0, 5));
    }

    @Test
    void aHallAfterALocativeAndThePlacesThatLocateItIsAVenue() {
        String venue = "会见在甲国青河市市政厅举行。"; // 甲国 at [3,5), the hall's mention at [5,11)
        org.junit.jupiter.api.Assertions.assertTrue(HallsOfBodies.isSeatOrVenue(venue, "青河市市政厅", 5, 11, java.util.List.of(new int[] {3, 5})));
        org.junit.jupiter.api.Assertions.assertFalse(HallsOfBodies.isSeatOrVenue(venue, "青河市市政厅", 5, 11));
        String council = "1990年在青河市议会厅签署协议。";
        org.junit.jupiter.api.Assertions.assertTrue(HallsOfBodies.isSeatOrVenue(council, "青河市议会厅", 6, 12));
        String centre = "交流会在青河市行政中心举行。";
        org.junit.jupiter.api.Assertions.assertTrue(HallsOfBodies.isSeatOrVenue(centre, "青河市行政中心", 4, 11));
        String body = "甲国青河市市政厅与乙市签署备忘录。";
        org.junit.jupiter.api.Assertions.assertFalse(HallsOfBodies.isSeatOrVenue(body, "青河市市政厅", 2, 8, java.util.List.of(new int[] {0, 2})));
    }

    @Test
    void aRoomForShowingOrGatheringIsAVenueNotADepartment() {
        assertEquals(Optional.empty(), body("青河侨史展厅"));
        assertEquals(Optional.empty(), body("青河区规划管理处展示厅"));
        assertEquals(Optional.empty(), body("青河市博物馆一楼大厅"));
        assertEquals(Optional.of("青河市政府"), body("青河市政府大厅"));
        assertEquals(Optional.of("青河省外事厅"), body("青河省外事厅"));
    }

    @Test
    void aRoomInAnExhibitionVenueIsNoBodyInASentence() {
        java.util.Set<String> found = MadeUpSentences.organizations("代表团参观了青河侨史展厅和白沙规划管理处展示厅。");
        org.junit.jupiter.api.Assertions.assertTrue(found.stream().noneMatch(n -> n.endsWith("厅")), found.toString());
    }
}
