package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Made-up clauses where a person's name and a conjunction stand glued before a body's name. */
class PersonJoinedBeforeBodiesTest {
    private static Candidate org(String text, String name) {
        int start = text.indexOf(name);
        return new Candidate(start, start + name.length(), EntityType.ORGANIZATION, name, null, Candidate.Source.PATTERN);
    }

    private static Candidate person(String text, String name, int from) {
        int start = text.indexOf(name, from);
        return new Candidate(start, start + name.length(), EntityType.PERSON, name, null, Candidate.Source.PATTERN);
    }

    @Test
    void aNameTheSegmenterTaggedAndAConjunctionOpenNoBody() {
        String text = "会后由罗子朋及白河镇渔业合作社社员共同接待。";
        Candidate org = org(text, "罗子朋及白河镇渔业合作社");
        List<Token> tokens = List.of(new Token(3, 6, "罗子朋", "nr"), new Token(6, 15, "及白河镇渔业合作社", "nt"));
        assertEquals("白河镇渔业合作社", PersonJoinedBeforeBodies.without(text, org, tokens, List.of()).name());
    }

    @Test
    void aNameReadElsewhereOnThePageOpensNoBodyAfterSameName() {
        String text = "青河县副县长祝文岚致辞。下午祝文岚同青河县委一行参观园区。";
        Candidate org = org(text, "祝文岚同青河县委");
        List<Token> tokens = List.of(new Token(org.start(), org.end(), org.name(), "nt"));
        Candidate named = person(text, "祝文岚", 0); // the name read after the title, before the joined run
        assertEquals("青河县委", PersonJoinedBeforeBodies.without(text, org, tokens, List.of(named)).name());
    }

    @Test
    void aBodyNamedForAPersonKeepsTheName() {
        String text = "罗子朋基金会今年资助白河镇两所小学。";
        Candidate org = org(text, "罗子朋基金会");
        List<Token> tokens = List.of(new Token(0, 3, "罗子朋", "nr"), new Token(3, 6, "基金会", "n"));
        assertSame(org, PersonJoinedBeforeBodies.without(text, org, tokens, List.of()));
    }

    @Test
    void tooShortARestIsLeftAlone() {
        String text = "罗子朋和校方一起出席。";
        Candidate org = org(text, "罗子朋和校方");
        List<Token> tokens = List.of(new Token(0, 3, "罗子朋", "nr"));
        assertSame(org, PersonJoinedBeforeBodies.without(text, org, tokens, List.of()));
    }
}
