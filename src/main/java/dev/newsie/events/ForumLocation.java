package dev.newsie.events;

import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Where a forum was held: the place a sentence puts it (在甲市举行), else one inferred from related forums or its name. */
final class ForumLocation {
    private ForumLocation() {
    }

    /** 在 + place (+ venue) + 举行/举办: the place; or 齐聚 + place. */
    static String location(MaskedSentence ms) {
        String m = ms.masked();
        for (String cue : List.of("在", "于", "假", "赴", "齐聚", "相聚", "聚首", "来到")) { // 假: Hong Kong and Macau usage
            for (int i = m.indexOf(cue); i >= 0; i = m.indexOf(cue, i + 1)) {
                int j = i + cue.length();
                int k = j;
                while (k < m.length() && m.charAt(k) == MaskedSentence.PLACE) {
                    k++;
                    // 保加利亚首都索非亚: the chain goes on through its capital
                    for (String link : List.of("首都", "首府", "省会")) {
                        if (m.startsWith(link, k) && k + 2 < m.length() && m.charAt(k + 2) == MaskedSentence.PLACE) {
                            k += 2;
                        }
                    }
                }
                if (k > j && Demonyms.opensOne(m, k)) {
                    k--; // 在甲市威尼斯人会展中心: the last place opens a demonym or a brand (威尼斯人), no place of the forum
                }
                if (k > j) {
                    MaskedSentence.Slot slot = brandBeforeAHotel(ms, j, k) ? ms.slots(j, k).get(ms.slots(j, k).size() - 2) : ms.lastPlace(j, k);
                    if (slot != null && slot.entity().type() != EntityType.COUNTRY) {
                        return slot.entity().name();
                    }
                }
                String home = HOME_REGION.get(m.substring(j, Math.min(j + 2, m.length())));
                if (home != null && (cue.equals("在") || cue.equals("于") || cue.equals("假"))) {
                    return home; // 于本澳举行: Macau's and Hong Kong's press call their own region 本澳, 本港
                }
            }
        }
        return null;
    }

    /**
     * 甲市长论坛乙市开幕: a headline drops 在 and puts the place between the forum's head noun and the verb of holding
     * ({@code FORUM_HEAD} and {@code HELD} of models/events/lexicon.tsv); the last place of that run, no country.
     */
    static String placeAfterHead(MaskedSentence ms, List<String> heads, List<String> held) {
        String m = ms.masked();
        for (String head : heads) {
            for (int i = m.indexOf(head); i >= 0; i = m.indexOf(head, i + 1)) {
                int j = i + head.length(), k = j;
                while (k < m.length() && m.charAt(k) == MaskedSentence.PLACE) {
                    k++;
                }
                int end = k;
                if (k > j && held.stream().anyMatch(v -> m.startsWith(v, end))) {
                    MaskedSentence.Slot slot = ms.lastPlace(j, k);
                    if (slot != null && slot.entity().type() != EntityType.COUNTRY) {
                        return slot.entity().name();
                    }
                }
            }
        }
        return null;
    }

    /** A hotel's head right after a run of places (甲市香格里拉大酒店). */
    private static final java.util.regex.Pattern HOTEL_AFTER = java.util.regex.Pattern.compile("^[^,，。;；、]{0,6}?(?:" + ForumVenue.HOTEL_HEADS + ")");

    /**
     * 在福州香格里拉大酒店举行: a city, then a second city right before a hotel's name — a chain's brand that is also a
     * place name (香格里拉) — holds the forum in the first city, not in the brand's place.
     */
    private static boolean brandBeforeAHotel(MaskedSentence ms, int j, int k) {
        List<MaskedSentence.Slot> run = ms.slots(j, k);
        if (run.size() < 2 || !HOTEL_AFTER.matcher(ms.masked().substring(k)).lookingAt()) {
            return false;
        }
        return run.get(run.size() - 1).entity().type() == EntityType.CITY && run.get(run.size() - 2).entity().type() == EntityType.CITY;
    }

    /** 本澳, 本港: "this region" in the Macau and Hong Kong press, which names it (canonical names, GOLD.md §4). */
    private static final java.util.Map<String, String> HOME_REGION = java.util.Map.of("本澳", "澳门", "本港", "香港");

    /**
     * 在甲市政厅召开, 在甲国际会展中心举行: a venue whose name opens with a city's name places the forum in that city,
     * though no place stands alone in the sentence. The longest city name the venue starts with, or null.
     */
    /** What follows the city in a venue named for it: its hall (市政厅, 市厅) or a civic centre (国际会展中心); not 大学. */
    private static final java.util.regex.Pattern CITY_VENUE = java.util.regex.Pattern.compile("市?(?:政厅|厅|政府|政大楼|民中心)|国际|会展|会议|人民大会堂|大会堂");

    static String cityLeadingVenue(String venue, List<Entity> entities) {
        if (venue == null) {
            return null;
        }
        String v = dev.newsie.canon.ScriptConverter.toSimplified(venue);
        String best = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.CITY && e.name().length() >= 2 && v.startsWith(e.name())
                    && CITY_VENUE.matcher(v.substring(e.name().length())).lookingAt() && (best == null || e.name().length() > best.length())) {
                best = e.name();
            }
        }
        return best;
    }

    /** The last character of an edition or a year written before a forum's name (第二届, 上一届, 2019年, 2019). */
    private static final java.util.regex.Pattern OWN_EDITION = java.util.regex.Pattern.compile("[届年\\d]");
    /** A bracket of a few Han characters: (长沙), （大连市）. */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[(（]([\\p{IsHan}]{2,8})[)）]");

    /** A bracketed chain of places from the widest (中国·甲省·乙市), with its last, narrowest place. */
    private static final java.util.regex.Pattern BRACKETED_CHAIN = java.util.regex.Pattern.compile(
            "[(（]" + ForumNames.PLACE_CHAIN.pattern() + "[)）]");
    /**
     * 甲国(乙市)—丙国(丁市)交流会: two sides paired by a dash, each glossed by its place in brackets; the brackets say
     * whose the sides are, not where they met, so a place a sentence gives comes first.
     */
    private static final java.util.regex.Pattern PAIRED_SIDES = java.util.regex.Pattern.compile(ForumNames.PAIRED_SIDES);

    /**
     * 甲乙城市合作(丙市)论坛, 第五届甲乙论坛(丙市): a city bracketed inside a forum's name, or right after it, names the
     * city the edition is held in; the city, when the page recognised it as one, else null.
     */
    static String bracketedCity(String name, String text, List<Entity> entities) {
        String inside = bracketedInName(name, entities);
        return inside != null ? inside : bracketedAfterName(name, text, entities);
    }

    /** 甲乙城市合作(丙市)论坛: a city bracketed inside the forum's name, or null. */
    static String bracketedInName(String name, List<Entity> entities) {
        java.util.regex.Matcher chain = BRACKETED_CHAIN.matcher(name);
        while (chain.find()) {
            String city = cityNamed(chain.group(1), entities);
            if (city != null) {
                return city; // 2031(中国·甲省·乙市)交流会: the chain narrows to the city last
            }
        }
        java.util.regex.Matcher in = BRACKETED.matcher(name);
        while (in.find()) {
            String city = cityNamed(in.group(1), entities);
            if (city != null) {
                return city;
            }
        }
        return null;
    }

    /**
     * 第五届甲乙论坛(丙市): a city bracketed right after a mention of the forum's name, or null. Not after a mention with
     * an edition or a year of its own before the name (第二届青河论坛（白山）, 上一届…, 2019年…: a past edition told in the
     * background, when the name carries no edition).
     */
    static String bracketedAfterName(String name, String text, List<Entity> entities) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (i > 0 && OWN_EDITION.matcher(text.substring(Math.max(0, i - 1), i)).matches()) {
                continue;
            }
            java.util.regex.Matcher after = BRACKETED.matcher(text).region(i + name.length(), text.length());
            if (after.lookingAt()) {
                String city = cityNamed(after.group(1), entities);
                if (city != null) {
                    return city;
                }
            }
        }
        return null;
    }

    /** The recognised city written {@code written} (丙 or 丙市, either script: the canonical name's suffix rule), or null. */
    private static String cityNamed(String written, List<Entity> entities) {
        String w = dev.newsie.canon.CanonicalNames.dropSuffix(dev.newsie.canon.ScriptConverter.toSimplified(written));
        for (Entity e : entities) {
            if (e.type() == EntityType.CITY && w.equals(e.name())) {
                return e.name();
            }
        }
        return null;
    }

    /**
     * 新华社甲市5月10日电 某某10日在出席乙论坛时说, 【甲市讯】乙论坛今日落幕: a forum the dateline's own sentence reports,
     * with no place said, was held where the report was filed — unless that sentence names another place (a city, a
     * province, a country, 香港: 出席在丙国举行的乙论坛, 率团访问丙市期间举行的乙论坛), the forum's name names another city,
     * or its organisers are another city's: the dateline's city, or null.
     */
    static String reportedInTheDateline(DocumentContext ctx, ForumExtractor.Forum f, List<String> organizers) {
        String home = ctx.datelineCity();
        MaskedSentence.Slot dateline = ctx.datelineSlot();
        int at = ctx.datelineSentence();
        if (home == null || dateline == null || at < 0) {
            return null;
        }
        String text = ctx.sentences.get(at).text();
        List<String> names = new ArrayList<>(f.aliases);
        names.add(f.name);
        if (names.stream().noneMatch(text::contains)) {
            return null;
        }
        MaskedSentence ms = ctx.masked.get(at);
        java.util.regex.Matcher byline = BYLINE.matcher(text);
        int bylineEnd = byline.find() ? byline.end() : 0;
        for (MaskedSentence.Slot s : ms.slots()) {
            if (s.mention().start() - ctx.sentences.get(at).start() < bylineEnd) {
                continue; // (记者 某某 华山): a reporter's name read as a place
            }
            EntityType t = s.entity().type();
            boolean place = t == EntityType.CITY || t == EntityType.PROVINCE || t == EntityType.COUNTRY;
            if (place && s.maskedPos() > dateline.maskedPos() && !home.equals(s.entity().name())
                    && !holdsTheDatelinesCity(s.entity(), dateline.entity())
                    && !insideAName(text, s.mention().start() - ctx.sentences.get(at).start(), names)) {
                return null; // a place the forum may have been held in, other than the dateline's
            }
        }
        for (Entity e : ctx.entities) {
            boolean cityLike = e.type() == EntityType.CITY || DocumentContext.cityLikeRegion(e.name());
            if (cityLike && !home.equals(e.name()) && (f.name.contains(e.name())
                    || organizers != null && organizers.stream().anyMatch(o -> o.contains(e.name()) && !o.contains(home)))) {
                return null;
            }
        }
        if (organizers != null && organizers.stream().anyMatch(o -> CITY_BODY.matcher(o).lookingAt() && !o.startsWith(home))) {
            return null; // 由乙市人民政府主办: a body of another city hosts it, most likely at home
        }
        return home;
    }

    /**
     * The dateline's city, when a clause has the forum (or an alias) for subject and says it was held 此间
     * ({@link DatelineCeremonyPlace#HERE}: 甲论坛今日在此间举行), unless the sentence tells a trip away from the
     * dateline; else null. A forum named in another clause (a past edition told in passing) is not placed by it.
     */
    static String heldHere(DocumentContext ctx, ForumExtractor.Forum f) {
        for (int si = 0; si < ctx.sentences.size(); si++) {
            String here = heldHereIn(ctx, si, f);
            if (here != null) {
                return here;
            }
        }
        return null;
    }

    /**
     * As {@link #heldHere}, for sentence {@code si} alone: a sentence that holds the forum 此间 places it before any later
     * one that names a place in passing (此次赴某省交流).
     */
    static String heldHereIn(DocumentContext ctx, int si, ForumExtractor.Forum f) {
        String home = ctx.datelineCity();
        if (home == null) {
            return null;
        }
        List<String> names = new ArrayList<>(f.aliases);
        names.add(f.name);
        String text = ctx.sentences.get(si).text();
        Matcher h = DatelineCeremonyPlace.HERE.matcher(text);
        while (h.find()) {
            String subject = text.substring(SigningExtractor.clauseStart(text, h.start()), h.start());
            if (names.stream().anyMatch(subject::contains) && !SigningPlace.tripAwayFromDateline(ctx, ctx.masked.get(si))) {
                return home;
            }
        }
        return null;
    }

    /** 乙市人民政府, 乙市外办: a body whose name opens with a city's name and 市 (not 城市, 都市: no city's name). */
    private static final java.util.regex.Pattern CITY_BODY = java.util.regex.Pattern.compile("\\p{IsHan}{2,4}?(?<![城都])市(?![场民])");

    /** The reporters' bracket after a dateline: (记者 某某 某某), 〔记者某某/甲市报导〕. */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile("[(（〔\\[【]\\s*记者[^)）〕\\]】]{0,30}[)）〕\\]】]");

    /** 新华社南昌电 …出席江西省…大会: the dateline city's own province or country is no other place. */
    private static boolean holdsTheDatelinesCity(Entity place, Entity city) {
        return place.type() == EntityType.PROVINCE && CountyLevelPlaces.provincesOf(city.name()).contains(place.name())
                || place.type() == EntityType.COUNTRY && place.name().equals(city.country() == null ? "中国" : city.country());
    }

    /** Whether the text offset falls inside a mention of one of the forum's names (中国—东盟论坛: 中国 is no place said). */
    private static boolean insideAName(String text, int offset, List<String> names) {
        for (String n : names) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                if (offset >= i && offset < i + n.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where no sentence says where a forum was held, and it was not held online: the place of a related forum (one
     * name containing the other, 全球市长论坛 and its 全体大会), else — for a forum reported with a date — the city its
     * name carries.
     */
    static void inferLocation(DocumentContext ctx, ForumExtractor.Forum f, List<ForumExtractor.Forum> all) {
        if (f.online) {
            return; // held online (以视频方式召开): no city to infer
        }
        String bracketed = bracketedCity(f.name, ctx.text, ctx.entities);
        if (bracketed != null && !(f.b.location() != null && PAIRED_SIDES.matcher(f.name).find())) {
            f.b.location(bracketed); // the edition's city, which the name states, over a place a sentence names
            return;
        }
        if (f.b.location() != null) {
            return; // placed by a sentence
        }
        String bare = f.name.replaceFirst("^\\d{4}年?", "");
        for (ForumExtractor.Forum o : all) {
            String ob = o.name.replaceFirst("^\\d{4}年?", "");
            if (o != f && o.b.location() != null && (ob.contains(bare) || bare.contains(ob))) {
                f.b.location(o.b.location());
                return;
            }
        }
        Event built = f.b.build();
        String byVenue = cityLeadingVenue(built.venue(), ctx.entities);
        if (byVenue != null) {
            f.b.location(byVenue);
            return;
        }
        String here = heldHere(ctx, f);
        if (here != null) {
            f.b.location(here); // 甲论坛今日在此间举行: where the report was filed, whoever organised it
            return;
        }
        if (built.date() == null && built.start() == null && !ForumMentions.YEAR_PREFIX.matcher(f.name).find()) {
            return; // a year in front of the name dates it too (2019甲市国际友城论坛 reported held)
        }
        String filedFrom = reportedInTheDateline(ctx, f, built.organizers());
        if (filedFrom != null) {
            f.b.location(filedFrom); // a forum reported held (dated), not one announced (将于10月举办)
            return;
        }
        int best = Integer.MAX_VALUE, named = 0;
        for (Entity e : ctx.entities) {
            int at = f.name.indexOf(e.name());
            if (e.type() == EntityType.CITY && at >= 0) {
                named++;
                if (at < best) {
                    best = at;
                    f.b.location(e.name());
                }
            }
        }
        String dateline = ctx.datelineCity();
        if (named > 1 && dateline != null && f.name.contains(dateline)) {
            f.b.location(dateline); // 台北上海城市论坛 alternates between its cities: the dateline says which
        }
        List<String> hosts = built.organizers();
        if (f.b.location() == null && dateline != null && hosts != null && hosts.stream().anyMatch(h -> h.startsWith(dateline))) {
            // 某网甲市4月20日电 …论坛由甲市人民政府主办, no place said: the city reporting it hosts it there
            f.b.location(dateline);
        }
    }
}
