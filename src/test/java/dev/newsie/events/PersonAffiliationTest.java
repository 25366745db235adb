package dev.newsie.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonAffiliationTest {
    @Test
    void aBodyBeforeATitleAndANameDescribesThatPerson() {
        assertTrue(PersonAffiliation.describesPerson("会见了Ⓞ会长Ⓡ率领的代表团", 4));
        assertTrue(PersonAffiliation.describesPerson("Ⓟ常务副市长Ⓡ", 1));
    }

    @Test
    void aBodyThatActsDescribesNoOne() {
        assertFalse(PersonAffiliation.describesPerson("Ⓞ举行仪式,授予Ⓡ称号", 1));
        assertFalse(PersonAffiliation.describesPerson("Ⓞ会长", 1));
    }
}
