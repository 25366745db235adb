package dev.newsie.entities;

import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences where a family name's character opens an ordinary word before a verb of speech. */
class NamesInsideWordsTest {
    private static final NamesInsideWords WORDS = new NamesInsideWords(JapaneseNames.load());

    @Test
    void aNounAndALocativeBeforeAVerbOfSpeechAreNoName() {
        Set<String> n = MadeUpSentences.persons("会上宣读了外方的贺电。贺电中说,两地交往日益密切。");
        assertFalse(n.contains("贺电中"), n.toString());
    }

    @Test
    void aNounAndALocativeBeforeAnAddressAreNoName() {
        Set<String> n = MadeUpSentences.persons("来宾们走到“青枫路”路牌下致辞合影。");
        assertFalse(n.contains("路牌下"), n.toString());
    }

    @Test
    void aNameBeforeAVerbOfSpeechStays() {
        Set<String> n = MadeUpSentences.persons("会谈结束后,贺立新说,两地交往日益密切。");
        assertTrue(n.contains("贺立新"), n.toString());
    }

    @Test
    void onlyNamesReadByTheirShapeAloneAreTested() {
        List<Token> tokens = List.of(new Token(0, 2, "时令", "n"), new Token(2, 3, "枫", "ng"));
        Candidate weak = new Candidate(0, 3, EntityType.PERSON, "时令枫", null, Candidate.Source.WEAK);
        Candidate byline = new Candidate(0, 3, EntityType.PERSON, "时令枫", null, Candidate.Source.PATTERN);
        assertTrue(WORDS.opensWithWord(weak, tokens));
        assertFalse(WORDS.opensWithWord(byline, tokens)); // a byline's name is read by its place: any characters
    }

    @Test
    void aWordThatIsTheSegmentersNameIsNoOrdinaryWord() {
        List<Token> tokens = List.of(new Token(0, 2, "贺立", "nr"), new Token(2, 3, "新", "a"));
        Candidate c = new Candidate(0, 3, EntityType.PERSON, "贺立新", null, Candidate.Source.WEAK);
        assertFalse(WORDS.opensWithWord(c, tokens));
    }
}
