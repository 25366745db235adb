package dev.newsie.events;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sides of a signing that its pair does not give: the further partners listed after a pair (甲与乙、丙及丁),
 * the sentence's subject (the place it opens with, and its representative), the places named before a position
 * (共同签署 by three or more), and the two places a 两市 or 双方 stands for. Reads masked sentences and the
 * document's entities; writes nothing.
 */
final class SigningSides {
    private SigningSides() {
    }

    /** A bracketed aside right before the verb ((左二), (中)). */
    private static final Pattern LEADING_BRACKET = Pattern.compile("^\\([^)]{0,30}\\)");

    private static final Pattern NEXT_PARTNER = Pattern.compile("^(?:、|和|及|以及|与)([ⓅⓄ]+(?:(?:" + SigningPairs.PARTNER_LINK + ")[ⓅⓄ]+)?)(?:\\([^)]{0,30}\\))?");

    /**
     * After a listed place, the 与 of a pair of its own, with the place's signer between them (乙、丙与丁, 乙市长Y、
     * 丙市长Z与丁市长W): the place opens the next pair, it is no further partner of the first side. 和平 is a word.
     */
    private static final Pattern OWN_PAIR_AHEAD = Pattern.compile("(?:[\\p{IsHan}]{0,6}?Ⓡ)?(?:与|同|跟|和(?!平))");
    /** How far after a listed place its own pair's 与 may stand (a title of up to six characters and its person). */
    private static final int OWN_PAIR_REACH = 8;

    /**
     * The further partners listed right after a pair's second side (甲与乙、丙及丁签署), each the last unit of its
     * chain; none when the list goes on with another pair (乙、丙与丁: 丙 is a side of its own pair).
     */
    static List<MaskedSentence.Slot> morePartners(MaskedSentence ms, int from, int verbPos) {
        String m = ms.masked();
        List<MaskedSentence.Slot> out = new ArrayList<>();
        int i = from;
        Matcher bracket = LEADING_BRACKET.matcher(m.substring(i, verbPos));
        if (bracket.find()) {
            i += bracket.end();
        }
        while (i < verbPos) {
            Matcher n = NEXT_PARTNER.matcher(m.substring(i, verbPos));
            if (!n.find()) {
                break;
            }
            int after = i + n.end(1);
            if (OWN_PAIR_AHEAD.matcher(m.substring(after, Math.min(verbPos, after + OWN_PAIR_REACH))).lookingAt()) {
                break;
            }
            MaskedSentence.Slot s = ms.lastParty(i + n.start(1), after);
            if (s == null) {
                break;
            }
            out.add(s);
            i += n.end();
        }
        return out;
    }

    /** The sentence's subject: the place or organisation it opens with, and the person named right after it. */
    static MaskedSentence.Slot[] sentenceSubject(MaskedSentence ms) {
        String m = ms.masked();
        Matcher dateline = LEAD_DATELINE.matcher(m);
        int from = dateline.lookingAt() ? dateline.end() : 0;
        List<MaskedSentence.Slot> all = ms.slots().stream().filter(s -> s.maskedPos() >= from).toList();
        if (all.isEmpty() || all.get(0).maskedPos() > 4 + from || all.get(0).entity().type() == EntityType.PERSON) {
            return null;
        }
        int i = all.get(0).maskedPos();
        int j = i;
        while (j < m.length() && (m.charAt(j) == MaskedSentence.PLACE || m.charAt(j) == MaskedSentence.ORG)) {
            j++;
        }
        MaskedSentence.Slot party = ms.lastParty(i, j);
        if (party == null) {
            return null;
        }
        MaskedSentence.Slot person = null;
        Matcher t = TITLE_THEN_PERSON.matcher(m.substring(j));
        if (t.lookingAt()) {
            person = ms.slots(j + t.start(1), j + t.end(1)).get(0);
        }
        return new MaskedSentence.Slot[]{party, person};
    }

    /** The party a clause opens with (its first place or organisation, within a few characters), or null. */
    static String clauseOpeningParty(MaskedSentence ms, int clauseFrom) {
        return firstPartyWithin(ms, clauseFrom, 4);
    }

    /**
     * 【甲/综合报导】, 〔记者…/甲报导〕: a bracketed dateline opening the lead; also an outlet's lead run into the
     * first sentence (本报讯, 甲日报讯, 通讯社甲市6月12日电(记者…)), whose outlet and place report the news and sign nothing.
     */
    private static final Pattern LEAD_DATELINE = Pattern.compile("[【〔\\[][^】〕\\]]{0,30}[】〕\\]]"
            + "|(?:本报|本刊|本台|本网|Ⓞ)Ⓟ*(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:专电|电|讯)(?:\\s*[(（][^()（）]{0,30}[)）])?\\s*");

    /** How far into a sentence (after its date) its subject may open. */
    private static final int OPENING = 12;

    /** 代表团, 访问团, 考察团, 参访团: the head words of a delegation, shared by the signing readers. */
    static final String DELEGATION_HEAD = "(?:代表团|访问团|考察团|参访团)";
    /** 代表团, 友好访问团, 经贸代表团, 政府代表团: the words for a delegation. */
    static final String DELEGATION = "(?:友好|经贸|友好交流|政府)?" + DELEGATION_HEAD;
    /**
     * 甲市代表团: a place naming the delegation right before the word (a place-led delegation); 甲市副市长X率团: a
     * delegation led by a head of the place.
     */
    private static final Pattern PLACE_DELEGATION = Pattern.compile("([ⓅⓄ]+)(?:" + DELEGATION
            + "|[^ⓅⓄⓇ。;；,，]{0,8}?Ⓡ(?:率团|率领代表团|率代表团|带领代表团|率领[^ⓅⓄⓇ。;；,，]{0,6}?代表团))");
    /** A delegation's word right after a government's name: the government's delegation. */
    private static final Pattern DELEGATION_WORD = Pattern.compile(DELEGATION);
    /** 代表团 said again without its place: the delegation already named. */
    private static final Pattern DELEGATION_AGAIN = Pattern.compile(DELEGATION_HEAD);

    /**
     * The place whose delegation the report follows on its tour: the last place named right before 代表团 in this
     * sentence or earlier, provided this sentence or the one before speaks of the delegation again. Null otherwise.
     */
    static String touringDelegation(DocumentContext ctx, MaskedSentence ms) {
        int si = ctx.masked.indexOf(ms);
        if (si < 0 || !(DELEGATION_AGAIN.matcher(ms.masked()).find()
                || (si > 0 && DELEGATION_AGAIN.matcher(ctx.masked.get(si - 1).masked()).find()))) {
            return null;
        }
        for (int k = si; k >= 0; k--) {
            MaskedSentence s = ctx.masked.get(k);
            String found = null;
            Matcher d = PLACE_DELEGATION.matcher(s.masked());
            while (d.find()) {
                MaskedSentence.Slot place = s.lastParty(d.start(1), d.end(1));
                if (place != null && place.entity().type() != EntityType.COUNTRY) {
                    found = SigningExtractor.partyName(place);
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The party a sentence opens with (after a date or time: 4月19日,甲省…), or null. */
    static String openingParty(MaskedSentence ms) {
        Matcher dateline = LEAD_DATELINE.matcher(ms.masked());
        // 【北海道/综合报导】甲镇长…: the dateline's place is where the report was filed, not who signs
        return firstPartyWithin(ms, dateline.lookingAt() ? dateline.end() : 0, OPENING);
    }

    /**
     * The first place or organisation (a person or a country is skipped) opening at most {@code reach} characters
     * after {@code from}, read as the last party of its run of place slots; null when none opens there.
     */
    private static String firstPartyWithin(MaskedSentence ms, int from, int reach) {
        String m = ms.masked();
        for (MaskedSentence.Slot s : ms.slots()) {
            if (s.maskedPos() < from) {
                continue;
            }
            if (s.maskedPos() > from + reach) {
                return null;
            }
            if (s.entity().type() == EntityType.PERSON || s.entity().type() == EntityType.COUNTRY) {
                continue;
            }
            int j = s.maskedPos();
            while (j < m.length() && (m.charAt(j) == MaskedSentence.PLACE || m.charAt(j) == MaskedSentence.ORG)) {
                j++;
            }
            MaskedSentence.Slot party = ms.lastParty(s.maskedPos(), j);
            return party == null ? null : SigningExtractor.partyName(party);
        }
        return null;
    }

    private static final Pattern TITLE_THEN_PERSON = Pattern.compile("[\\p{IsHan}、]{0,8}?(Ⓡ)");

    /** 内埔乡长钟国光, 甲市市长X: a place, the head's title, then the person holding it. */
    private static final Pattern PLACE_HEAD = Pattern.compile("([ⓅⓄ]+)[\\p{IsHan}]{0,4}?(?:长|知事|首长|主席|书记)(Ⓡ)");

    /**
     * The place a person was introduced as the head of (内埔乡长钟国光 … 钟国光与乙町长Y签订), searched from the
     * document's start up to the sentence at hand; null when the person was never given such a title.
     */
    static String placeHeadedBy(DocumentContext ctx, MaskedSentence upTo, dev.newsie.model.Entity person) {
        int last = ctx.masked.indexOf(upTo);
        for (int k = 0; k <= last && k >= 0; k++) {
            MaskedSentence s = ctx.masked.get(k);
            Matcher h = PLACE_HEAD.matcher(s.masked());
            while (h.find()) {
                List<MaskedSentence.Slot> who = s.slots(h.start(2), h.end(2));
                if (who.isEmpty() || !who.get(0).entity().name().equals(person.name())) {
                    continue;
                }
                MaskedSentence.Slot place = s.lastParty(h.start(1), h.end(1));
                if (place != null && place.entity().type() != EntityType.COUNTRY) {
                    return SigningExtractor.partyName(place);
                }
            }
        }
        return null;
    }

    /** The last non-country place of each run of place slots in [from, to), in order, without repeats. */
    static List<String> placesBefore(MaskedSentence ms, int from, int to) {
        String m = ms.masked();
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        int i = from;
        while (i < to) {
            if (m.charAt(i) != MaskedSentence.PLACE) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && m.charAt(j) == MaskedSentence.PLACE) {
                j++;
            }
            MaskedSentence.Slot last = ms.lastPlace(i, j);
            if (last != null && last.entity().type() != EntityType.COUNTRY) {
                out.add(last.entity().name());
            }
            i = j;
        }
        return new ArrayList<>(out);
    }

    /**
     * For 两市签署…: the two places last named before the verb, if they are one Chinese (or unlocated) and one foreign place
     * (the usual pair of a twinning); otherwise nothing, rather than a guess.
     */
    static List<String> lastChineseAndForeignPlaces(DocumentContext ctx, int before) {
        return lastChineseAndForeignPlaces(ctx, before, false);
    }

    /**
     * As above; with {@code citiesOnly} (the sides summed up as 两市, 两城, 两县: two cities or counties) a state,
     * province or country named last is no side: 在某州访问…两市缔盟 twins the state's city, not the state.
     */
    static List<String> lastChineseAndForeignPlaces(DocumentContext ctx, int before, boolean citiesOnly) {
        List<String> sides = lastChineseAndForeignPlaces(ctx, before, citiesOnly, true);
        return sides != null ? sides : lastChineseAndForeignPlaces(ctx, before, citiesOnly, false);
    }

    /**
     * 在Ⓟ会见, 在Ⓟ举行: a place written after 在 (or 于) is where something happened, which a mayor who met his guest
     * in the capital does not make a side (甲市市长在北京会见乙市市长,双方签署…); such mentions are passed over first,
     * and read only when no pair is found without them.
     */
    private static boolean setting(DocumentContext ctx, dev.newsie.model.Mention m) {
        return m.start() > 0 && (ctx.text.charAt(m.start() - 1) == '在' || ctx.text.charAt(m.start() - 1) == '于');
    }

    private static List<String> lastChineseAndForeignPlaces(DocumentContext ctx, int before, boolean citiesOnly, boolean skipSettings) {
        List<dev.newsie.model.Mention> order = new ArrayList<>();
        java.util.Map<dev.newsie.model.Mention, dev.newsie.model.Entity> owner = new java.util.HashMap<>();
        // 甲市政府代表团访问乙市,双方签署: a government's delegation is its place's side (a foreign one the foreign side)
        java.util.Map<dev.newsie.model.Mention, String> sentBy = new java.util.HashMap<>();
        java.util.Set<dev.newsie.model.Mention> sentFromAbroad = new java.util.HashSet<>();
        for (dev.newsie.model.Entity e : ctx.entities) {
            String government = e.type() == EntityType.ORGANIZATION ? SigningExtractor.placeOfGovernment(e.name()) : null;
            boolean abroad = government != null && ctx.entities.stream().anyMatch(p -> p.type().isPlace() && p.name().equals(government)
                    && p.country() != null && !p.country().equals("中国"));
            for (dev.newsie.model.Mention m : government == null ? List.<dev.newsie.model.Mention>of() : e.mentions()) {
                if (m.end() <= before && DELEGATION_WORD.matcher(ctx.text).region(m.end(), ctx.text.length()).lookingAt()) {
                    order.add(m);
                    sentBy.put(m, government);
                    if (abroad) {
                        sentFromAbroad.add(m);
                    }
                }
            }
            if (!e.type().isPlace() || (citiesOnly && e.type() != EntityType.CITY)) {
                continue;
            }
            for (dev.newsie.model.Mention m : e.mentions()) {
                if (m.end() <= before && !(skipSettings && setting(ctx, m))) {
                    order.add(m);
                    owner.put(m, e);
                }
            }
        }
        order.sort((a, b) -> b.start() - a.start());
        String chinese = null, foreign = null;
        for (dev.newsie.model.Mention m : order) {
            if (sentBy.containsKey(m)) {
                boolean abroad = sentFromAbroad.contains(m);
                if (abroad && foreign == null) {
                    foreign = sentBy.get(m); // 日本甲县政府代表团: a foreign government's delegation is the foreign side
                } else if (!abroad && chinese == null) {
                    chinese = sentBy.get(m);
                }
                if (chinese != null && foreign != null) {
                    return List.of(chinese, foreign);
                }
                continue;
            }
            dev.newsie.model.Entity e = owner.get(m);
            // a place with no country is on the home side: a Taiwanese county, a place the article does not locate
            boolean isChinese = "中国".equals(e.country()) || e.country() == null;
            if (isChinese && chinese == null) {
                chinese = e.name();
            } else if (!isChinese && e.country() != null && foreign == null) {
                foreign = e.name();
            }
            if (chinese != null && foreign != null) {
                return List.of(chinese, foreign);
            }
        }
        return null;
    }

    /** 两市 of two home cities (台北 and 上海): the two distinct cities named last before the position. */
    static List<String> lastTwoCities(DocumentContext ctx, int before) {
        int[] best = {-1, -1};
        String[] names = new String[2];
        for (dev.newsie.model.Entity e : ctx.entities) {
            if (e.type() != EntityType.CITY) {
                continue;
            }
            int last = -1;
            for (dev.newsie.model.Mention m : e.mentions()) {
                if (m.end() <= before) {
                    last = Math.max(last, m.start());
                }
            }
            if (last > best[0]) {
                best[1] = best[0];
                names[1] = names[0];
                best[0] = last;
                names[0] = e.name();
            } else if (last > best[1]) {
                best[1] = last;
                names[1] = e.name();
            }
        }
        return names[1] == null ? null : List.of(names[1], names[0]);
    }
}
