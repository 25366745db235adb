package dev.newsie.entities;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up sentences addressing someone by a family name outside the short list and a title. */
class RarerFamilyNameAndTitleIsAFormOfAddressTest {
    private static Set<String> names(String text) {
        return MadeUpSentences.persons(text);
    }

    @Test
    void aRarerFamilyNameAndATitleAddressSomeoneNamedElsewhere() {
        Set<String> n = names("傅书记会见了客人。单主任陪同参观。傅局长介绍了情况。");
        assertTrue(n.stream().noneMatch(x -> x.equals("傅书记") || x.equals("单主任") || x.equals("傅局长")), n.toString());
    }

    @Test
    void theNameAfterTheTitleIsStillRead() {
        Set<String> n = names("会长尤建华表示感谢。");
        assertTrue(n.contains("尤建华"), n.toString());
    }
}
