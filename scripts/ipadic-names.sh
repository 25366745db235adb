# ipadic-names.sh — sourced by scripts/gen-japanese-surnames.sh and scripts/gen-japanese-given-names.sh: fetching the
# IPA dictionary (the Debian package mecab-ipadic) and listing one class of its personal names.
# ipadic_fetch WORK: downloads and unpacks the package under WORK; sets ipadic_dic (its dictionary folder) and
# ipadic_version (the package's version).
ipadic_fetch() {
  (cd "$1" && apt-get download mecab-ipadic >/dev/null && dpkg-deb -x mecab-ipadic_*.deb x)
  ipadic_version="$(dpkg-deb -f "$1"/mecab-ipadic_*.deb Version)"
  ipadic_dic="$1/x/usr/share/mecab/dic/ipadic"
}
# ipadic_names CLASS THRESHOLD: the names of Noun.name.csv of class CLASS (姓 family, 名 given) of two or three kanji
# (no 々) with a dictionary cost below THRESHOLD, each once at its lowest cost, as name<TAB>cost sorted by name.
ipadic_names() {
  iconv -f EUC-JP -t UTF-8 "$ipadic_dic/Noun.name.csv" \
    | awk -F, -v c="$1" -v t="$2" '$8 == c && $4 < t { print $1 "\t" $4 }' \
    | grep -P '^\p{Han}{2,3}\t' | grep -v '々' | sort -t$'\t' -k1,1 -k2,2n | awk -F'\t' '!seen[$1]++'
}
