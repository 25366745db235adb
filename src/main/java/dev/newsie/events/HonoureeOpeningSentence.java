package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 甲自2011年担任乙县知事以来,积极推动两地交流,并于2022年获颁丙市荣誉市民: a sentence that opens with a person and
 * tells what that person did clause after clause, the last clause (opened by 并/也/还/更/亦, with its own year) receiving
 * an honour — the person the sentence opens with is its recipient, and the last clause's year is its date. Only when no
 * other person stands between the opening name and the verb.
 */
final class HonoureeOpeningSentence {
    /** The clause that receives: a comma, 并/也/还/更/亦, an optional 于 + time, then the verb right before the award. */
    private static final Pattern LAST_CLAUSE = Pattern.compile(
            "[,，](?:并|也|还|更|亦)(?:曾)?(?:于[^,，。;；ⓅⓄⓇ]{1,12})?(?:获颁|荣获|获得|获授|荣膺)$");

    /** 甲部表示,乙自…: a short speaker's lead before the sentence proper. */
    private static final Pattern SPEAKER_LEAD = Pattern.compile("^[^,，。;；Ⓡ]{1,12}?(?:表示|指出|说|强调|介绍|称)[,，:：]");

    record Found(String recipient, int clauseStart) {
    }

    private HonoureeOpeningSentence() {
    }

    /** The recipient and where the receiving clause starts, or null when the sentence is not told so. */
    static Found find(MaskedSentence ms, int award) {
        String m = ms.masked();
        Matcher lead = SPEAKER_LEAD.matcher(m);
        int open = lead.lookingAt() ? lead.end() : 0;
        if (open >= m.length() || m.charAt(open) != MaskedSentence.PERSON || award <= open + 1 || award > m.length()) {
            return null;
        }
        Matcher c = LAST_CLAUSE.matcher(m.substring(0, award));
        if (!c.find()) {
            return null;
        }
        int other = m.indexOf(MaskedSentence.PERSON, open + 1);
        if (other >= 0 && other < c.start()) {
            return null;
        }
        List<MaskedSentence.Slot> first = ms.slots(open, open + 1);
        if (first.isEmpty() || first.get(0).entity().type() != EntityType.PERSON) {
            return null;
        }
        return new Found(first.get(0).entity().name(), c.start() + 1);
    }
}
