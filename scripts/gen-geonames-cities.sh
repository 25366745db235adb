#!/usr/bin/env bash
# Regenerates models/gazetteer/geonames-cities.tsv: foreign cities by their Chinese names, from GeoNames as
# packaged by Debian (libgeonames0: the cities of 15,000 people or more; libgeonames-common: their names in
# zh from GeoNames' alternate names, as the gettext catalogue geonames.mo). Names are brought to mainland
# Simplified with HanLP's converter (the one newsie already ships). Kept only where the name cannot be a word:
# Han characters only, three or more, every one a transliteration character (models/transliteration-chars.tsv)
# or a character of models/gazetteer/geonames-name-chars (圣, 新, 堡 ...), no entry of HanLP's core dictionary
# other than a place (ns) and none of its transliterated personal names (nrf: 亨德森 is a city and a surname),
# not the head of a longer place name running on in transliteration (乌拉尔 of 乌拉尔斯克), no Chinese, Taiwanese
# or Japanese city (their own tables are built from better sources) and a country that countries.tsv names.
# Usage: scripts/gen-geonames-cities.sh   (needs root for apt-get, python3, java and Maven with the pom's HanLP;
# the output is committed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/models/gazetteer/geonames-cities.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg -s libgeonames0 libgeonames-common >/dev/null 2>&1 || apt-get install -y -q libgeonames0 libgeonames-common >/dev/null
version="$(dpkg-query -W -f '${Version}' libgeonames-common)"
# 1. every city: its name in zh (where GeoNames has one), country code, population, English name
python3 - > "$work/cities.tsv" <<'PY'
import ctypes, ctypes.util, os
os.environ.setdefault('LC_ALL', 'C.UTF-8')
L = ctypes.CDLL('libgeonames.so.0')
libc = ctypes.CDLL(ctypes.util.find_library('c'))
L.geonames_get_n_cities.restype = ctypes.c_uint
L.geonames_get_city.restype = ctypes.c_void_p
L.geonames_get_city.argtypes = [ctypes.c_uint]
for f in ('name', 'country', 'country_code'):
    g = getattr(L, 'geonames_city_get_' + f); g.restype = ctypes.c_char_p; g.argtypes = [ctypes.c_void_p]
L.geonames_city_get_population.restype = ctypes.c_uint
L.geonames_city_get_population.argtypes = [ctypes.c_void_p]
libc.setlocale.restype = ctypes.c_char_p
def dump():
    rows = []
    for i in range(L.geonames_get_n_cities()):
        c = L.geonames_get_city(i)
        rows.append((L.geonames_city_get_name(c).decode(), L.geonames_city_get_country(c).decode(),
                     L.geonames_city_get_country_code(c).decode(), L.geonames_city_get_population(c)))
    return rows
os.environ['LANGUAGE'] = 'en'; libc.setlocale(6, b'')
en = dump()
os.environ['LANGUAGE'] = 'zh'; libc.setlocale(6, b'')
zh = dump()
for (ename, _, code, pop), (zname, zcountry, _, _) in zip(en, zh):
    if zname != ename:
        print(f'{zname}\t{zcountry}\t{code}\t{pop}\t{ename}')
PY
# 2. Simplified, filtered, with the canonical country
# the HanLP jar of the pom's own dependency (the version newsie runs with), not whichever the local cache holds
(cd "$root" && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >&2)
hanlp="$(tr ':' '\n' < "$work/classpath.txt" | grep '/com/hankcs/hanlp/' | head -1)"
[ -n "$hanlp" ] || { echo "no HanLP jar on the pom's classpath" >&2; exit 1; }
hanlp_version="$(basename "$(dirname "$hanlp")")"
cat > "$work/Gen.java" <<'JAVA'
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.nio.file.*;
import java.util.*;
public class Gen {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]);
        Set<Integer> chars = new HashSet<>();
        for (String f : List.of("models/transliteration-chars.tsv", "models/gazetteer/geonames-name-chars.tsv")) {
            for (String l : Files.readAllLines(root.resolve(f))) {
                if (!l.startsWith("#")) l.strip().codePoints().forEach(chars::add);
            }
        }
        Map<String, String> countries = new HashMap<>();
        for (String l : Files.readAllLines(root.resolve("models/gazetteer/countries.tsv"))) {
            if (l.startsWith("#") || l.isBlank()) continue;
            String[] c = l.split("\t", -1);
            countries.put(c[0], c[0]);
            for (String o : c[1].split(",")) if (!o.isBlank()) countries.put(o.strip(), c[0]);
        }
        // every name of the place tables (and of this one): a name that runs on in transliteration into a longer one
        // (乌拉尔 + 斯克) is that one's head as often as a city
        Set<String> known = new HashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root.resolve("models/gazetteer"), "*.tsv")) {
            for (Path f : ds) {
                if (f.getFileName().toString().equals("geonames-cities.tsv")) continue;
                for (String l : Files.readAllLines(f)) {
                    if (!l.startsWith("#") && !l.isBlank()) known.add(l.split("\t")[0]);
                }
            }
        }
        known.addAll(countries.keySet());
        // GeoNames writes some countries by their regional or former names (象牙海岸): the mainland name, as the text's
        Map<String, String> regional = new HashMap<>();
        for (String l : Files.readAllLines(root.resolve("models/regional-names.tsv"))) {
            String[] c = l.split("\t");
            if (!l.startsWith("#") && c.length >= 2) regional.put(c[0], c[1]);
        }
        Set<String> skip = Set.of("CN", "TW", "HK", "MO", "JP");
        TreeMap<String, String> rows = new TreeMap<>();
        Set<String> twice = new HashSet<>();
        TreeMap<String, String> two = new TreeMap<>();
        Set<String> twiceTwo = new HashSet<>();
        for (String l : Files.readAllLines(Path.of(a[1]))) {
            String[] c = l.split("\t");
            String name = HanLP.convertToSimplifiedChinese(c[0]).strip();
            String zhCountry = HanLP.convertToSimplifiedChinese(c[1]).strip();
            String country = countries.getOrDefault(zhCountry, countries.get(regional.getOrDefault(zhCountry, "")));
            if (skip.contains(c[2]) || country == null || name.length() < 2
                    || !name.codePoints().allMatch(chars::contains)) continue;
            CoreDictionary.Attribute at = CoreDictionary.get(name);
            if (at != null && !at.nature[0].toString().startsWith("ns")) continue;
            if (countries.containsKey(name)) continue;
            // a foreign person's name too (亨德森, 霍姆斯): HanLP's dictionary of transliterated personal names
            if (com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary.containsKey(name)) continue;
            if (name.length() == 2) {
                // two characters (图尔, 南特) are too often a word's to be read alone: a second table, read only right
                // after the city's own country (法国图尔); a name another table knows is read by that table
                if (known.contains(name)) continue;
                String row = "CITY\t" + country + "\t" + c[2] + " " + c[4];
                if (two.containsKey(name) && !two.get(name).split("\t")[1].equals(country)) twiceTwo.add(name);
                two.putIfAbsent(name, row);
                continue;
            }
            known.add(name);
            String row = "CITY\t" + country + "\t" + c[2] + " " + c[4];
            if (rows.containsKey(name) && !rows.get(name).split("\t")[1].equals(country)) twice.add(name);
            rows.putIfAbsent(name, row);
        }
        twice.forEach(rows::remove); // one name, two countries' cities: no reading can be chosen
        rows.keySet().removeIf(n -> known.stream().anyMatch(k -> k.length() > n.length() && k.startsWith(n)
                && chars.contains((int) k.charAt(n.length()))));
        rows.forEach((k, v) -> System.out.println(k + "\t" + v));
        twiceTwo.forEach(two::remove);
        try (java.io.PrintStream o = new java.io.PrintStream(a[2], "UTF-8")) {
            two.forEach((k, v) -> o.println(k + "\t" + v));
        }
    }
}
JAVA
(cd "$work" && javac -cp "$hanlp" -d . Gen.java && java -cp "$hanlp:." Gen "$root" "$work/cities.tsv" "$work/two.tsv") > "$work/rows.tsv"
{
cat <<EOF
# geonames-cities.tsv — foreign cities by their Chinese names (type CITY, GOLD.md §2), with their country.
# GENERATED by scripts/gen-geonames-cities.sh from GeoNames (cities of 15,000 people or more, names in zh) as
# packaged by Debian: libgeonames0 / libgeonames-common ${version}; names converted and filtered with HanLP
# ${hanlp_version} (the pom's). Do not edit by hand.
# Kept: three or more Han characters, all transliteration characters, no common word or foreign personal name of
# HanLP's dictionaries, no head of a longer listed name, no Chinese, Taiwanese or Japanese city; read as a weak
# entry only where no curated table knows the name (see Gazetteer).
# Columns: name (mainland Simplified)<TAB>type<TAB>country (canonical)<TAB>ISO 3166 code and GeoNames' English name.
EOF
cat "$work/rows.tsv"
} > "$out"
{
cat <<EOF
# geonames-cities-two-character.tsv — foreign cities whose Chinese name is two characters (图尔, 南特), with their
# country (type CITY, GOLD.md §2).
# GENERATED by scripts/gen-geonames-cities.sh from GeoNames (cities of 15,000 people or more, names in zh) as
# packaged by Debian: libgeonames0 / libgeonames-common ${version}; names converted and filtered with HanLP
# ${hanlp_version} (the pom's). Do not edit by hand.
# Kept as geonames-cities.tsv keeps its names (transliteration characters only, no common word or foreign personal
# name of HanLP's dictionaries, no Chinese, Taiwanese or Japanese city), but two characters long and named by no
# other place table. Two characters are too often a word's to be read alone: a name here is read only right after
# its own country's name (法国图尔), where the page has said what kind of word follows (see CitiesAfterTheirCountry).
# Columns: name (mainland Simplified)<TAB>type<TAB>country (canonical)<TAB>ISO 3166 code and GeoNames' English name.
EOF
cat "$work/two.tsv"
} > "$root/models/gazetteer/geonames-cities-two-character.tsv"
echo "wrote $(grep -vc '^#' "$out") cities to $out" >&2
echo "wrote $(grep -vc '^#' "$root/models/gazetteer/geonames-cities-two-character.tsv") two-character cities" >&2
