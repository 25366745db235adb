package dev.newsie.entities;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up text: a place name that is part of a named person's name, or that person's family name alone, is no place. */
class PlacesInPersonNamesTest {
    private static Mention at(String text, String surface, int from) {
        int a = text.indexOf(surface, from);
        return new Mention(surface, a, a + surface.length(), a, a + surface.length());
    }

    private static List<String> kept(String text, List<Entity> in) {
        return DocumentTitles.withoutPlacesOnlyInNames(text, in).stream().map(Entity::name).toList();
    }

    @Test
    void aJapaneseFamilyNameThatIsAPlaceNamesThePersonNotThePlace() {
        String text = "松本市长松本宏一会见客人。松本表示欢迎。";
        Entity person = new Entity("p", EntityType.PERSON, "松本宏一", null, List.of(at(text, "松本宏一", 0)));
        Entity city = new Entity("c", EntityType.CITY, "松本", null, List.of(at(text, "松本", 0), at(text, "松本", 13)));
        // the city is also named on its own (松本市长): kept
        assertEquals(List.of("松本宏一", "松本"), kept(text, List.of(person, city)));
        String bare = "代表团会见了松本宏一。松本表示欢迎。";
        Entity p2 = new Entity("p", EntityType.PERSON, "松本宏一", null, List.of(at(bare, "松本宏一", 0)));
        Entity c2 = new Entity("c", EntityType.CITY, "松本", null, List.of(at(bare, "松本", 7)));
        assertEquals(List.of("松本宏一"), kept(bare, List.of(p2, c2)));
    }

    @Test
    void aPlaceInsideAChineseOrTransliteratedPersonsNameIsDropped() {
        String text = "市委书记王襄阳出席。荷兰学者约翰·烟台发言后,烟台又指出合作很好。";
        List<Entity> in = new ArrayList<>();
        in.add(new Entity("p1", EntityType.PERSON, "王襄阳", null, List.of(at(text, "王襄阳", 0))));
        in.add(new Entity("p2", EntityType.PERSON, "约翰·烟台", null, List.of(at(text, "约翰·烟台", 0))));
        in.add(new Entity("c1", EntityType.CITY, "襄阳", null, List.of(at(text, "襄阳", 0))));
        in.add(new Entity("c2", EntityType.CITY, "烟台", null, List.of(at(text, "烟台", 0), at(text, "烟台", text.indexOf("发言后")))));
        assertEquals(List.of("王襄阳", "约翰·烟台"), kept(text, in));
    }

    @Test
    void aFamilyNameFollowedByAPlaceSuffixIsThePlace() {
        String text = "代表团会见了松本宏一,随后访问松本市。";
        Entity person = new Entity("p", EntityType.PERSON, "松本宏一", null, List.of(at(text, "松本宏一", 0)));
        Entity city = new Entity("c", EntityType.CITY, "松本", null, List.of(at(text, "松本", text.indexOf("访问"))));
        assertEquals(List.of("松本宏一", "松本"), kept(text, List.of(person, city)));
    }

    @Test
    void aOneCharacterAbbreviationOrAMisreadPersonEndingInASuffixLeavesThePlace() {
        String text = "中日双方出席。中岛宏一、白河区致辞。白河的代表也发言。";
        List<Entity> in = new ArrayList<>();
        in.add(new Entity("p1", EntityType.PERSON, "中岛宏一", null, List.of(at(text, "中岛宏一", 0))));
        in.add(new Entity("p2", EntityType.PERSON, "白河区", null, List.of(at(text, "白河区", 0))));
        in.add(new Entity("c1", EntityType.COUNTRY, "中国", null, List.of(at(text, "中", 0))));
        in.add(new Entity("c2", EntityType.CITY, "白河", null, List.of(at(text, "白河", text.indexOf("致辞")))));
        assertEquals(List.of("中岛宏一", "白河区", "中国", "白河"), kept(text, in));
    }
}
