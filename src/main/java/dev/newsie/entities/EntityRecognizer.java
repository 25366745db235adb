package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Analysis;
import dev.newsie.nlp.BackendMention;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The entities stage: gazetteer and pattern candidates, plus a backend's NER mentions as weak evidence,
 * merged by {@link MentionMerger}'s policy and linked into typed, canonical entities. Backend mentions are
 * admitted only where they have the shape of their type: a place the gazetteer knows (typed by the
 * gazetteer, not by the backend), a person whose name has a name's shape, an organisation with a head noun.
 * Thread-safe: all state is read-only after loading.
 */
public final class EntityRecognizer {
    private final PlaceRecognizer places;
    private final PersonRecognizer persons;
    private final OrganizationRecognizer organizations;
    private final BareOrganizationReferences bareReferences = BareOrganizationReferences.load();
    private final CountryAbbreviations countryAbbreviations;
    private final PlaceAbbreviations placeAbbreviations = PlaceAbbreviations.load();
    private final EntityLinker linker;
    private final CoordinatedPlaces coordinatedPlaces;
    private final TwinnedPartnerNames twinnedPartners;
    private final Departments departments = Departments.load();
    private final TaiwanCityUnits taiwanCityUnits = new TaiwanCityUnits(bareReferences);
    /** 甲市政府某处处长某某、教育局局长某某: bare units listed after a body named with its place are that place's. */
    private final ListedDepartments listedDepartments = ListedDepartments.load();
    private final TaiwanPerspective taiwan = TaiwanPerspective.load();
    private final FriendshipAssociationNames friendshipAssociations;
    /** Companies listed before 等…企业, whatever their names end in. */
    private final ListedCompanies companies = ListedCompanies.load();
    /** Both sides of a signing between bodies, written out (甲某旅行社与乙集团签署). */
    private final SigningSideBodies signingSides = SigningSideBodies.load();
    private final ListedBodies listedBodies = ListedBodies.load();
    /** Backoff: bodies with an ordinary noun as head, opened by a named place, where no rule found a body. */
    private final PlaceOpenedBodies placeOpenedBodies = PlaceOpenedBodies.load();
    /** 城市政府, 姐妹城市协会: a kind of body written as a whole name names none. */
    private final KindNames kindNames = KindNames.load();
    private final DemonstrativeBodies demonstratives = DemonstrativeBodies.load();

    public EntityRecognizer(PlaceRecognizer places, PersonRecognizer persons, OrganizationRecognizer organizations,
                            CountryAbbreviations countryAbbreviations, CanonicalNames names) {
        this.places = places;
        this.countryAbbreviations = countryAbbreviations;
        this.persons = persons;
        this.organizations = organizations;
        this.linker = new EntityLinker(names);
        this.coordinatedPlaces = new CoordinatedPlaces(places.suffixRules(), persons.transliterationCharacters());
        this.twinnedPartners = new TwinnedPartnerNames(persons.transliterationCharacters());
        this.friendshipAssociations = FriendshipAssociationNames.load(countryAbbreviations.countries());
    }

    public static EntityRecognizer load(CanonicalNames names) {
        PlaceSuffixRules suffixes = PlaceSuffixRules.load();
        PersonRecognizer persons = PersonRecognizer.load();
        CountryAbbreviations abbreviations = CountryAbbreviations.load();
        return new EntityRecognizer(new PlaceRecognizer(Gazetteer.load(suffixes), suffixes, persons.transliterationCharacters()),
                persons, OrganizationRecognizer.load(abbreviations), abbreviations, names);
    }

    /**
     * @param segmentation tokens for organisation heads (HanLP's, which are cheap)
     * @param backend the NER backend's analysis whose mentions are weak evidence, or {@link Analysis#EMPTY}
     */
    public List<Entity> recognize(String text, Analysis segmentation, Analysis backend) {
        List<Candidate> candidates = new ArrayList<>(places.recognize(text, segmentation.tokens()));
        candidates.sort(java.util.Comparator.comparingInt(Candidate::start));
        candidates.addAll(coordinatedPlaces.recognize(text, List.copyOf(candidates)));
        candidates.addAll(twinnedPartners.find(text, List.copyOf(candidates)));
        candidates.sort(java.util.Comparator.comparingInt(Candidate::start));
        List<Candidate> placeCandidates = List.copyOf(candidates);
        List<Candidate> people = persons.recognize(text, placeCandidates, segmentation.tokens());
        candidates.removeIf(c -> SurnamesBeforeHeadTitles.refersBack(text, c, people)); // 向桐谷市长: the mayor 桐谷某某
        List<Candidate> titled = TitledNamesOverPlaces.people(text, placeCandidates, i -> persons.titlesEndingAt(text, i),
                i -> persons.nameEndsAt(text, i, segmentation.tokens()) || persons.titleAt(text, i) != null); // 某某先生, 某某州督表示
        candidates.addAll(people);
        titled.stream().filter(t -> TitledNamesOverPlaces.endsThere(text, t)
                && people.stream().noneMatch(p -> p.overlaps(t))).forEach(candidates::add);
        List<Candidate> read = organizations.recognize(text, segmentation.tokens(), placeCandidates).stream()
                .flatMap(c -> bareReferences.jointLeadership(c).stream()).toList(); // 市委市政府: two bodies
        for (Candidate org : read) {
            Candidate qualified = bareReferences.qualify(text, org, placeCandidates); // 市商务局 → 青岛市商务局
            if (qualified == null) {
                continue; // a bare 市… body in an article that names no Chinese city
            }
            if (startsInsideName(org, people) || nameAndTitle(org, people) || titledName(text, org, people)) {
                continue; // 町长铃木一郎及町议会: the segmenter joined a name's last character to the next words
            }
            if (PersonsBeforeOrgans.isPersonAndTitle(text, org, people, placeCandidates)) {
                continue; // 某某某市委书记: a person's name and the bare organ of his title
            }
            Candidate own = afterJoinedName(text, qualified, people, segmentation.tokens());
            if (own != qualified && organizations.isBareHead(own.name())) {
                continue; // 处长某某及办事处同仁: the someone else's body is a bare head noun, which names nothing
            }
            if (own != qualified) {
                own = bareReferences.qualify(text, own, placeCandidates); // 某某率…与市民代表会: the body after the join may be bare
                if (own == null) {
                    continue;
                }
            }
            candidates.add(withParent(text, placeCandidates,
                    withWholePlace(text, placeCandidates, withLeadingAbbreviation(text,
                            BracketedPlaceNames.withNameBefore(text, placeCandidates, own)))));
        }
        candidates.addAll(BareOrganizationReferences.coordinated(text, List.copyOf(candidates)));
        candidates.addAll(BareOrganizationReferences.missionShortForms(text, List.copyOf(candidates)));
        candidates.addAll(bareReferences.councilsOfListedOfficials(text, placeCandidates)); // 某市副市长某某、市议会议长某某
        List<Candidate> outlets = new ArrayList<>(MediaNames.recognize(text, placeCandidates, persons.listedSurnames()));
        outlets.addAll(MediaNames.newsrooms(text, people, persons.listedSurnames())); // 某某获悉: the newsroom, unless a person learned it
        candidates.addAll(outlets);
        candidates.addAll(companies.recognize(text, placeCandidates));
        candidates.addAll(listedBodies.recognize(text, placeCandidates));
        candidates.addAll(CompaniesBeforeOfficers.recognize(text, placeCandidates, people));
        candidates.addAll(departments.recognize(text, List.copyOf(candidates), segmentation.tokens()));
        candidates.addAll(bareReferences.recognize(text, placeCandidates));
        candidates.addAll(countryAbbreviations.recognize(text));
        candidates.addAll(placeAbbreviations.recognize(text));
        candidates.addAll(NumberedSchools.recognize(text, placeCandidates)); // 甲地三中: a place's numbered middle school
        candidates.addAll(NationalMinistries.recognize(text, placeCandidates, MINISTRY_BREAKING_VERBS)); // 甲国能源和矿产部
        candidates.addAll(placeOpenedBodies.fallback(text, segmentation.tokens(), placeCandidates, candidates));
        for (BackendMention m : backend.mentions()) {
            Candidate c = admit(text, m);
            if (c != null && PeopleReadOverPlaces.readOverPlaces(text, c, placeCandidates)) {
                continue; // 甲市·乙市缔结…: a pair of places, no transliterated name
            }
            if (c != null && c.type() == EntityType.PERSON) {
                c = persons.withoutRunOn(text, c, segmentation.tokens()); // 市长王某会见: the backend's name runs on into 会见 too
            }
            if (c != null && c.type() == EntityType.ORGANIZATION) {
                c = NameEdges.withoutOfficeWord(text, c, segmentation.tokens()); // 市长兼某某学院董事: 兼 opens the title
                c = BackendBareBodies.qualified(text, c, placeCandidates, bareReferences, organizations);
            }
            if (c != null) {
                candidates.add(c);
            }
        }
        // after the backend's mentions, which read the same places again: 副校长某某兰 is the person, no country
        candidates.removeIf(c -> TitledNamesOverPlaces.isTitledName(c, titled));
        // after the abbreviations and the backend's mentions: a side opened by a name read there is read whole
        candidates.addAll(signingSides.recognize(text, List.copyOf(candidates))); // 甲某旅行社与乙集团签署: both sides are bodies
        // after the backend's mentions too: its tagger reads 某某网-某某日报 on a source line as one name
        candidates.removeIf(c -> MediaNames.joinsOutlets(c, outlets));
        candidates.replaceAll(c -> MediaNames.withoutSection(c, outlets, text)); // 某某网某省新闻: the outlet, not its section
        candidates.replaceAll(c -> CountryOpenedBodies.withCountry(text, c, placeCandidates)); // 甲国文化部: the country opens the name
        // after the ministries the country-opened steps name (甲国能源和矿产部部长某某、交通部部长某某)
        List<Candidate> listedUnits = listedDepartments.recognize(text, placeCandidates, List.copyOf(candidates));
        // 甲市政府某处处长某某、教育局局长某某: the bare unit's own reading (教育局) names no body once its place is known
        candidates.removeIf(c -> c.type() == EntityType.ORGANIZATION && listedUnits.stream().anyMatch(u -> u.contains(c)));
        candidates.addAll(listedUnits);
        // 教育局長某某: a Taiwan city's bare unit is its government's; the unit's own reading (教育局) gives way to it
        List<Candidate> cityUnits = taiwanCityUnits.recognize(text, placeCandidates);
        candidates.removeIf(c -> c.type() == EntityType.ORGANIZATION && cityUnits.stream().anyMatch(u -> u.contains(c)));
        candidates.addAll(cityUnits);
        candidates.replaceAll(CouncilCommittees::asCouncil); // 某市议会运营委员会委员长: the committee is a unit of the council
        candidates.removeIf(demonstratives::isReference); // 该组织, 本协会: a reference back, not a name
        candidates.replaceAll(c -> ForeignExecutivesNamedBare.qualify(text, c, placeCandidates, kindNames)); // 某市委…人民委员会: 某市's
        candidates.removeIf(kindNames::namesAKind); // 两个城市政府, 各地姐妹城市协会: a kind of body, no place or name says which
        candidates.removeIf(c -> LocalBodies.described(text, c)); // 当地华侨协会: a local body of a kind, no name
        candidates.removeIf(GovernmentJoinedToAField::isField); // 专家及政府官员: the common noun joined to a field, no body
        candidates.removeIf(c -> BareHeadJoinedToAnItem.isOne(c, organizations::isBareOfALevel)); // 某某及商会: an item joined to a bare head
        candidates.removeIf(c -> HallAssociations.isBuilding(text, c)); // 在某市民会馆主持: a building; 某会馆会长: an association
        // 在某州议会大厅举行: whichever reading named the body, the run names its building or room, a venue
        candidates.removeIf(c -> c.type() == EntityType.ORGANIZATION && BuildingsOfBodies.namesBuilding(text, c.end()));
        candidates.removeIf(c -> VisitedSites.table().isSight(text, c)); // 参观了某某楼、某某寺: sights, no people or places
        // 甲市港, 甲山: a port's or mountain's name, no mention of the place, nor of a person read over the same characters
        List<Candidate> landmarkOpeners = candidates.stream().filter(c -> LandmarksNamedAfterPlaces.table().opensLandmark(text, c,
                placeCandidates, end -> listedPlaceEndingAt(text, c.start(), end))).toList();
        candidates.removeIf(c -> c.type() != EntityType.ORGANIZATION
                && landmarkOpeners.stream().anyMatch(l -> l.start() == c.start() && l.end() == c.end()));
        candidates.removeIf(c -> CountryNamesAreNoPeople.isCountry(c, placeCandidates)); // 韩国首尔市市长: no person 韩国
        candidates.removeIf(c -> SchoolLevels.isLevel(c, placeCandidates)); // 甲市高中毕业生, 全省高中阶段: a level of schooling
        candidates.replaceAll(c -> NameEdges.withoutOpeningGovernor(text, c, placeCandidates)); // 以及某公司, 会后某市委: the body after the word
        candidates.replaceAll(LatinAcronymBodies::byAcronym); // 甲乙组织: the acronym names the body, 组织 says its kind
        candidates.replaceAll(c -> PairNamedBodies.withBothPlaces(text, c, placeCandidates)); // 甲与乙友城协会: the pair's body
        candidates.replaceAll(c -> ClippedPlaceBodies.withFullPlace(text, c, placeCandidates)); // 甲州议会 after 甲乙丙州: the full place's
        List<Candidate> kept = AbbreviatedOrganizations.named(friendshipAssociations.named(MentionMerger.merge(taiwan.withoutOurCountry(text, candidates))));
        // 甲国乙市议会: the organ keeps its name, and the chain still names the place
        return linker.link(text, ForeignPlacesOpeningOwnBodies.withPlaces(text, kept, placeCandidates, places.suffixRules()));
    }

    /** Whether the run from {@code start} to {@code end} is itself a listed place (a city named after its port). */
    private boolean listedPlaceEndingAt(String text, int start, int end) {
        Candidate k = places.known(text.substring(0, end), start, null);
        return k != null && k.end() == end;
    }

    /** Verbs of an official's act (率, 访问, 会见…), which end a ministry's portfolio run: its clause has begun. */
    private static final List<String> MINISTRY_BREAKING_VERBS = ClauseVerbs.listed();

    /**
     * 张某某部长担任: a name the person patterns found and the first character of the title after it (部 of 部长) are
     * no body; a name of a body has more than one character after a person's name.
     */
    private static boolean nameAndTitle(Candidate org, List<Candidate> people) {
        return people.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.source() == Candidate.Source.PATTERN
                && p.start() == org.start() && org.end() - p.end() == 1);
    }

    /**
     * 某某会长组织某商会, 某某先生及商会: a body's name never opens with a person's name and the title or form of
     * address written after it; the run is the person, his title and the words of his clause. A head noun that opens
     * with a title's characters (某某乡民 + 代表会, read as a listed name) still ends a body's name.
     */
    private boolean titledName(String text, Candidate org, List<Candidate> people) {
        return people.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.source() == Candidate.Source.PATTERN
                && p.start() == org.start() && p.end() < org.end() && persons.titleAt(text, p.end()) != null
                && !organizations.isBareHead(text.substring(p.end(), org.end())));
    }

    private static boolean startsInsideName(Candidate org, List<Candidate> people) {
        return people.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.source() == Candidate.Source.PATTERN
                && p.start() < org.start() && org.start() < p.end());
    }

    /** 率 (leads) after a name: the people led follow it. */
    private static final char LED = '率';

    /**
     * 市长吴晓峰和丹寨县委 read as one organisation token: a name the person patterns found inside the span and a
     * conjunction after it belong to someone else; the body starts after the conjunction. The one entry point for a
     * person joined before a body: last it asks {@link PersonJoinedBeforeBodies} (某某及某商会, the name read elsewhere
     * on the page or tagged by the segmenter, opening the run).
     */
    private static Candidate afterJoinedName(String text, Candidate org, List<Candidate> people, List<Token> tokens) {
        for (Candidate p : people) {
            if (p.type() == EntityType.PERSON && p.source() == Candidate.Source.PATTERN && p.start() >= org.start()
                    && p.end() + 3 < org.end() && "和及与、".indexOf(text.charAt(p.end())) >= 0) {
                return new Candidate(p.end() + 1, org.end(), org.type(), text.substring(p.end() + 1, org.end()), org.country(), org.source());
            }
            if (p.type() == EntityType.PERSON && p.source() == Candidate.Source.PATTERN && p.start() == org.start()
                    && p.end() < org.end() && text.charAt(p.end()) == LED) {
                // 市长某某率各课室主管与市民代表会: the name, 率 and the people he leads come before the body after the join
                for (int j = org.end() - 4; j > p.end(); j--) {
                    if ("和及与、偕".indexOf(text.charAt(j)) >= 0) {
                        return new Candidate(j + 1, org.end(), org.type(), text.substring(j + 1, org.end()), org.country(), org.source());
                    }
                }
            }
        }
        return PersonJoinedBeforeBodies.without(text, org, tokens, people); // 某某及某商会: the person is another party
    }

    /** 上合组织 + 实业家委员会: a body named right after a listed organisation is that organisation's body. */
    private static Candidate withParent(String text, List<Candidate> listed, Candidate org) {
        for (Candidate parent : listed) {
            if (parent.type() == EntityType.ORGANIZATION && parent.start() < org.start() && parent.end() >= org.start()
                    && parent.end() < org.end()) {
                return new Candidate(parent.start(), org.end(), org.type(), text.substring(parent.start(), org.end()), null, org.source());
            }
        }
        return org;
    }

    /**
     * 2003年庆 + 尚北道政府: the segmenter read the place's first character as a word of its own (庆, celebrate) and
     * began the body's name inside the place; a name never starts inside a place, so it starts where the place does.
     */
    private static Candidate withWholePlace(String text, List<Candidate> places, Candidate org) {
        int s = PlaceSpans.placeCrossing(places, org.start());
        return s < 0 ? org : new Candidate(s, org.end(), org.type(), text.substring(s, org.end()), org.country(), org.source());
    }

    /** 柬 + 中友好协会: an organisation named after two countries starts at the first one's abbreviation. */
    private Candidate withLeadingAbbreviation(String text, Candidate org) {
        int s = org.start();
        if (s >= 1 && countryAbbreviations.isAbbreviation(text.charAt(s)) && countryAbbreviations.isAbbreviation(text.charAt(s - 1))
                && (s < 2 || Character.UnicodeScript.of(text.charAt(s - 2)) != Character.UnicodeScript.HAN)) {
            return new Candidate(s - 1, org.end(), org.type(), text.charAt(s - 1) + org.name(), org.country(), org.source());
        }
        return org;
    }

    /** Bodies a person acts for, written bare right after 代表 (represent): 代表议会签署, 代表市府致赠. */
    private static final Set<String> BODIES_ACTED_FOR = Set.of("议会", "政府", "市府", "县府", "公所", "市政府", "县政府");

    /**
     * 议长某某代表议会签署, read by the backend as one body 某某代表议会: 代表 is the verb of someone acting for the
     * bare body after it, so the run is a name, a verb and its object, no body's name (代表会, 代表处 still are).
     */
    static boolean actsForABody(String name) {
        int i = name.lastIndexOf("代表");
        return i > 0 && BODIES_ACTED_FOR.contains(name.substring(i + 2));
    }

    private Candidate admit(String text, BackendMention m) {
        return switch (m.type()) {
            case PERSON -> persons.looksLikeName(m.text())
                    ? new Candidate(m.start(), m.end(), EntityType.PERSON, m.text().replaceAll("[•・?]", "·"), null, Candidate.Source.WEAK)
                    : null;
            case ORGANIZATION -> organizations.hasHead(m.text()) && m.text().length() >= 3 && !actsForABody(m.text())
                    ? new Candidate(m.start(), m.end(), EntityType.ORGANIZATION, m.text(), null, Candidate.Source.WEAK)
                    : null;
            default -> {
                Candidate known = places.known(text.substring(0, m.end()), m.start(), null);
                yield known != null && known.end() == m.end()
                        ? new Candidate(known.start(), known.end(), known.type(), known.name(), known.country(), Candidate.Source.WEAK)
                        : null;
            }
        };
    }
}
