package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.EventBuilder;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** 甲向乙、丙颁发“X奖”: an award conferred with 向/为/给 — its giver, recipients, date and place. */
final class AwardConferral {
    /** X 向 A、B、C 等…颁发了「奖」: giver X, recipients A, B, C (those the list names), date and place. */
    static void conferral(DocumentContext ctx, int si, MaskedSentence ms, int[] verb, List<String> named,
                          Map<String, EventBuilder> awards, Map<String, List<String>> recipients,
                          List<ForumExtractor.Forum> forums) {
        String m = ms.masked();
        // one 向 … 颁发 clause per award, in order
        int from = 0;
        for (String a : named) {
            // find the award in the text, then where it stands in the masked sentence (places in its name are masked)
            int inText = ms.sentence().text().indexOf(a);
            if (inText < 0) {
                continue;
            }
            int award = ms.maskedPos(ms.sentence().start() + inText);
            if (award < from) {
                continue;
            }
            int xiang = m.lastIndexOf('向', award);
            // 为/给 + name + 颁发: the same as 向, when a name follows it (not 作为, 成为)
            for (char c : new char[]{'为', '给'}) {
                int at = m.lastIndexOf(c, award);
                if (at > xiang && at + 1 < m.length() && "ⓅⓄⓇ".indexOf(m.charAt(at + 1)) >= 0
                        && (at == 0 || "作成认称".indexOf(m.charAt(at - 1)) < 0)) {
                    xiang = at;
                }
            }
            EventBuilder b = awards.get(AwardExtractor.key(a));
            if (xiang >= 0) {
                MaskedSentence.Slot giver = null;
                for (MaskedSentence.Slot s : ms.slots(0, xiang)) {
                    if (s.entity().type() == EntityType.ORGANIZATION && s.maskedPos() + 1 == xiang) {
                        giver = s;
                    }
                }
                if (giver == null) {
                    giver = PlaceHeads.conferringPlace(ms, xiang); // 甲市市长乙向…颁发: the head confers for the place
                }
                if (giver == null) {
                    for (MaskedSentence.Slot s : ms.slots(0, xiang)) {
                        if (s.entity().type() == EntityType.ORGANIZATION && !ReportingAgencies.files(ms, s)) {
                            giver = s;
                        }
                    }
                }
                if (giver == null) {
                    // 福建省向…颁发: a place said to confer (GOLD.md §7), the subject right before 向
                    MaskedSentence.Slot last = ms.lastPlace(0, xiang);
                    if (last != null && last.maskedPos() + 1 == xiang && last.entity().type() != EntityType.COUNTRY && !where(m, last.maskedPos())) {
                        giver = last;
                    }
                }
                Matcher run = AwardGivers.BODIES_BEFORE.matcher(m.substring(0, xiang));
                if (giver != null && giver.maskedPos() + 1 == xiang && run.find()) {
                    b.giver(AwardGivers.givers(ms, run.start(), run.end())); // 甲协会、乙联合会向…颁发: each body
                } else if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
                List<String> r = recipients.get(AwardExtractor.key(a));
                boolean person = false;
                boolean people = ms.slots(xiang + 1, award).stream().anyMatch(s -> s.entity().type() == EntityType.PERSON);
                for (MaskedSentence.Slot s : ms.slots(xiang + 1, award)) {
                    if (people && s.entity().type() == EntityType.ORGANIZATION && affiliation(m, s.maskedPos() + 1)) {
                        continue; // 向甲大学教授乙颁发: the body a person works for, not honoured itself
                    }
                    if (s.entity().type() == EntityType.PERSON || s.entity().type() == EntityType.ORGANIZATION) {
                        r.add(SigningExtractor.partyName(s)); // 向甲协会、乙先生颁发
                        person |= s.entity().type() == EntityType.PERSON;
                    }
                }
                // 向甲市原副市长乙颁授: the places describe the person honoured, they are not honoured themselves
                int i = person ? award : xiang + 1;
                while (i < award) {
                    int j = i;
                    while (j < award && m.charAt(j) == MaskedSentence.PLACE) {
                        j++;
                    }
                    if (j > i) {
                        MaskedSentence.Slot last = ms.lastPlace(i, j);
                        if (last != null && last.entity().type() != EntityType.COUNTRY) {
                            r.add(last.entity().name());
                        }
                        i = j;
                    } else {
                        i++;
                    }
                }
            }
            String date = AwardCeremony.sentenceDate(ctx, si, b.build().award());
            b.date(date);
            for (ForumExtractor.Forum f : forums) {
                if (f.b.location() != null) {
                    b.location(f.b.location());
                    break;
                }
            }
            from = award + a.length();
        }
    }

    /** 在甲市向…颁发: the places right after 在 say where the award was presented, not who presented it. */
    private static boolean where(String m, int placeAt) {
        int i = placeAt;
        while (i > 0 && m.charAt(i - 1) == MaskedSentence.PLACE) {
            i--;
        }
        return i > 0 && m.charAt(i - 1) == '在';
    }

    /**
     * After a body's name, a calling written on (甲大学教授, 乙研究院首席科学家): the body describes a person. A unit of
     * the body may stand between them (甲大学乙中心主任): the calling after the unit describes the person too.
     */
    static boolean affiliation(String m, int after) {
        while (after < m.length() && m.charAt(after) == MaskedSentence.ORG) {
            after++;
        }
        if (after >= m.length()) {
            return false;
        }
        char c = m.charAt(after);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && "和与及等颁授为向".indexOf(c) < 0;
    }
}
