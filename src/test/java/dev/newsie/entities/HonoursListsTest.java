package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up honours lists: names one to a line under a heading, with a decoration after them, or after a decoration. */
class HonoursListsTest {
    private static final HonoursLists LISTS = new HonoursLists(MadeUpSentences.SHAPES);

    private static Set<String> names(String text) {
        List<Candidate> out = new ArrayList<>();
        LISTS.find(text, out);
        return out.stream().map(Candidate::name).collect(Collectors.toSet());
    }

    @Test
    void namesOneToALineUnderAHeadingAreRecipients() {
        assertEquals(Set.of("王立新", "陈美华"), names("一、获授予青河星章的人士为:\n\n青河工商联会\n\n王立新\n\n陈美华\n\n星章颁授给有贡献的人士。"));
    }

    @Test
    void aNameWithItsDecorationAfterItIsARecipient() {
        assertEquals(Set.of("王立新"), names("获授予勋章者为:\n王立新 金青河荣誉勋章\n青河街坊总会 银青河荣誉勋章\n"));
    }

    @Test
    void namesListedAfterADecorationAreRecipients() {
        assertEquals(Set.of("王立新", "陈美华"), names("银青河荣誉勋章:王立新、陈美华、青河街坊总会。"));
    }

    @Test
    void namesListedAfterADecorationAndEitherColonAreRecipients() {
        // the list is read only where a decoration word's last character stands before a colon of either width
        assertEquals(Set.of("王立新", "陈美华"), names("银青河荣誉勋章：王立新、陈美华、青河街坊总会。"));
        assertEquals(Set.of("王立新"), names("青河行政长官嘉许状:王立新、青河街坊总会。"));
        assertEquals(Set.of(), names("银青河荣誉勋章颁给王立新、陈美华。"));
    }

    @Test
    void aShortLineWithNoListAroundItIsNoName() {
        assertEquals(Set.of(), names("青河新闻\n\n王立新\n\n青河市与白山市签署协议。"));
    }
}
