package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.canon.PlaceLevelWords;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GOLD.md §7's bare references: 市政府, 省委, 市人大常委会 written without their place stand for the bodies of
 * the Chinese city or province the article is about, and are named in full (福州市政府) — when the article
 * names such a place at all. The place is the Chinese city (for 市…) or province (for 省…) mentioned most
 * often. Bodies come from {@code models/bare-org-references.tsv}.
 */
public final class BareOrganizationReferences {
    /** Characters before a bare reference that show it starts there: not part of a longer word (城市政府). */
    static final String OPENERS = "偕受由与和及向在对从被把为经表、,，。;；:：“”\"（(\n ";
    /**
     * Verbs of an official acting for the page's own side (OWN rows of models/clause-verbs.tsv: 率, 带领, 感谢) whose object
     * opens right after them: a bare body there starts its own word (某某率市府团队来访, 感谢市政府支持), as after the
     * prepositions of {@link #OPENERS}; after a verb of visiting (访问市政府) the body may be the partner's, so it is not read.
     */
    private static final List<String> GOVERNING_VERBS = ClauseVerbs.ownSide();

    /** Province-level units that are no 省 (autonomous regions, special administrative regions, Taiwan): 省委 is none of theirs. */
    static final Set<String> NOT_PROVINCES = Set.of("台湾", "香港", "澳门", "内蒙古", "广西", "西藏", "宁夏", "新疆");

    private final Map<Character, List<String>> bodies;
    /** A level's committee and government written together (市委市政府), from the levels of {@link #bodies}. */
    private final Pattern joint;
    /** Taiwan's cities (市) from the divisions gazetteer: in an article written from Taiwan, 市府 is one of theirs. */
    private final Set<String> taiwanCities;
    /** Taiwan's counties (县), whose governments its press calls 县府. */
    private final Set<String> taiwanCounties;
    private final TaiwanPerspective taiwan = TaiwanPerspective.load();
    /** Level + body as written → the body's full form where it differs (市 + 府 → 政府: 台南市政府). */
    private final Map<String, String> fullForms;
    /**
     * Level + body as written → the body's full name, for a mainland short form (市友协 → 市人民对外友好协会): GOLD.md §7
     * names a bare reference by the full name it implies. Unlike the clipped forms above these are no Taiwan usage,
     * so they do not steer the choice of place. Rows marked {@code short} in the table.
     */
    private Map<String, String> shortForms = Map.of();
    /**
     * China's divisions by the level character their official names end in (市 → 福州, 昆山; 县 → 某某县's name): a
     * bare 市委 is a city's, never a county's, and a bare 县委 a county's.
     */
    private final Map<Character, Set<String>> divisionsByLevel;

    public BareOrganizationReferences(Map<Character, List<String>> bodies) {
        this(bodies, Map.of());
    }

    public BareOrganizationReferences(Map<Character, List<String>> bodies, Map<String, String> fullForms) {
        this(bodies, fullForms, Set.of(), Set.of());
    }

    BareOrganizationReferences(Map<Character, List<String>> bodies, Map<String, String> fullForms, Set<String> taiwanCities,
                               Set<String> taiwanCounties) {
        this(bodies, fullForms, taiwanCities, taiwanCounties, Map.of());
    }

    BareOrganizationReferences(Map<Character, List<String>> bodies, Map<String, String> fullForms, Set<String> taiwanCities,
                               Set<String> taiwanCounties, Map<Character, Set<String>> divisionsByLevel) {
        this.divisionsByLevel = Map.copyOf(divisionsByLevel);
        this.taiwanCities = Set.copyOf(taiwanCities);
        this.taiwanCounties = Set.copyOf(taiwanCounties);
        this.fullForms = Map.copyOf(fullForms);
        Map<Character, List<String>> m = new HashMap<>();
        bodies.forEach((level, list) -> {
            List<String> l = new ArrayList<>(list);
            l.sort(Comparator.comparingInt(String::length).reversed());
            m.put(level, List.copyOf(l));
        });
        this.bodies = Map.copyOf(m);
        this.joint = jointLeadership();
    }

    public static BareOrganizationReferences load() {
        Map<Character, List<String>> bodies = new HashMap<>();
        Map<String, String> fullForms = new HashMap<>();
        Map<String, String> shortForms = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("bare-org-references.tsv", 2)) {
            if (r.get(0).length() != 1) {
                throw r.error("level must be one character (市, 省 or 县), not '" + r.get(0) + "'");
            }
            bodies.computeIfAbsent(r.get(0).charAt(0), k -> new ArrayList<>()).add(r.get(1));
            if (r.columns().size() > 3 && r.get(3).equals("short")) {
                shortForms.put(r.get(0) + r.get(1), r.get(2)); // a mainland short form: only the name changes
            } else if (r.columns().size() > 2 && !r.get(2).isBlank()) {
                fullForms.put(r.get(0) + r.get(1), r.get(2));
            }
        }
        Set<String> taiwanCities = new java.util.HashSet<>(), taiwanCounties = new java.util.HashSet<>();
        Map<Character, Set<String>> byLevel = new HashMap<>();
        for (ModelFile.Row r : ModelFile.read("gazetteer/china-divisions.tsv", 5)) {
            if (r.get(1).equals("CITY") && r.get(2).equals(TAIWAN)) {
                (r.get(4).equals(CITY_LEVEL) ? taiwanCities : taiwanCounties).add(r.get(0));
            }
            String full = r.get(3);
            if (r.get(1).equals("CITY") && !full.isEmpty()) {
                byLevel.computeIfAbsent(full.charAt(full.length() - 1), k -> new java.util.HashSet<>()).add(r.get(0));
            }
        }
        BareOrganizationReferences refs = new BareOrganizationReferences(bodies, fullForms, taiwanCities, taiwanCounties, byLevel);
        refs.shortForms = Map.copyOf(shortForms);
        return refs;
    }

    /** Levels whose bare bodies stand for a place of that level: a city (市), a county (县) or an autonomous prefecture (州). */
    private static final String PLACE_LEVELS = "市县州";
    /**
     * An autonomous prefecture's level character, 州, is also the suffix of foreign states and of many city names
     * (杭州); its bare bodies (州委, 州政府) stand only for a division whose official name ends in 州 (湘西 of
     * 湘西土家族苗族自治州), never for a place merely written before 州.
     */
    private static final char PREFECTURE = '州';

    /**
     * Whether a Chinese place can be the one a bare body of this level stands for: one the article writes with the
     * level (某某市) can; a division whose official name ends in another level (a county for 市委) cannot; a place the
     * divisions do not list can, for 市 only.
     */
    private boolean ofLevel(String text, String place, char level) {
        if (level == PREFECTURE) {
            return divisionsByLevel.getOrDefault(level, Set.of()).contains(place);
        }
        if (PLACE_LEVELS.indexOf(level) < 0 || divisionsByLevel.isEmpty() || text.contains(place + level)) {
            return true; // the article's own 某某市 beats a division of the same name at another level
        }
        if (divisionsByLevel.getOrDefault(level, Set.of()).contains(place)) {
            return true;
        }
        return level == '市' && divisionsByLevel.values().stream().noneMatch(s -> s.contains(place));
    }

    /** The province whose cities a text written from Taiwan calls its own, and the divisions' level of a 市. */
    private static final String TAIWAN = "台湾", CITY_LEVEL = "prefecture";

    /**
     * 市府部分,市长某某: the bare 市 bodies of an article written from Taiwan are those of the Taiwan city it names
     * most often, though it names mainland or foreign cities too; null when it names none or is not so written.
     */
    String ownTaiwanCity(String text, List<Candidate> places) {
        return taiwan.writtenFromTaiwan(text) ? mostMentionedOf(places, taiwanCities) : null;
    }

    /** Taiwan's press clip of a city's government (某市 + 府), which only that press writes after the city's name. */
    static final String CLIPPED_CITY_GOVERNMENT = "市府";

    /**
     * The Taiwan city whose bodies the article writes bare: its own city when written from Taiwan, else the Taiwan city
     * it names most often if it writes that city's government with Taiwan's clip (某市市府), which is the Taiwan press's
     * own usage even with no word of home in the page; null otherwise.
     */
    String homeTaiwanCity(String text, List<Candidate> places) {
        String own = ownTaiwanCity(text, places);
        if (own != null) {
            return own;
        }
        return mostMentionedTaiwanCityWriting(text, places, CLIPPED_CITY_GOVERNMENT);
    }

    /**
     * The Taiwan city the article names most often, where the article also writes that city's government in the form
     * given ({@code 市府}, {@code 市政府}): a page with no word of home is about the city whose government it writes; else null.
     */
    String mostMentionedTaiwanCityWriting(String text, List<Candidate> places, String government) {
        String named = mostMentionedTaiwanCity(places);
        return named != null && text.contains(named + government) ? named : null;
    }

    /** The Taiwan city (市) the article names most often, wherever it is written from, or null. */
    private String mostMentionedTaiwanCity(List<Candidate> places) {
        return mostMentionedOf(places, taiwanCities);
    }

    /** The place of these names mentioned most often (first mentioned on a tie), or null. */
    private static String mostMentionedOf(List<Candidate> places, Set<String> names) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        places.stream().filter(p -> p.type() == EntityType.CITY && names.contains(p.name())).forEach(p -> counts.merge(p.name(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** @param places the document's place candidates, sorted by start */
    public List<Candidate> recognize(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        String taiwanCity = ownTaiwanCity(text, places);
        String city = taiwanCity != null ? taiwanCity : mostMentioned(text, places, EntityType.CITY, p -> ofLevel(text, p, '市'));
        String county = mostMentioned(text, places, EntityType.CITY, p -> ofLevel(text, p, '县'));
        String province = mostMentioned(text, places, EntityType.PROVINCE, p -> true);
        String prefecture = mostMentioned(text, places, EntityType.CITY, p -> ofLevel(text, p, PREFECTURE));
        // 市府, 县府: the clipped forms are Taiwan's press usage, so they name a Taiwan city's or county's body
        String clippedCity = mostMentionedOf(places, taiwanCities), clippedCounty = mostMentionedOf(places, taiwanCounties);
        java.util.BitSet covered = new java.util.BitSet(text.length());
        places.forEach(p -> covered.set(p.start(), p.end()));
        for (int i = 0; i < text.length(); i++) {
            char level = text.charAt(i);
            List<String> forLevel = bodies.get(level);
            if (forLevel == null || covered.get(i)) {
                continue;
            }
            // 某市长率市府团队访问乙市: after a governing verb the verb's subject is the body's own official, so the body is
            // the article's own place, not a partner the sentence names before it
            boolean governed = i > 0 && OPENERS.indexOf(text.charAt(i - 1)) < 0;
            if (governed && !afterGoverningVerb(text, i)) {
                continue; // 福州市委 is named in full; 城市政府 is no reference
            }
            for (String body : forLevel) {
                if (!text.startsWith(body, i + 1)) {
                    continue;
                }
                boolean clipped = fullForms.containsKey(level + body);
                String place = level == '市' ? city : level == '省' ? province : level == '县' ? county : level == PREFECTURE ? prefecture : null;
                String sentenceCity = clipped && level == '市' && !governed ? cityEarlierInSentence(text, i, places) : null;
                if (sentenceCity != null) {
                    place = sentenceCity;
                } else if (clipped && level == '市' && clippedCity != null) {
                    place = clippedCity;
                } else if (clipped && level == '县') {
                    place = clippedCounty;
                } else if (place != null && !(taiwanCity != null && level == '市') && !governed) {
                    final char l = level;
                    place = placeInSentence(text, i, places, level == '省' ? EntityType.PROVINCE : EntityType.CITY, place, p -> ofLevel(text, p, l));
                }
                if (place != null && body.endsWith(GOVERNMENT_SEAT) && !GovernmentOrItsBuilding.namesTheGovernment(text, i, i + 1 + body.length())) {
                    place = null; // 在市府设宴: the building where the act happens
                }
                if (place != null) {
                    int end = i + 1 + body.length();
                    out.add(new Candidate(i, end, EntityType.ORGANIZATION, place + fullForm(level + body), null, Candidate.Source.PATTERN));
                    i = end - 1;
                }
                break;
            }
        }
        out.addAll(clippedAfterWrittenPlaces(text, places));
        out.addAll(ShortenedCityBodies.recognize(text, places, this::cityGovernmentAt));
        return out;
    }

    private static boolean afterGoverningVerb(String text, int at) {
        return GOVERNING_VERBS.stream().anyMatch(v -> at >= v.length() && text.startsWith(v, at - v.length()));
    }

    /** The city government written at {@code at} (市政府, or Taiwan's 市府) in full form (市政府), with its length; null if none. */
    private Map.Entry<String, Integer> cityGovernmentAt(String text, int at) {
        for (String body : bodies.getOrDefault('市', List.of())) {
            if (text.startsWith('市' + body, at) && fullForm('市' + body).equals("市" + GOVERNMENT)) {
                return Map.entry(fullForm('市' + body), body.length() + 1);
            }
        }
        return null;
    }

    /**
     * 甲市府, 乙县府: Taiwan's press clips a government to 府 after the place written with its level too (甲市 + 府), and
     * the place it names is then the one written, of whatever country, not the article's most mentioned; the level's
     * character belongs to the place's mention, which the bare reading above passes over. 甲市府大楼, 甲市府路, 在甲市府举行:
     * a building's or a street's name, or the building as the place of an act ({@link GovernmentOrItsBuilding}).
     * The body's mention starts after the place's, which stays a mention of its own: 甲市府与乙市续约 still names
     * 甲 as one of the twinned pair.
     */
    private List<Candidate> clippedAfterWrittenPlaces(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate p : places) {
            if (p.type() != EntityType.CITY || p.end() - p.start() < 2 || p.end() >= text.length()) {
                continue;
            }
            char level = text.charAt(p.end() - 1);
            for (String body : bodies.getOrDefault(level, List.of())) {
                int end = p.end() + body.length();
                if (fullForms.containsKey(level + body) && text.startsWith(body, p.end())
                        && (clauseGoesOn(text, end) || GovernmentOrItsBuilding.namesTheGovernment(text, p.start(), end))) {
                    out.add(new Candidate(p.end(), end, EntityType.ORGANIZATION, p.name() + fullForm(level + body), null, Candidate.Source.PATTERN));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * 市商务局, 省贸促会: an organisation name found by its head noun that starts with the bare level character
     * (after a character that opens a name) is the body of the article's city or province, named in full; with no
     * such place in the article it names nothing and is dropped (null). A listed bare body (省友协) is one wherever it
     * stands. Other names are returned as they are.
     */
    public Candidate qualify(String text, Candidate org, List<Candidate> places) {
        if (org.name().startsWith(SAR_CLIPPED) && text.startsWith(SAR_CLIPPED, org.start())
                && (org.start() == 0 || OPENERS.indexOf(text.charAt(org.start() - 1)) >= 0 || notInsideAZone(text, org.start(), places))) {
            String region = regionWritten(text, places);
            return region == null ? org : new Candidate(org.start(), org.end(), org.type(),
                    region + org.name().substring(SAR_CLIPPED.length()), null, org.source());
        }
        char level = text.charAt(org.start());
        if (level == '县' && opensClipped(org.name()) && mostMentionedOf(places, taiwanCounties) != null) {
            return new Candidate(org.start(), org.end(), org.type(), mostMentionedOf(places, taiwanCounties) + fullForm(org.name()), null, org.source());
        }
        if ((level != '市' && level != '省' && level != '县') || !org.name().startsWith(String.valueOf(level))) {
            return org;
        }
        if (org.start() > 0 && OPENERS.indexOf(text.charAt(org.start() - 1)) < 0 && !isBareBody(org.name()) && !opensClipped(org.name())) {
            return org;
        }
        EntityType type = level == '省' ? EntityType.PROVINCE : EntityType.CITY;
        String taiwanCity = level != '市' ? null : opensClipped(org.name()) ? mostMentionedOf(places, taiwanCities) : ownTaiwanCity(text, places);
        if (taiwanCity != null) {
            return new Candidate(org.start(), org.end(), org.type(), taiwanCity + fullForm(org.name()), null, org.source());
        }
        String place = mostMentioned(text, places, type, p -> ofLevel(text, p, level));
        return place == null ? null
                : new Candidate(org.start(), org.end(), org.type(),
                        placeInSentence(text, org.start(), places, type, place, p -> ofLevel(text, p, level)) + fullForm(org.name()), null, org.source());
    }

    /**
     * 市委市政府, 省委省政府, 县委县人民政府, 青州市委市政府: a level's party committee and its government written
     * together, with no mark between them, as the place's two leading bodies (代表市委市政府致辞), bare or after the
     * place; the levels are those of {@code models/bare-org-references.tsv} that have both bodies.
     */
    private Pattern jointLeadership() {
        StringBuilder levels = new StringBuilder();
        bodies.forEach((level, list) -> {
            if (list.contains(COMMITTEE) && list.contains(GOVERNMENT)) {
                levels.append(level);
            }
        });
        if (levels.isEmpty()) {
            return Pattern.compile("(?!)"); // no level has both bodies: nothing is written together
        }
        return Pattern.compile("(\\p{IsHan}*?)([" + levels + "])" + COMMITTEE + "(\\2(?:人民)?" + GOVERNMENT + ")");
    }

    /** What a government's body ends in, clipped (府) or whole (政府): the one body that is also its building. */
    private static final String GOVERNMENT_SEAT = "府";

    /** The party committee and the government of a level, as the table writes them. */
    private static final String COMMITTEE = "委", GOVERNMENT = "政府";

    /**
     * 代表市委市政府: the two bodies of {@link #jointLeadership()} read as one name are two bare references, the party
     * committee (市委) and the government (市政府), each named in full as when written 市委、市政府; after a place
     * (青州市委市政府) both are that place's. Any other candidate stays as it is.
     */
    List<Candidate> jointLeadership(Candidate org) {
        Matcher m = joint.matcher(org.name());
        if (org.type() != EntityType.ORGANIZATION || org.end() - org.start() != org.name().length() || !m.matches()) {
            return List.of(org);
        }
        int split = org.start() + m.start(3);
        return List.of(new Candidate(org.start(), split, org.type(), org.name().substring(0, m.start(3)), null, org.source()),
                new Candidate(split, org.end(), org.type(), m.group(1) + m.group(3), null, org.source()));
    }

    /** Bodies written bare right after a coordinated government (某市政府、议会): they share its place and level. */
    static final List<String> COORDINATED_BODIES = List.of("议会", "人大常委会", "人大", "政协");
    /** What coordinates two bodies. */
    private static final String COORDINATORS = "、和及与";

    /**
     * 新潟市政府、议会: a body written bare right after a government named by its place and level (市政府, 县政府,
     * 省政府) and a conjunction is the same place's body (新潟市议会).
     * @param organizations the organisations found so far
     */
    static List<Candidate> coordinated(String text, List<Candidate> organizations) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate g : organizations) {
            int level = g.name().length() - 3;
            if (g.type() != EntityType.ORGANIZATION || level < 2 || !g.name().endsWith("政府") || "市县省".indexOf(g.name().charAt(level)) < 0
                    || g.end() >= text.length() || COORDINATORS.indexOf(text.charAt(g.end())) < 0) {
                continue;
            }
            for (String body : COORDINATED_BODIES) {
                int at = g.end() + 1, end = at + body.length();
                if (text.startsWith(body, at) && clauseGoesOn(text, end)) {
                    out.add(new Candidate(at, end, EntityType.ORGANIZATION, g.name().substring(0, level + 1) + body, null, Candidate.Source.PATTERN));
                    break;
                }
            }
        }
        return out;
    }

    /** A council written bare (市议会) as one more item of a list of a city's officials: the levels it may name. */
    private static final List<String> BARE_COUNCILS = List.of("市议会", "县议会", "町议会");
    /**
     * A council written with no level at all (某县副知事某某、议会议长某某): the house of the place the list's official
     * serves, at whatever level the list wrote that place.
     */
    private static final String COUNCIL = "议会";
    /** Officers' titles of a council, one of which follows a council written bare in a list of officials. */
    private static final List<String> COUNCIL_OFFICERS = List.of("副议长", "议长", "议员", "秘书长");
    /** What closes the stretch of a list item's clause in which a bare council looks back for its city. */
    private static final String CLAUSE_ENDS = ",，。;；:：！？!?\n";

    /**
     * 某市副市长某某、市议会副议长某某: a council written bare after a list item naming a city's official, with an
     * officer's title after it, is that city's council — the city named last in the clause (某市议会). A council
     * written with no level (某县副知事某某、议会议长某某) is the house of the place named last in the clause, named
     * as the clause writes that place (某县议会). In a Taiwan city's article ({@link #homeTaiwanCity}), a bare 市议会
     * whose clause names no place is that city's (某市长及市议会副议长某某); elsewhere it names nothing.
     */
    List<Candidate> councilsOfListedOfficials(String text, List<Candidate> places) {
        List<Candidate> out = new ArrayList<>();
        for (String council : BARE_COUNCILS) {
            for (int i = text.indexOf(council); i >= 0; i = text.indexOf(council, i + 1)) {
                final int at = i, end = i + council.length();
                if (!listedWithOfficer(text, at, end)) {
                    continue;
                }
                Candidate city = lastPlaceInClause(text, at, places, EntityType.CITY);
                String name = city != null ? city.name() : council.charAt(0) == '市' ? homeTaiwanCity(text, places) : null;
                if (name != null) {
                    out.add(new Candidate(at, end, EntityType.ORGANIZATION, name + council, null, Candidate.Source.PATTERN));
                }
            }
        }
        for (int i = text.indexOf(COUNCIL); i >= 0; i = text.indexOf(COUNCIL, i + 1)) {
            final int at = i, end = i + COUNCIL.length();
            if (!listedWithOfficer(text, at, end)) {
                continue;
            }
            Candidate place = lastPlaceInClause(text, at, places, null);
            if (place != null) {
                int written = place.end() < at && PlaceLevelWords.isCommon(text.charAt(place.end())) ? place.end() + 1 : place.end();
                out.add(new Candidate(at, end, EntityType.ORGANIZATION, text.substring(place.start(), written) + COUNCIL, null,
                        Candidate.Source.PATTERN));
            }
        }
        return out;
    }

    /** Whether the council word at {@code at} is a further item of a list (after 、 or a conjunction) with its officer's title after it. */
    private static boolean listedWithOfficer(String text, int at, int end) {
        return at > 0 && "、和及与".indexOf(text.charAt(at - 1)) >= 0 && COUNCIL_OFFICERS.stream().anyMatch(t -> text.startsWith(t, end));
    }

    /** The place of this type (any place or country for null) named last in the clause before {@code at}, or null. */
    private static Candidate lastPlaceInClause(String text, int at, List<Candidate> places, EntityType type) {
        int from = at;
        while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Candidate last = null;
        for (Candidate p : places) {
            boolean ofType = type == null ? p.type().isPlace() || p.type() == EntityType.COUNTRY : p.type() == type;
            if (ofType && p.start() >= from && p.end() <= at && (last == null || p.start() > last.start())) {
                last = p;
            }
        }
        return last;
    }

    /** Taiwan's usual short form of its own office abroad (驻处 for 驻某地办事处 or 代表处). */
    static final String MISSION_SHORT_FORM = "驻处";

    /**
     * 驻处处长, 感谢驻处协助: the short form 驻处 names the one office 驻 + place + 办事处/代表处 the article names in
     * full; with none or several named it names nothing.
     * @param organizations the organisations found so far
     */
    static List<Candidate> missionShortForms(String text, List<Candidate> organizations) {
        List<String> missions = organizations.stream().map(Candidate::name)
                .filter(n -> n.startsWith("驻") && (n.endsWith("办事处") || n.endsWith("代表处"))).distinct().toList();
        List<Candidate> out = new ArrayList<>();
        if (missions.size() != 1) {
            return out;
        }
        for (int i = text.indexOf(MISSION_SHORT_FORM); i >= 0; i = text.indexOf(MISSION_SHORT_FORM, i + 1)) {
            final int at = i;
            if (organizations.stream().noneMatch(o -> o.start() <= at && at < o.end())) {
                out.add(new Candidate(i, i + MISSION_SHORT_FORM.length(), EntityType.ORGANIZATION, missions.get(0), null, Candidate.Source.PATTERN));
            }
        }
        return out;
    }

    /** Words that go on a clause after its coordinated subjects (携手, 共同) — unlike 代表, 委员 or 大厦, which make the body word part of another. */
    private static final List<String> CLAUSE_GOES_ON = List.of("携手", "共同", "联合", "一起", "一道", "的", "在", "将", "已");

    /** Whether the body word ends at {@code end}: punctuation, the text's end, or a word that goes on the clause. */
    private static boolean clauseGoesOn(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || CLAUSE_GOES_ON.stream().anyMatch(w -> text.startsWith(w, end));
    }

    /**
     * 某市长与市府官员, 某地…,市府将…: Taiwan's clip 市府 is written by a press (Taiwan's, Hong Kong's, overseas Chinese)
     * that reports foreign cities' governments as readily as its own, so a city named earlier in the same sentence, of
     * whatever country, is the one whose government it is; null when the sentence names none (or only a mission's seat,
     * 驻某地). Mainland usage (市政府) keeps to the Chinese places of {@link #placeInSentence}.
     */
    static String cityEarlierInSentence(String text, int at, List<Candidate> places) {
        return nearestInSentence(text, at, places, p -> p.type() == EntityType.CITY);
    }

    /** The last place before {@code at} in its sentence that {@code kind} takes and that is no mission's seat; null if none. */
    private static String nearestInSentence(String text, int at, List<Candidate> places, java.util.function.Predicate<Candidate> kind) {
        int from = at;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String nearest = null;
        for (Candidate p : places) {
            if (p.start() >= from && p.end() <= at && kind.test(p) && !isMissionSeat(text, p)) {
                nearest = p.name();
            }
        }
        return nearest;
    }

    /** 驻广州总领事馆: a place named as a mission's seat is not what the article is about. */
    private static boolean isMissionSeat(String text, Candidate p) {
        return p.start() > 0 && text.charAt(p.start() - 1) == MISSION_SEAT;
    }

    private static final char MISSION_SEAT = '驻';

    /** What ends a sentence: a bare reference looks back no further for its place. */
    private static final String SENTENCE_ENDS = "。！？!?\n";

    /**
     * 福建省省长某某率领省政府代表团: a Chinese place of the level named earlier in the same sentence is the one the
     * bare reference stands for, before the place the article names most often; {@code fallback} otherwise.
     */
    static String placeInSentence(String text, int at, List<Candidate> places, EntityType type, String fallback) {
        return placeInSentence(text, at, places, type, fallback, p -> true);
    }

    static String placeInSentence(String text, int at, List<Candidate> places, EntityType type, String fallback,
                                  java.util.function.Predicate<String> ofLevel) {
        String nearest = nearestInSentence(text, at, places,
                p -> p.type() == type && "中国".equals(p.country()) && !NOT_PROVINCES.contains(p.name()) && ofLevel.test(p.name()));
        return nearest != null ? nearest : fallback;
    }

    /** 会见特区政府: no place the article names ends where 特区 begins (深圳经济特区 is a zone, not a clipped region). */
    private static boolean notInsideAZone(String text, int at, List<Candidate> places) {
        return !text.startsWith("经济", Math.max(0, at - 2)) && places.stream().noneMatch(p -> p.end() == at);
    }

    /** 特区 (special administrative region) written alone before a body: 特区政府 is the article's region's government. */
    static final String SAR_CLIPPED = "特区";
    /** The two special administrative regions. */
    static final List<String> SARS = List.of("香港", "澳门");

    /**
     * The article's special administrative region as the article writes it before its bodies (澳门特别行政区, or
     * 香港特区 when that is its own form), the region mentioned most often; null when the article names neither.
     */
    private static String regionWritten(String text, List<Candidate> places) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        places.stream().filter(p -> SARS.contains(p.name())).forEach(p -> counts.merge(p.name(), 1, Integer::sum));
        String region = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (region == null) {
            return null;
        }
        return !text.contains(region + "特别行政区") && text.contains(region + SAR_CLIPPED) ? region + SAR_CLIPPED : region + "特别行政区";
    }

    /** The level and body in full (市府 → 市政府, 市府某某委员会 → 市政府某某委员会), or as written when the table gives no full form. */
    private String fullForm(String levelAndBody) {
        String expanded = shortForms.get(levelAndBody);
        if (expanded != null) {
            return levelAndBody.charAt(0) + expanded;
        }
        String full = fullForms.get(levelAndBody);
        if (full != null) {
            return levelAndBody.charAt(0) + full;
        }
        for (Map.Entry<String, String> e : fullForms.entrySet()) {
            if (levelAndBody.startsWith(e.getKey())) {
                return levelAndBody.charAt(0) + e.getValue() + levelAndBody.substring(e.getKey().length());
            }
        }
        return levelAndBody;
    }

    /** 感谢市府某某委员会: a name opening with a clipped level and body (市府) is a reference wherever it stands. */
    private boolean opensClipped(String name) {
        return fullForms.keySet().stream().anyMatch(name::startsWith);
    }

    /**
     * 感谢省友协: a listed bare body (省 + 友协) read by the segmenter as one word is a reference whatever stands
     * before it; left as it is it would name no body at all.
     */
    private boolean isBareBody(String name) {
        List<String> forLevel = bodies.get(name.charAt(0));
        return forLevel != null && forLevel.contains(name.substring(1));
    }

    /**
     * The Chinese place of this type mentioned most often (first mentioned on a tie), or null. A place named as
     * a mission's seat (驻广州总领事馆) is not what the article is about.
     */
    private static String mostMentioned(String text, List<Candidate> places, EntityType type, java.util.function.Predicate<String> ofLevel) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Candidate p : places) {
            if (p.type() == type && "中国".equals(p.country()) && !NOT_PROVINCES.contains(p.name()) && ofLevel.test(p.name())
                    && !isMissionSeat(text, p)) {
                counts.merge(p.name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
