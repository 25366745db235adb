package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.EventType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWARD events: every named award (a quoted name ending in 奖, or X奖 introduced with 简称), with the giver
 * (the organisation before 向…颁发), recipients (the places or organisations 向 names, and every entry of a
 * numbered winners' list under the award's heading: the last place of each line, before any bracket), and
 * the date and place of the ceremony.
 */
final class AwardExtractor {
    private static final Pattern QUOTED_AWARD = Pattern.compile("[“\"「『【]([^”\"」』】]{2,40}奖)[”\"」』】]");
    private static final Pattern ABBREVIATED_AWARD = Pattern.compile("([\\p{IsHan}]{4,20}奖)[(（]简称");
    /** 省级: / 市级: — a sub-list heading inside a winners' list. */
    private static final Pattern SUB_HEADING = Pattern.compile("[\\p{IsHan}]{1,4}[:：]");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\d{1,3}[.、．]");

    private final EventLexicon lexicon;

    AwardExtractor(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<EventBuilder> extract(DocumentContext ctx, List<ForumExtractor.Forum> forums) {
        Map<String, EventBuilder> awards = new LinkedHashMap<>();
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        String current = null;
        for (int si = 0; si < ctx.sentences.size(); si++) {
            Sentence s = ctx.sentences.get(si);
            MaskedSentence ms = ctx.masked.get(si);
            List<String> named = awardNames(s.text());
            for (String a : named) {
                awards.computeIfAbsent(key(a), k -> Event.builder(EventType.AWARD).award(a)
                        .evidence(new Span(s.start(), s.end())));
                recipients.computeIfAbsent(key(a), k -> new ArrayList<>());
            }
            if (!named.isEmpty() && isHeading(s.text())) {
                current = key(named.get(named.size() - 1));
                continue;
            }
            if (current != null && LIST_ITEM.matcher(s.text()).find()) {
                String r = listEntry(ms);
                if (r != null) {
                    recipients.get(current).add(r);
                }
                continue;
            }
            if (current != null && !SUB_HEADING.matcher(s.text()).matches()) {
                current = null;
            }
            int[] verb = lexicon.find(EventLexicon.Role.AWARD_VERB, ms.masked(), 0);
            if (verb != null && !named.isEmpty() && ms.masked().startsWith("颁发", verb[0])) {
                conferral(ctx, si, ms, verb, named, awards, recipients, forums);
            } else if (!named.isEmpty()) {
                receipt(ctx, si, ms, named, awards, recipients);
            }
        }
        List<EventBuilder> out = new ArrayList<>();
        for (Map.Entry<String, EventBuilder> e : awards.entrySet()) {
            List<String> r = recipients.get(e.getKey());
            if (!r.isEmpty()) {
                e.getValue().recipients(dedupe(r));
            }
            out.add(e.getValue());
        }
        return out;
    }

    /** X 向 A、B、C 等…颁发了「奖」: giver X, recipients A, B, C (those the list names), date and place. */
    private void conferral(DocumentContext ctx, int si, MaskedSentence ms, int[] verb, List<String> named,
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
            if (xiang < from) {
                xiang = m.lastIndexOf('向', award);
            }
            EventBuilder b = awards.get(key(a));
            if (xiang >= 0) {
                MaskedSentence.Slot giver = null;
                for (MaskedSentence.Slot s : ms.slots(0, xiang)) {
                    if (s.entity().type() == EntityType.ORGANIZATION && s.maskedPos() + 1 == xiang) {
                        giver = s;
                    }
                }
                if (giver == null) {
                    for (MaskedSentence.Slot s : ms.slots(0, xiang)) {
                        if (s.entity().type() == EntityType.ORGANIZATION) {
                            giver = s;
                        }
                    }
                }
                if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
                List<String> r = recipients.get(key(a));
                int i = xiang + 1;
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
            DateResolver.DateMention best = ctx.bestDate(si);
            String date = best != null && best.first() != null ? best.first() : ctx.dateBefore(ms.sentence().start());
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

    private static final Pattern RECEIVED = Pattern.compile("([ⓅⓄ]+)(?:再次|首次|成功|共同)?(?:荣获|获得|获颁|获评|被授予)");
    private static final Pattern GIVEN_BY = Pattern.compile("([ⓅⓄ]+)(?:政府)?(?:授予|颁发|颁授)的?[“\"「『]?$");

    /** 青岛市荣获长滩市授予的“…奖”: the subject received the award; a place or body before 授予的 gave it. */
    private void receipt(DocumentContext ctx, int si, MaskedSentence ms, List<String> named,
                         Map<String, EventBuilder> awards, Map<String, List<String>> recipients) {
        String m = ms.masked();
        for (String a : named) {
            int inText = ms.sentence().text().indexOf(a);
            if (inText < 0) {
                continue;
            }
            int award = ms.maskedPos(ms.sentence().start() + inText);
            Matcher r = RECEIVED.matcher(m.substring(0, award));
            MaskedSentence.Slot recipient = null;
            int verbEnd = -1;
            while (r.find()) {
                recipient = ms.lastParty(r.start(1), r.end(1));
                verbEnd = r.end();
            }
            if (recipient == null) {
                continue;
            }
            recipients.get(key(a)).add(recipient.entity().name());
            EventBuilder b = awards.get(key(a));
            Matcher g = GIVEN_BY.matcher(m.substring(verbEnd, award));
            if (g.find()) {
                MaskedSentence.Slot giver = ms.lastParty(verbEnd + g.start(1), verbEnd + g.end(1));
                if (giver != null) {
                    b.giver(List.of(giver.entity().name()));
                }
            }
            DateResolver.DateMention best = ctx.bestDate(si);
            b.date(best != null && best.first() != null ? best.first() : ctx.dateBefore(ms.sentence().start()));
        }
    }

    /** The recipient of a winners' list line: its last place before any bracket (bracket: the partner). */
    private static String listEntry(MaskedSentence ms) {
        String m = ms.masked();
        int bracket = m.indexOf('(');
        if (bracket < 0) {
            bracket = m.indexOf('（');
        }
        MaskedSentence.Slot s = ms.lastPlace(0, bracket < 0 ? m.length() : bracket);
        if (s == null) {
            for (MaskedSentence.Slot o : ms.slots(0, bracket < 0 ? m.length() : bracket)) {
                if (o.entity().type() == EntityType.ORGANIZATION) {
                    s = o;
                }
            }
        }
        return s == null || s.entity().type() == EntityType.COUNTRY ? null : s.entity().name();
    }

    /** A heading line of a winners' list: short, naming an award, no verb of conferring. */
    private boolean isHeading(String s) {
        return s.length() <= 50 && !lexicon.contains(EventLexicon.Role.AWARD_VERB, s) && !s.contains("。");
    }

    private static List<String> awardNames(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED_AWARD.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        m = ABBREVIATED_AWARD.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            int cut = Math.max(name.lastIndexOf('和'), Math.max(name.lastIndexOf('与'), name.lastIndexOf('及')));
            out.add(cut >= 0 ? name.substring(cut + 1) : name);
        }
        return out;
    }

    private static String key(String award) {
        return CanonicalNames.surfaceForm(award);
    }

    private static List<String> dedupe(List<String> l) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(l));
    }
}
