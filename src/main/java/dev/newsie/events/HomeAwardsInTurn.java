package dev.newsie.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place's own report of the prizes it has won in turn, told in one sentence: 继2025年我市获得“X”、2027年获得“Y”后,
 * 今年我市再度荣获“X”. Local media name their place as 我市/我省 ({@link DocumentContext#homePlace}) and leave it
 * out of the clauses that follow (、2027年获得“Y”), since the winner is still the same; a year may stand right before
 * 我市. Each prize is dated by the clause that names it last: the same prize won again is the latest win.
 */
final class HomeAwardsInTurn {
    private HomeAwardsInTurn() {
    }

    /** A prize the home place won, and the date its clause gives (null: the sentence dates other clauses only). */
    record Won(String winner, String date) {
    }

    /** 我市(再度)荣获 / 2025年我省获得 / 本省获评: the page's own place receives the prize named right after. */
    static final Pattern HOME_RECEIVES = Pattern.compile(
            "(?:^|[,，;；:：\\s年])(?:我|本)([市省])[^。;；ⓅⓄⓇ]{0,24}?(?:荣获|获得|获颁|获评为?|荣膺|摘得|喜获|被授予|被评为|获)了?[^,，。;；ⓅⓄⓇ]{0,10}?[“\"「『]?$");

    /** 、2027年获得“ / ,又获 — a later clause whose winner, left unsaid, is the one of the clause before. */
    private static final Pattern SAME_WINNER = Pattern.compile(
            "^[”\"」』]?\\s*[、,，]\\s*(?:(?:\\d{4}年度?|今年|去年|当年|此后|随后)[,，]?)?(?:又|还|再次|再度|也|并)?(?:荣获|获得|获颁|获评|摘得|获)了?[“\"「『]?$");

    static Map<String, Won> find(DocumentContext ctx, int si, MaskedSentence ms, List<String> named) {
        String m = ms.masked();
        String text = ms.sentence().text();
        List<int[]> at = new ArrayList<>(); // masked start, masked end, index into named
        for (int i = 0; i < named.size(); i++) {
            for (int from = text.indexOf(named.get(i)); from >= 0; from = text.indexOf(named.get(i), from + 1)) {
                int start = ms.maskedPos(ms.sentence().start() + from);
                int end = Math.min(m.length(), ms.maskedPos(ms.sentence().start() + from + named.get(i).length() - 1) + 1);
                at.add(new int[]{start, end, i});
            }
        }
        at.sort(java.util.Comparator.comparingInt(x -> x[0]));
        Map<String, Won> won = new LinkedHashMap<>();
        char level = 0;
        int previousEnd = 0;
        for (int[] o : at) {
            if (o[0] < previousEnd) {
                continue; // a name inside a longer one
            }
            int semi = Math.max(m.lastIndexOf('；', o[0] - 1), m.lastIndexOf(';', o[0] - 1));
            if (semi >= previousEnd) {
                level = 0; // a new clause after a semicolon has a subject of its own
            }
            int clause = Math.max(semi + 1, previousEnd);
            Matcher home = HOME_RECEIVES.matcher(m);
            home.region(clause, o[0]);
            if (home.find()) {
                level = home.group(1).charAt(0);
            } else if (level == 0 || !SAME_WINNER.matcher(m.substring(clause, o[0])).matches()) {
                level = 0;
                previousEnd = o[1];
                continue;
            }
            String place = ctx.homePlace(level);
            if (place != null) {
                won.put(named.get(o[2]), new Won(place, AwardCeremony.clauseDate(ctx, si, ms, clause, o[0])));
            }
            previousEnd = o[1];
        }
        return won;
    }
}
