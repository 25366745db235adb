#!/usr/bin/env bash
# Regenerates models/regional-names-generated.tsv: place names as Taiwan and Hong Kong write them (紐西蘭, 寮國,
# 雪梨, 洛杉磯) with their mainland form (新西兰, 老挝, 悉尼, 洛杉矶), from two well-kept sources, matched by key:
#   - Unicode CLDR (npm cldr-localenames-full, cldr-dates-full): the zh-Hant and zh-Hant-HK names of every ISO 3166
#     region and every time-zone exemplar city beside the zh (mainland) name of the same code or zone;
#   - OpenCC (npm opencc): the Taiwan and Hong Kong → mainland phrase dictionaries (TWPhrasesRev, HKPhrasesRev),
#     keeping only rows whose mainland side is a place of models/gazetteer (never ordinary words: BASELINES.md).
# Time-zone exemplar cities are kept only when the mainland name is a gazetteer place (most zones are named for
# small towns). Keys that are also ordinary words or pieces of other names in mainland text (东加 in 广东加强,
# 查德 in 理查德, 自由市) are left out by the SKIP list below, each with its reason.
# Usage: scripts/gen-regional-names.sh   (needs npm and node; the output is committed).
set -euo pipefail
cldr="${CLDR_VERSION:-48.2.0}"
opencc="${OPENCC_VERSION:-1.4.2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/models/regional-names-generated.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && for p in "cldr-localenames-full@$cldr" "cldr-dates-full@$cldr" "opencc@$opencc"; do
  mkdir -p "${p%@*}" && npm pack --silent "$p" >/dev/null && tar xzf ./*.tgz -C "${p%@*}" && rm ./*.tgz; done)
node - "$work" "$root/models/gazetteer" "$cldr" "$opencc" > "$out.tmp" <<'JS'
const fs = require('fs');
const [work, gaz, cldr, opencc] = process.argv.slice(2);
const read = f => fs.readFileSync(f, 'utf8');
const rows = new Map();                       // regional → mainland; first source wins
const exemplars = [];                         // time-zone cities, added once the gazetteer is read
const add = (regional, mainland, source) => {
  regional = regional.replace(/[（(].*?[)）]/g, '').trim();
  mainland = mainland.replace(/[（(].*?[)）]/g, '').trim();
  if (!regional || !mainland || regional === mainland || rows.has(regional)) return;
  if (!/^[\u3400-\u9fff·]+$/.test(regional) || !/^[\u3400-\u9fff·]+$/.test(mainland)) return;
  rows.set(regional, [mainland, source]);
};
// Not places, or pieces of mainland words and names: 东加 (广东加强), 查德 (理查德), 马利 (马利克), 尼日 (尼日利亚 is
// kept whole by the loader, but 尼日 alone is also a syllable pair of names), 卡达 (卡达尔), 伯斯 (伯斯特),
// 根息 (short for Guernsey, rare), 贝南 (a Korean surname-name pair in transliteration), 喬治亞 (also the US state,
// 佐治亚 in mainland usage), 象牙海岸 (Côte d'Ivoire is written so on the mainland too), 獅子山 (a Hong Kong hill),
// 孟加拉 (also Bengal: 孟加拉湾), 自由市 and 自由城 (common nouns), 索菲亞 (a given name), 聖約翰 (a saint's name),
// 加納利 (CLDR's own two mainland forms disagree), 多米尼克 (the mainland name of Dominica, and a given name).
const SKIP = new Set(['東加', '查德', '馬利', '尼日', '卡達', '伯斯', '根息', '貝南', '喬治亞', '象牙海岸', '獅子山',
  '多米尼克', '孟加拉', '自由市', '自由城', '索菲亞', '聖約翰', '加納利', '加納利群島', '科科斯群島',
  '偽區域', '偽比迪', '未知區域', '歐盟', '歐元區', '聯合國', '科克斯', '楚克', '科斯瑞']);
const SKIP_CODES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'HK', 'MO', 'TW', 'CN']);
for (const variant of ['zh-Hant', 'zh-Hant-HK']) {
  const names = l => JSON.parse(read(`${work}/cldr-localenames-full/package/main/${l}/territories.json`))
      .main[l].localeDisplayNames.territories;
  const zh = names('zh'), other = names(variant);
  for (const code of Object.keys(zh)) {
    if (/^[A-Z]{2}$/.test(code) && !SKIP_CODES.has(code) && other[code] && !SKIP.has(other[code])) {
      add(other[code], zh[code], `CLDR ${variant} territory ${code}`);
    }
  }
  const zones = l => JSON.parse(read(`${work}/cldr-dates-full/package/main/${l}/timeZoneNames.json`))
      .main[l].dates.timeZoneNames.zone;
  const walk = (a, b, path) => {
    for (const k of Object.keys(a)) {
      if (!a[k] || typeof a[k] !== 'object') continue;
      if (a[k].exemplarCity) {
        const o = b && b[k] && b[k].exemplarCity;
        if (o && !SKIP.has(o)) exemplars.push([o, a[k].exemplarCity, `CLDR ${variant} exemplar city ${path}/${k}`]);
      } else {
        walk(a[k], b && b[k], `${path}/${k}`);
      }
    }
  };
  walk(zones('zh'), zones(variant), '');
}
// OpenCC's Rev dictionaries give the mainland side in Traditional characters: fold it with OpenCC's own
// character table before looking it up in the gazetteer.
const dict = `${work}/opencc/package/data/dictionary`;
const ts = new Map();
for (const line of read(`${dict}/TSCharacters.txt`).split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [t, s] = line.split('\t');
  if (t && s) ts.set(t, s.split(' ')[0]);
}
const simplify = w => [...w].map(c => ts.get(c) || c).join('');
const places = new Set();
for (const f of fs.readdirSync(gaz)) {
  for (const line of read(`${gaz}/${f}`).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (f === 'countries.tsv') { places.add(cols[0]); (cols[1] || '').split(',').forEach(x => x && places.add(x)); if (cols[2]) places.add(cols[2]); }
    else if (f !== 'organizations.tsv') places.add(cols[0]);
  }
}
for (const [regional, mainland, source] of exemplars) if (places.has(mainland)) add(regional, mainland, source);
for (const [file, variant] of [['TWPhrasesRev.txt', 'Taiwan'], ['HKPhrasesRev.txt', 'Hong Kong']]) {
  for (const line of read(`${dict}/${file}`).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [regional, values] = line.split('\t');
    const mainland = simplify((values || '').split(' ')[0]);
    if (places.has(mainland) && !SKIP.has(regional)) add(regional, mainland, `OpenCC ${file} (${variant})`);
  }
}
console.log(`# regional-names-generated.tsv — place names in Taiwan / Hong Kong usage and their mainland form.
# GENERATED by scripts/gen-regional-names.sh from Unicode CLDR ${cldr} (npm cldr-localenames-full and cldr-dates-full:
# zh-Hant / zh-Hant-HK territory names and time-zone exemplar cities against zh) and OpenCC ${opencc} (npm opencc:
# TWPhrasesRev.txt, HKPhrasesRev.txt rows whose mainland side is a gazetteer place). Do not edit by hand: add
# curated rows to regional-names.tsv. Rows equal after character conversion are dropped by the loader.
# Columns: regional name<TAB>mainland Simplified name<TAB>source.`);
for (const [regional, [mainland, source]] of rows) console.log(`${regional}\t${mainland}\t${source}`);
JS
mv "$out.tmp" "$out"
echo "wrote $(grep -vc '^#' "$out") rows to $out"
