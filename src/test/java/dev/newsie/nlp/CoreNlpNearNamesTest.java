package dev.newsie.nlp;

import dev.newsie.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.newsie.nlp.MadeUpTokens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpNearNamesTest {
    /** Labels every occurrence of the given strings in whatever text it is handed, and records that text. */
    private static final class FakeRecogniser implements NerBackend {
        final List<String> seen = new ArrayList<>();
        final List<BackendMention> labels;

        FakeRecogniser(List<BackendMention> labels) {
            this.labels = labels;
        }

        @Override
        public Analysis analyse(String text) {
            seen.add(text);
            List<BackendMention> out = new ArrayList<>();
            for (BackendMention l : labels) {
                for (int at = text.indexOf(l.text()); at >= 0; at = text.indexOf(l.text(), at + 1)) {
                    out.add(new BackendMention(at, at + l.text().length(), l.text(), l.type(), l.backendLabel()));
                }
            }
            return new Analysis(List.of(), out);
        }

        @Override
        public String name() {
            return "fake";
        }
    }

    private static BackendMention label(String text, EntityType type) {
        return new BackendMention(0, text.length(), text, type, type.name());
    }

    @Test
    void peopleAndBodiesNearANameComeBackAtTheirPlaceInThePage() {
        String text = "本届论坛在东港市举行，为期两天，吸引了很多来宾参加。\n青河大学校长柯明远在开幕式上致辞。";
        FakeRecogniser core = new FakeRecogniser(List.of(label("柯明远", EntityType.PERSON), label("青河大学", EntityType.ORGANIZATION)));
        Analysis a = new CoreNlpNearNames(core, null, NameWindowsTest.NOTHING_RULED_OUT).analyse(text, new Analysis(List.of(name(text, "柯明远")), List.of()));
        assertEquals(1, core.seen.size(), "one call per page");
        assertTrue(core.seen.get(0).length() < text.length() / 2, "only the stretch around the name is read: " + core.seen);
        assertEquals(2, a.mentions().size(), a.mentions().toString());
        for (BackendMention m : a.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets are the page's");
        }
    }

    @Test
    void aHugePageSendsAtMostTheBudgetAndKeepsTheNamesWithinIt() {
        String sentence = "青河大学校长柯明远在开幕式上致辞。";
        String text = sentence.repeat(CoreNlpNearNames.MAX_CHARS / 10);
        List<Token> names = new ArrayList<>();
        for (int at = text.indexOf("柯明远"); at >= 0; at = text.indexOf("柯明远", at + 1)) {
            names.add(new Token(at, at + 3, "柯明远", "nr"));
        }
        FakeRecogniser core = new FakeRecogniser(List.of(label("柯明远", EntityType.PERSON)));
        Analysis a = new CoreNlpNearNames(core, null, NameWindowsTest.NOTHING_RULED_OUT).analyse(text, new Analysis(names, List.of()));
        assertEquals(1, core.seen.size());
        assertTrue(core.seen.get(0).length() <= CoreNlpNearNames.MAX_CHARS, "read " + core.seen.get(0).length());
        assertTrue(a.mentions().size() > 100 && a.mentions().size() < names.size(), a.mentions().size() + " of " + names.size());
        assertEquals(text.indexOf("柯明远"), a.mentions().get(0).start());
    }

    @Test
    void privateUseCharactersReachCoreNlpAsAStandInAndMentionsKeepThePageText() {
        String text = "青河大学校长柯\uE123远在开幕式上致辞。";
        String name = "柯\uE123远";
        FakeRecogniser core = new FakeRecogniser(List.of(label("柯" + CoreNlpNearNames.PRIVATE_USE_STAND_IN + "远", EntityType.PERSON)));
        Analysis a = new CoreNlpNearNames(core, null, NameWindowsTest.NOTHING_RULED_OUT)
                .analyse(text, new Analysis(List.of(name(text, name)), List.of()));
        assertTrue(core.seen.get(0).chars().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF), core.seen.toString());
        assertEquals(1, a.mentions().size(), a.mentions().toString());
        assertEquals(name, a.mentions().get(0).text());
        assertEquals(text.indexOf(name), a.mentions().get(0).start());
    }

    @Test
    void placeLabelsAreLeftToTheGazetteers() {
        String text = "东港市市长柯明远会见来宾。";
        FakeRecogniser core = new FakeRecogniser(List.of(label("东港市", EntityType.CITY), label("柯明远", EntityType.PERSON)));
        Analysis a = new CoreNlpNearNames(core, null, NameWindowsTest.NOTHING_RULED_OUT).analyse(text, new Analysis(List.of(name(text, "柯明远")), List.of()));
        assertEquals(List.of("柯明远"), a.mentions().stream().map(BackendMention::text).toList());
    }

    @Test
    void aPageWithNoNameCostsNoCall() {
        String text = "两市签署合作备忘录。";
        FakeRecogniser core = new FakeRecogniser(List.of(label("两市", EntityType.ORGANIZATION)));
        Analysis a = new CoreNlpNearNames(core, null, NameWindowsTest.NOTHING_RULED_OUT).analyse(text, new Analysis(List.of(), List.of()));
        assertTrue(a.mentions().isEmpty());
        assertTrue(core.seen.isEmpty());
    }
}
