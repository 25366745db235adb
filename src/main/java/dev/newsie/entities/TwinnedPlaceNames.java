package dev.newsie.entities;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.canon.ModelFile;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places no gazetteer holds, read from their part in a twinning (甲市与乙市结为姐妹城市): each side of 与 in such a
 * statement is a place, so a name before 市/县/郡 there is a CITY even when it is a translated or transliterated name
 * no list knows (蒙特利公园市, 核桃市, 钻石吧市). The contexts are {@code models/twinned-place-context.tsv}. Reads the
 * text and the candidates found so far; adds candidates only where none lies.
 */
final class TwinnedPlaceNames {
    /** Characters that start no name: pronouns, determiners and function words before a place's suffix (本市, 该市, 两市). */
    private static final String STOP = "本我该两全各此其这每某今去明的了在是与和同及并将已于为对向从等个年月日上下中后前市县区省州";
    private static final int MIN = 2, MAX = 6;

    private final List<Pattern> left = new ArrayList<>(), right = new ArrayList<>();

    static TwinnedPlaceNames load() {
        TwinnedPlaceNames t = new TwinnedPlaceNames();
        for (ModelFile.Row r : ModelFile.read("twinned-place-context.tsv", 2)) {
            Pattern p;
            try {
                p = Pattern.compile(r.get(1));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw r.error("bad regex: " + e.getDescription());
            }
            switch (r.get(0)) {
                case "LEFT" -> t.left.add(p);
                case "RIGHT" -> t.right.add(p);
                default -> throw r.error("unknown side '" + r.get(0) + "' (LEFT or RIGHT)");
            }
        }
        return t;
    }

    List<Candidate> find(String text, List<Candidate> known) {
        BitSet covered = new BitSet(text.length());
        for (Candidate c : known) {
            covered.set(c.start(), c.end());
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = MIN; k < text.length(); k++) {
            char suffix = text.charAt(k);
            if ((suffix != '市' && suffix != '县' && suffix != '郡') || covered.get(k)) {
                continue;
            }
            int s = k;
            while (s > 0 && k - s < MAX && isNameChar(text.charAt(s - 1)) && !covered.get(s - 1)) {
                s--;
            }
            if (k - s < MIN || (s > 0 && k - s == MAX && isNameChar(text.charAt(s - 1)) && !covered.get(s - 1))) {
                continue; // too short, or part of a longer run that is no name
            }
            String after = text.substring(k + 1, Math.min(text.length(), k + 60));
            boolean second = s > 0 && "与和同".indexOf(text.charAt(s - 1)) >= 0;
            boolean party = left.stream().anyMatch(p -> p.matcher(after).find())
                    || (second && right.stream().anyMatch(p -> p.matcher(after).find()));
            int clash = covered.nextSetBit(s);
            if (!party || (clash >= 0 && clash <= k)) {
                continue;
            }
            out.add(new Candidate(s, k + 1, EntityType.CITY, CanonicalNames.surfaceForm(text.substring(s, k)), null, Candidate.Source.PATTERN));
            covered.set(s, k + 1);
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && STOP.indexOf(c) < 0;
    }
}
