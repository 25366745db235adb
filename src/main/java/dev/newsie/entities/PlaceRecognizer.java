package dev.newsie.entities;

import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;
import dev.newsie.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds countries, provinces, cities and listed organisations by longest gazetteer match, extends a place
 * by the administrative suffix that follows it (科克 + 市), and reads administrative chains: after a country
 * or province, a run of characters ending in a suffix is a place even if no list knows it
 * (智利 + 比奥比奥大区 + 康塞普西翁市), typed by the suffix in that country (GOLD.md §2).
 */
public final class PlaceRecognizer {
    /** Unknown names in a chain are this long at most (characters before the suffix). */
    static final int MAX_UNKNOWN_STEM = 8;
    /** Words that link a division to its capital inside an administrative chain. */
    static final List<String> CHAIN_LINKS = List.of("首府", "首都", "省会", "州府");
    /**
     * Words naming the next place as a sister city of the one before (南京市友城圣路易斯市, 韩国对口友城大邱市):
     * the chain goes on past them, and the next place need not be in the first one's country.
     */
    static final List<String> FRIEND_LINKS = List.of("对口友好城市", "友好城市", "对口友城", "友城", "姊妹市", "姐妹市",
            "姊妹城市", "姐妹城市", "友好省州", "友好省", "友好州",
            // Taiwan's sister counties, districts, townships and friendship cities (缔结姊妹县, 缔结友谊市): never a place 姊妹
            "姊妹县", "姐妹县", "姊妹区", "姐妹区", "姊妹乡", "姊妹镇", "姊妹州", "姐妹州", "友谊市", "友谊城市");
    /**
     * Characters between a bare foreign name and a suffix that still make one longer name (蓝毗尼 + 文化 + 市);
     * three or more are a name of their own (东京 + 八王子 + 市 is a city in Tokyo).
     */
    static final int MAX_EXTENSION = 2;
    /** One-character verbs of being stationed in or going to a place, written right before the place. */
    static final String MOTION_VERBS = "驻赴访抵至";
    /**
     * Numerals and determiners that, right before a suffix, make a count or a reference (两市, 三国, 各州, 该市,
     * 本省), never the end of a name: 大阪、墨尔本两市 is two cities, not a city 墨尔本两.
     */
    static final String COUNT_WORDS = "一二两三四五六七八九十百几多各诸数该本此每全";
    /** Units a count word counts (两市, 三国, 各州): a count word and one of these open no name. */
    static final String COUNTED_UNITS = "市国省州县城地区";
    /**
     * Verbs and prepositions that stand before a place and are never the first syllable of a transliterated
     * name (在加州有蒙特丽市, 赴蒙特丽市): a run of transliteration characters starts after them
     * ({@code models/prepositions-before-places.tsv}, reader leading).
     */
    static final String LEADING_VERBS = PrepositionsBeforePlaces.of("leading");
    /**
     * Words of two settlement nouns (城乡 town and country, 乡镇 townships, 县市): their second character is no suffix of
     * a name before it (北海道台日城乡交流 holds no place 台日城乡).
     */
    static final java.util.Set<String> GENERIC_SETTLEMENT_PAIRS = java.util.Set.of("城乡", "城镇", "乡镇", "村镇", "县市", "市县",
            "省市", "州县", "城区", "市区", "县区", "镇区", "乡村",
            // 城市 city and 都市 metropolis: 滨海大都市, 宿务等城市 hold no place 大都, 等城
            "城市", "都市");
    /**
     * Characters that never occur inside a place name: function words, conjunctions, verbs of going (代表团到某区: a
     * chain does not run on through 到 into the next place), punctuation.
     */
    static final String STOP = "的与和在及是等了为对将向从把被让给同并或到赴访抵往、,，。;；:：!！?？“”\"「」『』()（）《》【】0123456789 \n·";

    private final Gazetteer gazetteer;
    private final PlaceSuffixRules suffixes;
    private final TransliteratedPlaces transliterated;
    private final CitiesAfterTheirCountry citiesAfterCountry;
    private final CapitalsAfterCountries capitals = CapitalsAfterCountries.load();
    private final OneCharacterJapaneseMunicipalities oneCharacterJapanese = OneCharacterJapaneseMunicipalities.load();
    private final ShortPlaceNames shortNames;
    /** Words after a country's name that make it a geographic feature's name (朝鲜 + 半岛): no mention of the country. */
    private final List<String> featureWords;
    /** Bound words after a country's name that make it an attributive of manner (中国 + 式): no mention of the country. */
    private final List<String> mannerWords;
    /** Bound nouns after a country's name that make it a language's name (意大利 + 语): no mention of the country. */
    private final List<String> languageWords;
    /** Words opened by a language's bound noun that are no language (语境). */
    private final List<String> languageLookalikes;

    /**
     * 时间 right after a city and before a date or a time of day (北京时间2022年7月18日, 东京时间今天上午): the city names
     * the time zone reports from abroad date by, not a place of the report (GOLD.md §7, a place inside another name).
     */
    private static final java.util.regex.Pattern TIME_ZONE = java.util.regex.Pattern.compile(
            "(?:时间|時間)(?:\\d|[今昨明前本]|凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|深夜|周[一二三四五六日]|星期)");
    private final CountryOnlySuffixes countryOnly;
    /**
     * China's compass-named regions and customary regions abroad ({@code models/china-compass-regions.tsv},
     * {@code models/foreign-region-groupings.tsv}: 西南, 关东): never the stem of an unlisted place.
     */
    private final java.util.Set<String> compassRegions;
    /** The compass parts of any country ({@code models/compass-parts.tsv}: 西部): no place only before 地区. */
    private final java.util.Set<String> compassParts;
    private final List<String> regionWords;
    /** Compounds of 中 and a region read as a country's short name (中非): compound → {country named, single-country cue}. */
    private final java.util.Map<String, String[]> regionCompounds = new java.util.HashMap<>();

    public PlaceRecognizer(Gazetteer gazetteer, PlaceSuffixRules suffixes, java.util.Set<Character> transliteration) {
        this.gazetteer = gazetteer;
        this.suffixes = suffixes;
        this.transliterated = new TransliteratedPlaces(suffixes, transliteration);
        this.citiesAfterCountry = CitiesAfterTheirCountry.load(transliteration);
        this.shortNames = new ShortPlaceNames(gazetteer);
        this.countryOnly = CountryOnlySuffixes.load();
        java.util.Set<String> regions = new java.util.HashSet<>();
        for (String file : List.of("china-compass-regions.tsv", "foreign-region-groupings.tsv")) {
            ModelFile.read(file, 1).forEach(r -> regions.add(r.get(0)));
        }
        this.compassRegions = java.util.Set.copyOf(regions);
        this.compassParts = java.util.Set.copyOf(ModelFile.read("compass-parts.tsv", 1).stream().map(r -> r.get(0)).toList());
        this.featureWords = ModelFile.read("country-feature-words.tsv", 1).stream().map(r -> r.get(0)).toList();
        this.mannerWords = ModelFile.read("country-manner-words.tsv", 1).stream().map(r -> r.get(0)).toList();
        List<ModelFile.Row> language = ModelFile.read("country-language-words.tsv", 2);
        this.languageWords = language.stream().filter(r -> r.get(0).equals("LANGUAGE")).map(r -> r.get(1)).toList();
        this.languageLookalikes = language.stream().filter(r -> r.get(0).equals("WORD")).map(r -> r.get(1)).toList();
        this.regionWords = ModelFile.read("world-region-words.tsv", 1).stream().map(r -> r.get(0)).toList();
        for (ModelFile.Row r : ModelFile.read("region-compounds.tsv", 3)) {
            regionCompounds.put(r.get(0), new String[] {r.get(1), r.get(2)});
        }
    }

    /** The suffix rules this recogniser types places by. */
    PlaceSuffixRules suffixRules() {
        return suffixes;
    }

    public List<Candidate> recognize(String text, List<Token> tokens) {
        List<Candidate> out = recognizeListed(text, tokens);
        out.addAll(transliterated.find(text, tokens, out));
        out.addAll(GlossedPlaces.find(text, tokens, out));
        out.addAll(LatinNamedPlaces.find(text, out));
        out.addAll(capitals.find(text, tokens, out));
        out.addAll(TwinnedPartnerSlots.find(text, out));
        out.addAll(PlacesNamedAgain.find(text, out));
        out.addAll(CountiesNamedBareAfterSuffix.find(text, tokens, out, gazetteer)); // 甲县政府 … 代表甲致辞
        out.addAll(PartnersNamedBare.find(text, out));
        out.addAll(citiesAfterCountry.find(text, out)); // 法国图尔: a two-character city right after its country
        out.removeIf(c -> endsInCompassRegion(text, c));
        out.removeIf(c -> StandingWordsOfTwinnedPlaces.opensStanding(text, c.start())); // 建立友好区省关系: no place 友好区
        out = SegmenterTownships.apply(text, tokens, out);
        out.addAll(SharedSuffixPlaces.find(text, tokens, out, suffixes, compassRegions));
        out = LargestCityDescriptors.apply(text, out); // 乙州最大城甲市: 最大城 describes 甲, it names no place
        return StatesNamedShortAgain.apply(text, TownshipsNamedShort.apply(ListedProvinces.apply(text, out, gazetteer)));
    }

    private List<Candidate> recognizeListed(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Candidate c = known(text, i, null);
            if (c != null && c.type().isPlace() && c.name().length() == 2
                    && text.startsWith(c.name(), c.start())
                    && !SegmenterReadings.segmentedAsName(tokens, c.start(), c.start() + 2, c.end() == c.start() + 2, !"中国".equals(c.country()))
                    && !SegmenterReadings.onlySuffixJoined(tokens, c.start(), c.start() + 2, c.end())
                    && !PartnersNamedBare.coordinatedForeign(text, c)
                    && !PlacesAfterFriendLinks.follows(text, c.start())) {
                c = null; // 780万福州, 第四大城市, 下龙湾: a two-character name the segmenter reads across is no mention
            } else if (c != null && isTownOrVillage(c) && (afterTitleSuffix(text, c.start())
                    || !SegmenterReadings.segmentedAsName(tokens, c.start(), c.end(), false, false))) {
                c = null; // 町长与町民: a listed town (长与町) read out of a title and the next word is no mention
            }
            if (c != null && c.type().isPlace() && "中国".equals(c.country()) && c.end() == c.start() + 2
                    && WordsCutInHalf.cutsTwoWords(text, c.start(), c.end())) {
                i++; // 巩固原有: no 固原
                continue;
            }
            if (c != null && c.type() == EntityType.ORGANIZATION && NationalMinistries.headRunsIntoWord(text, c.end())) {
                i = c.end(); // 两市商务部门: a department of each city (部门), no listed ministry 商务部
                continue;
            }
            if (c != null && TenthsBeforePlaces.opensWithATenth(text, c.start())) {
                i++; // 六成都是山林: the numeral's tenth (六成) and 都 (all), no 成都
                continue;
            }
            if (c != null && c.type() == EntityType.CITY && TIME_ZONE.matcher(text).region(c.end(), text.length()).lookingAt()) {
                i = c.end(); // 北京时间18日凌晨: the clock a date is told by, no mention of the city
                continue;
            }
            if (c != null && c.type() == EntityType.COUNTRY && namesFeature(text, c.end())) {
                i = c.end(); // 位于朝鲜半岛东南部: a peninsula or strait named for a country is no mention of it
                continue;
            }
            if (c != null && c.type() == EntityType.COUNTRY && namesLanguage(text, c.end())) {
                i = c.end(); // 用意大利语交谈: the language named for a country is spoken, the country is not named
                continue;
            }
            if (c != null && c.type() == EntityType.COUNTRY && namesManner(text, c.end())) {
                i = c.end(); // 推进甲国式现代化: a style named for a country describes a kind of thing, it names no act of the country
                continue;
            }
            Candidate compound = c != null && c.type() == EntityType.COUNTRY ? regionCompound(text, c) : null;
            if (compound != null) {
                out.add(compound); // 中非合作: China and Africa, not the Central African Republic
                i = c.end();
                continue;
            }
            if (c != null && c.type() == EntityType.COUNTRY && insideRegionWord(text, c.start())) {
                i = c.end(); // 拉美国家: 拉美 (Latin America) + 国家, not 美国
                continue;
            }
            if (c == null) {
                c = shortNames.abbreviation(text, i, tokens);
            }
            if (c == null) {
                c = shortNames.county(text, i, tokens);
            }
            if (c == null) {
                i++;
                continue;
            }
            Candidate before = out.isEmpty() ? null : out.get(out.size() - 1);
            c = transliterated.withRunBefore(text, tokens, c, before == null ? 0 : before.end()); // 甲乙 + 丙丁戊区
            String context = before != null && before.end() == c.start() && before.type() == EntityType.COUNTRY ? before.name() : null;
            c = CompassDistrictsOfForeignCities.addWithDistrict(text, extendForeignName(text, c, context, tokens), out);
            i = out.get(out.size() - 1).end();
            if (c.type() != EntityType.ORGANIZATION) {
                String country = c.type() == EntityType.COUNTRY ? c.name() : c.country();
                if (c.type() == EntityType.COUNTRY && !"中国".equals(country)) {
                    i = PossessiveAfterCountry.skip(text, i, pos -> known(text, pos, country) != null
                            || unknown(text, pos, country, tokens) != null);
                }
                i = chain(text, i, country, out, tokens);
            }
        }
        return out;
    }

    /**
     * 居西南省会城市: an unlisted name that ends in a compass region (西南) before its suffix is a verb or word run into
     * the region, not a place, and so is one that opens with a compass region or ends in a compass part (西部) before
     * 地区 (西北 + 太平洋 + 地区: a region of the world; 西部地区); a listed name (黔东南) is kept.
     */
    private boolean endsInCompassRegion(String text, Candidate c) {
        if (!c.type().isPlace() || c.type() == EntityType.COUNTRY || !gazetteer.lookup(c.name()).stream().allMatch(Place::weak)) {
            return false; // a curated name (黔东南) stays; a weak one alone (a KBP row 西部) is no evidence of a place
        }
        return compassRegions.stream().anyMatch(c.name()::endsWith)
                || (c.end() - c.start() > 2 && text.startsWith("地区", c.end() - 2) // text is Simplified by now
                        && (compassRegions.stream().anyMatch(c.name()::startsWith)
                                || compassParts.stream().anyMatch(c.name()::endsWith))); // 西部地区; a foreign 西部省 stays
    }

    /**
     * 中非合作: a country's short name that is a compound of 中 and a region ({@code models/region-compounds.tsv})
     * names China, over its first character, unless written as the single country (中非共和国) or listed among
     * other countries (喀麦隆、中非、乍得); null when {@code c} is no such compound.
     */
    private Candidate regionCompound(String text, Candidate c) {
        String[] row = regionCompounds.get(text.substring(c.start(), c.end()));
        if (row == null || text.startsWith(row[1], c.end())
                || (c.start() > 0 && text.charAt(c.start() - 1) == '、') || (c.end() < text.length() && text.charAt(c.end()) == '、')) {
            return null;
        }
        return new Candidate(c.start(), c.start() + 1, EntityType.COUNTRY, row[0], null, Candidate.Source.PATTERN);
    }

    /** Whether a name starting at {@code pos} starts inside a world region's name (the 美 of 拉美). */
    private boolean insideRegionWord(String text, int pos) {
        for (String w : regionWords) {
            for (int k = 1; k < w.length(); k++) {
                if (pos - k >= 0 && text.startsWith(w, pos - k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean namesLanguage(String text, int pos) {
        return languageWords.stream().anyMatch(w -> text.startsWith(w, pos))
                && languageLookalikes.stream().noneMatch(w -> text.startsWith(w, pos));
    }

    private boolean namesManner(String text, int pos) {
        return mannerWords.stream().anyMatch(w -> text.startsWith(w, pos));
    }

    private boolean namesFeature(String text, int pos) {
        return featureWords.stream().anyMatch(w -> text.startsWith(w, pos));
    }

    /** 町长与…, 市长与…: the name starts with the 长 of a title whose first character is a place suffix. */
    private boolean afterTitleSuffix(String text, int start) {
        return start > 0 && text.charAt(start) == '长' && suffixes.at(text, start - 1) != null;
    }

    /** A town or village (小布施町, 某某村): names that short words run into (町长与町民, 乡村). */
    private static boolean isTownOrVillage(Candidate c) {
        return c.type().isPlace() && (c.name().endsWith("町") || c.name().endsWith("村"));
    }

    /**
     * A bare foreign name followed by a short word and a suffix is the start of a longer name
     * (蓝毗尼 + 文化 + 市 is the municipality 蓝毗尼文化); Chinese names are not extended this way, since
     * 广州 + 天河区 is a city and its district.
     */
    private Candidate extendForeignName(String text, Candidate c, String contextCountry, List<Token> tokens) {
        String country = c.country() != null ? c.country() : contextCountry;
        if (!c.type().isPlace() || c.source() == Candidate.Source.PATTERN || country == null || country.equals("中国")) {
            return c;
        }
        for (int j = c.end() + 1; j <= Math.min(text.length() - 1, c.end() + MAX_EXTENSION); j++) {
            char ch = text.charAt(j - 1);
            if (STOP.indexOf(ch) >= 0 || Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN
                    || gazetteer.lookup(String.valueOf(ch)).size() > 0 || suffixes.startsSuffix(ch)) {
                return c; // 洛杉矶 + 市政 + 府 is 洛杉矶市政府, not a place
            }
            PlaceSuffixRules.Suffix s = suffixes.at(text, j);
            if (s != null && s.text().length() == 1 && !startsTitle(text, j)) {
                if (known(text, c.end(), country) != null || !SegmenterReadings.plausibleStem(tokens, c.end(), j)
                        || COUNT_WORDS.indexOf(text.charAt(j - 1)) >= 0 || SegmenterReadings.wordRunsIntoSuffix(tokens, c.end(), j)) {
                    return c; // 马尼拉 + 签署两 + 市: a verb is no part of a name
                }
                String name = SuffixedPlaceNames.withSuffix(c.name() + text.substring(c.end(), j), s);
                return new Candidate(c.start(), j + 1, s.typeFor(country), name, country, Candidate.Source.PATTERN);
            }
        }
        return c;
    }

    /** Follows an administrative chain from {@code pos}; returns where it ends. */
    private int chain(String text, int pos, String country, List<Candidate> out, List<Token> tokens) {
        if (pos + 1 < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\u3000')
                && Character.UnicodeScript.of(text.charAt(pos + 1)) == Character.UnicodeScript.HAN) {
            pos++; // 甲国 乙市: lists of sister cities set a space between the country and its place
        }
        while (pos < text.length()) {
            for (String link : CHAIN_LINKS) {
                if (text.startsWith(link, pos)) {
                    pos += link.length(); // 英国威尔士首府卡迪夫市: the capital is still in the chain
                    break;
                }
            }
            String friend = friendLinkAt(text, pos);
            if (friend != null) {
                pos += friend.length();
                if ("中国".equals(country)) {
                    country = null; // a Chinese place's sister city is abroad, in a country not yet named
                }
            }
            Candidate next = known(text, pos, country);
            if (next != null && next.type() == EntityType.COUNTRY && country != null && !country.equals(next.name())
                    && friend == null && known(text, next.end(), next.name()) == null) {
                // 甲国乙州 + 丙丁戊己郡: inside one country's chain, another country's name that runs on into a
                // suffix is the first syllables of an unlisted place (a county whose name starts with 马里, 乍得);
                // not after a friend-city link, nor where a listed place of that country follows (友城美国某某市)
                Candidate longer = unknown(text, pos, country, tokens);
                if (longer != null && longer.end() > next.end()) {
                    next = longer;
                }
            }
            if (next == null) {
                next = oneCharacterJapanese.at(text, pos, out.isEmpty() ? null : out.get(out.size() - 1)); // 大阪府堺市
            }
            if (next == null) {
                next = unknown(text, pos, country, tokens);
                if (next != null && headOfThePlaceBefore(text, out, pos, next)) {
                    return pos;
                }
            }
            if (next == null || next.type() == EntityType.ORGANIZATION || next.type() == EntityType.COUNTRY) {
                return pos;
            }
            next = CompassDistrictsOfForeignCities.addWithDistrict(text, extendForeignName(text, next, country, tokens), out);
            pos = out.get(out.size() - 1).end();
            if (next.country() != null) {
                country = next.country();
            }
        }
        return pos;
    }

    /** The friend-city link word at {@code pos}, or null. */
    private static String friendLinkAt(String text, int pos) {
        for (String link : FRIEND_LINKS) {
            if (text.startsWith(link, pos)) {
                return link;
            }
        }
        return null;
    }

    /**
     * Whether a listed place written with its own suffix (镇江市, 府谷县, 道县) starts at {@code pos}. Several county
     * names open with a character that is also a suffix (镇, 都, 府, 乡, 道), so after a province named bare
     * (江苏镇江市) that character begins the county; it does not close the province as a place of its own.
     */
    private boolean listedPlaceWithSuffixAt(String text, int pos) {
        for (int len = gazetteer.maxLengthAt(text, pos); len >= 2; len--) { // longer surfaces are listed nowhere
            String surface = text.substring(pos, pos + len);
            if (suffixes.endOf(surface) != null && gazetteer.lookup(surface).stream().anyMatch(p -> !p.weak())) {
                return true;
            }
        }
        return false;
    }

    /** Suffix characters that also end listed cities' own names (加德满都, 北九州): a 市 may follow them. */
    private static final String OWN_NAME_ENDINGS = "都州府";

    /** The longest gazetteer entry at {@code pos}, extended by a following suffix; null when none. */
    /** The suffix of a federal state abroad that no general suffix rule holds (邦 also opens 邦交 and ends 联邦). */
    private static final String STATE_SUFFIX_邦 = "邦";

    Candidate known(String text, int pos, String contextCountry) {
        for (int len = gazetteer.maxLengthAt(text, pos); len >= 2; len--) { // longer surfaces are listed nowhere
            String surface = text.substring(pos, pos + len);
            List<Place> entries = gazetteer.lookup(surface);
            if (entries.isEmpty() || (surface.endsWith("区") && text.startsWith("域", pos + len))) {
                continue; // 三峡区域: 区域 (region) is a word, not a district's suffix
            }
            if (compassRegions.contains(surface)) {
                continue; // 西南地区, 西南省份: a region of China named by its direction, no place
            }
            if (gazetteer.suffixBeginsWord(surface, text, pos + len)) {
                continue; // 北上市场, 城南市场: the suffix of a name listed with it begins a word (market) and ends no name
            }
            if (gazetteer.isSuffixedName(surface) && CityWordInListedName.readsAsCommonNoun(surface, text, pos)) {
                continue; // 美丽小城市: a modifier and the noun 城市, not the Japanese 小城市
            }
            PlaceSuffixRules.Suffix following = EthnicAutonomySuffix.at(text, pos + len);
            if (following == null) {
                following = suffixes.at(text, pos + len);
            }
            if (following != null && listedPlaceWithSuffixAt(text, pos + len)) {
                following = null; // 江苏 + 镇江市, 贵州 + 都匀市: the "suffix" is the first character of the next place
            }
            // 加德满都市, 北九州市: 都, 州 and 府 also end cities' own names, so a 市 after one is the city's suffix
            boolean surfaceHasSuffix = suffixes.endOf(surface) != null && !(following != null && following.text().equals("市")
                    && OWN_NAME_ENDINGS.indexOf(surface.charAt(surface.length() - 1)) >= 0);
            Place p = ListedPlaceChoice.choose(entries, following != null && !surfaceHasSuffix, contextCountry);
            if (p == null) {
                continue;
            }
            if (p.type() == EntityType.COUNTRY || p.type() == EntityType.ORGANIZATION) {
                return new Candidate(pos, pos + len, p.type(), p.name(), null, Candidate.Source.GAZETTEER);
            }
            String country = p.country() != null ? p.country() : contextCountry;
            if (following != null && !surfaceHasSuffix && p.weak() && gazetteer.isGenerated(surface)
                    && !dev.newsie.canon.CanonicalNames.dropSuffix(surface + following.text()).equals(surface)) {
                continue; // 甲乙丙丁镇: a generated city before a suffix canonical() keeps (镇, 乡) is the head of that
                          // place's name, which the transliteration pattern reads whole
            }
            if (following != null && !surfaceHasSuffix && ProvinceBeforeLowerSuffix.staysProvince(text, pos, p, country, following.typeFor(country), suffixes)) {
                return new Candidate(pos, pos + len, EntityType.PROVINCE, p.name(), country, Candidate.Source.GAZETTEER);
            }
            if (following != null && !surfaceHasSuffix && (!startsTitle(text, pos + len) || placeAfterSuffix(text, pos + len))) {
                // 艾米利亚-罗马涅地区: a listed first-level division abroad stays one before the generic 地区 (region)
                EntityType suffixed = p.type() == EntityType.PROVINCE && !p.weak() && country != null && !"中国".equals(country)
                        && following.text().equals("地区") ? EntityType.PROVINCE : following.typeFor(country);
                return new Candidate(pos, pos + len + following.text().length(), suffixed,
                        SuffixedPlaceNames.beforeSuffix(p.name(), following), country, Candidate.Source.PATTERN);
            }
            if (following == null && p.type() == EntityType.PROVINCE && country != null && !"中国".equals(country)
                    && text.startsWith(STATE_SUFFIX_邦, pos + len) && !p.weak()) {
                // 巴伐利亚邦, 北莱茵-威斯特法伦邦: a foreign state's 邦 (Germany's Länder in Taiwan usage, India's
                // states) is its suffix, so the place after it starts past the 邦, and the name stays the state's
                return new Candidate(pos, pos + len + 1, EntityType.PROVINCE, p.name(), country, Candidate.Source.PATTERN);
            }
            if (p.weak() && len <= 2) {
                continue; // a bare two-character KBP name is too often a common word
            }
            if (gazetteer.isGenerated(surface) && following == null && touchesInterpunct(text, pos, pos + len)) {
                continue; // 甲乙丙·丁戊, 丁戊·甲乙丙: a generated transliteration next to an interpunct is a part of a
                          // foreign person's name, which the person recognizer reads whole
            }
            if (p.weak() && following == null && transliterated.headOfLongerName(text, pos, pos + len, gazetteer.isGenerated(surface))) {
                continue; // 甲乙丙 + 丁戊 + 市: a KBP name that transliteration runs on from is the head of an unlisted one
            }
            EntityType type = p.type();
            PlaceSuffixRules.Suffix own = suffixes.endOf(surface);
            if (own != null && p.weak()) {
                type = own.typeFor(country);
            }
            Candidate.Source source = p.weak() ? Candidate.Source.WEAK
                    : own != null ? Candidate.Source.PATTERN : Candidate.Source.GAZETTEER;
            return new Candidate(pos, pos + len, type, p.name(), country, source);
        }
        return null;
    }

    /**
     * Whether the span {@code start}–{@code end} is next to an interpunct of a foreign name on either side: a dot
     * with a Han character on its far side ({@link InterpunctNames#DOTTED}); a full stop or question mark that
     * ends a sentence (某市. or 某市?) joins no name.
     */
    static boolean touchesInterpunct(String text, int start, int end) {
        return (end + 1 < text.length() && InterpunctNames.isDot(text.charAt(end)) && NameShapes.isHan(text.charAt(end + 1)))
                || (start > 1 && InterpunctNames.isDot(text.charAt(start - 1)) && NameShapes.isHan(text.charAt(start - 2)));
    }

    /**
     * An unlisted NAME + suffix right at {@code pos} (chains only); null when the text does not read so. The
     * name must start on a token boundary and hold no common word (国际友好城市 is no place): transliterated
     * names come out of the segmenter as single characters or proper nouns.
     */
    /**
     * 多位省市长, 几个州, 第一座友好市: a classifier of people or things inside an unlisted stem counts, it names no
     * place; so does an ordinal's 第.
     */
    private static final String CLASSIFIERS_OF_PEOPLE = "位个座第";
    /**
     * 代表团来我县, 一行访问我市: a visiting party's word or the first person's 我 (我市, 我县 are the page's own place)
     * inside an unlisted stem shows a clause, not a name; no transliterated name is written with them.
     */
    private static final List<String> CLAUSE_WORDS_IN_STEM = List.of("我", "代表团", "一行");
    /**
     * 总统府, 总理府, 首相府: the office of a state's or government's head; its 府 is the office, not a Thai province's
     * suffix, and the title before it names no place.
     */
    private static final Set<String> HEADS_OF_GOVERNMENT = Set.of("总统", "总理", "首相");
    /**
     * A village's stem is two or three characters; a longer run before 村 is a title and a surname (副町长中村某某),
     * as is any run holding 长.
     */
    private static final int MAX_VILLAGE_STEM = 3;

    /**
     * Common nouns whose first character is a place suffix (道路 road, 市场 market; models/nouns-opened-by-a-suffix.tsv,
     * read once): a run before one is a phrase (某区开辟的两条道路), not an unlisted name closed by 道, 区, 市 or 村.
     */
    private static final List<String> NOUNS_OPENED_BY_A_SUFFIX = ModelFile.read("nouns-opened-by-a-suffix.tsv", 1)
            .stream().map(r -> r.get(0)).toList();

    private static boolean opensCommonNoun(String text, int j) {
        return NOUNS_OPENED_BY_A_SUFFIX.stream().anyMatch(w -> text.startsWith(w, j));
    }

    /**
     * Whether a 道 at {@code j} closes a common word begun inside the stem (新闻电视 + 频道, 街道, 渠道) whose first
     * character no transliteration uses. Only 道: the provinces it closes abroad (Korea's, 北海道) are all listed, so an
     * unlisted stem before it is rarely a name, while 市, 州 and 县 close many unlisted foreign names whose last
     * character a segmenter joins to the suffix as a word (芒街 + 市 read 街市 market, 卡尔米 + 市 read 米市).
     */
    private boolean commonWordClosedBySuffix(String text, List<Token> tokens, int pos, int j) {
        if (text.charAt(j) != '道') {
            return false;
        }
        int w = SegmenterReadings.commonWordThroughSuffix(tokens, pos, j);
        return w >= 0 && !transliterated.isTransliterationCharacter(text.charAt(w));
    }

    private Candidate unknown(String text, int pos, String country, List<Token> tokens) {
        if (pos >= text.length() || suffixes.at(text, pos) != null) {
            return null; // 州长拉卡瓦: a suffix right after a place begins a title, not a name
        }
        if (SegmenterReadings.titleRunsIn(tokens, pos)) {
            return null; // 高知县知事滨田省司: the segmenter's 县知事 is a title, and a name follows it, not a place
        }
        if (SegmenterReadings.commonWordRunsIn(tokens, pos)) {
            return null; // 甲市中心市区: the segmenter's 市中心 (city centre) runs from the suffix into the next word
        }
        if (MOTION_VERBS.indexOf(text.charAt(pos)) >= 0 || transliterated.verbBefore(text, pos)) {
            return null; // 澳大利亚驻广州总领事: 驻 (stationed in), 赴, 访 begin a verb phrase, not an unlisted name
        }
        if (GivingVerbs.inVerbAt(text, pos)) {
            return null; // 镇长代表本镇致赠乙市木雕: the gift's verb is no part of the receiving place's name
        }
        if (pos + 1 < text.length() && COUNT_WORDS.indexOf(text.charAt(pos)) >= 0 && COUNTED_UNITS.indexOf(text.charAt(pos + 1)) >= 0) {
            return null; // 大阪、墨尔本两市市长: 两市 counts the places just named; the next 市 opens their heads' title
        }
        for (int j = pos; j < Math.min(text.length(), pos + MAX_UNKNOWN_STEM + 1); j++) {
            PlaceSuffixRules.Suffix s = j - pos >= 2 && !opensCommonNoun(text, j) ? suffixes.at(text, j) : null;
            if (s == null && j - pos >= 2 && j - pos <= MAX_VILLAGE_STEM && text.substring(pos, j).indexOf('长') < 0) {
                s = countryOnly.at(text, j, country); // 日本长野县 + 甲乙村: a Japanese village is a municipality
            }
            if (s != null && (!startsTitle(text, j) || headOfForeignPlace(text, j, s, country))) {
                if (!SegmenterReadings.plausibleStem(tokens, pos, j) || text.charAt(j - 1) == '族'
                        || commonWordClosedBySuffix(text, tokens, pos, j) // 德国新闻电视频道: 频道 closes no place
                        || compassRegions.contains(text.substring(pos, j)) // 日本东北地区: a region, no place
                        || text.substring(pos, j).chars().anyMatch(ch -> CLASSIFIERS_OF_PEOPLE.indexOf(ch) >= 0)
                        || CLAUSE_WORDS_IN_STEM.stream().anyMatch(text.substring(pos, j)::contains)
                        || HEADS_OF_GOVERNMENT.contains(text.substring(pos, j)) // 某国总理府: the premier's office, no prefecture
                        || (text.startsWith("共和国", j) && StateFormQualifiers.isQualifier(text.substring(pos, j))) // 某国伊斯兰共和国: the country's long name
                        || GENERIC_SETTLEMENT_PAIRS.contains(text.substring(j - 1, j + 1))
                        || (("中国".equals(country) || country == null) && !SegmenterReadings.chineseStem(tokens, pos, j))) {
                    return null;
                }
                return new Candidate(pos, j + s.text().length(), s.typeFor(country),
                        SuffixedPlaceNames.withSuffix(text.substring(pos, j), s), country, Candidate.Source.PATTERN);
            }
            char c = text.charAt(j);
            if (STOP.indexOf(c) >= 0 || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || friendLinkAt(text, j) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * 某道甲乙市金永洙市长, 某县丙丁市山口正男市长: right after a city, an unlisted run closed by the same suffix as the
     * city's and the title's 长 is the name of that city's head, not a city inside it (no city lies in a city of its
     * own level). A run after a province (日本北海道北原市长) or with another suffix (某郡甲町长) is left to read as a place.
     */
    private static boolean headOfThePlaceBefore(String text, List<Candidate> out, int pos, Candidate next) {
        if (out.isEmpty() || next.end() >= text.length() || text.charAt(next.end()) != '长') {
            return false;
        }
        Candidate before = out.get(out.size() - 1);
        return before.end() == pos && before.type() == EntityType.CITY && next.type() == EntityType.CITY
                && text.charAt(before.end() - 1) == text.charAt(next.end() - 1);
    }

    /**
     * 日本北海道北原市长: after a foreign place, an unlisted name + 市长 (町长, 州长) is the head of that place — the
     * suffix character is both the place's suffix and the title's first character.
     */
    private static boolean headOfForeignPlace(String text, int pos, PlaceSuffixRules.Suffix s, String country) {
        return country != null && !country.equals("中国") && s.text().length() == 1
                && pos + 1 < text.length() && text.charAt(pos + 1) == '长';
    }

    /**
     * 加利福尼亚州长滩市, 纽约州长岛: the 长 after a state's 州 begins the next place of the chain, not the title 州长,
     * where a listed place or a glossed one (长堤市(Long Beach)) starts at it.
     */
    private boolean placeAfterSuffix(String text, int suffixPos) {
        int next = suffixPos + 1;
        // only a state's 州: 州长 is the genre's commonest title, and a Chinese city (长沙, 长春) after a foreign state
        // names no chain, so the place must be foreign or carry its Latin gloss
        if (next >= text.length() || text.charAt(next) != '长' || text.charAt(suffixPos) != '州') {
            return false;
        }
        Candidate c = known(text, next, null);
        return (c != null && c.type().isPlace() && c.end() - next >= 2 && c.country() != null && !"中国".equals(c.country()))
                || GlossedPlaces.startsAt(text, next);
    }

    /** 市长, 州长, 省长, 区长…: a suffix character that begins a title is not a suffix. */
    static boolean startsTitle(String text, int pos) {
        return pos + 1 < text.length() && (text.charAt(pos + 1) == '长' || text.startsWith("委", pos + 1)
                || text.startsWith("政府", pos + 1) || text.startsWith("民", pos + 1));
    }
}
