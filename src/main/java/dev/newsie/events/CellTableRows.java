package dev.newsie.events;

import dev.newsie.model.EntityType;
import dev.newsie.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a sister-city table whose cells are set apart by blanks, not bars, as pages copy tables out of their HTML:
 * a partner, its country and continent, and the date it was twinned (乙州   乙国 大洲 1980年7月28日), the home place
 * written only in the first row's first cell (甲省 乙州 …) or in the page's lead; or both sides in every row (乙市
 * 甲省丙市 1981.6.13). A row with two places that are not countries is a pair; a row with one is a partner of the
 * table's home place. Only where the page speaks of the standing before the row and the row has a row of the same
 * shape beside it: a lone line of a place and a date is a caption or a headline, not a table. Reads the document's
 * sentences and entities; writes relations.
 */
final class CellTableRows {
    /** Two to five cells of a row, then its date (1980年7月28日, 1981.6.13, 1999) ending the line. */
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(?<cells>(?:[^\\s\\d|｜。,，;；:：]{1,16}\\s+){2,5})(?<y>(?:19|20)\\d{2})"
                    + "(?:\\s*[年.．/\\-]\\s*(?<mo>\\d{1,2})(?:\\s*[月.．/\\-]\\s*(?<d>\\d{1,2})\\s*日?)?)?\\s*(?:年|月)?\\s*$");

    private CellTableRows() {
    }

    static void read(DocumentContext ctx, FoundRelations out) {
        List<MaskedSentence> all = ctx.masked;
        for (int i = 0; i < all.size(); i++) {
            MaskedSentence ms = all.get(i);
            Matcher m = ROW.matcher(ms.masked());
            if (!m.matches() || !(rowAt(all, i - 1) || rowAt(all, i + 1))
                    || !TwinningTablePage.speaksOfTwinningBefore(ctx, ms.sentence().start())) {
                continue;
            }
            List<String> places = placeCells(ms, m.start("cells"), m.end("cells"));
            String since = TableRowDate.of(m);
            Span evidence = new Span(ms.sentence().start(), ms.sentence().end());
            if (places.size() == 2 && !places.get(0).equals(places.get(1))) {
                out.put(places.get(0), places.get(1), since, evidence);
            } else if (places.size() == 1) {
                String home = TwinningTablePage.home(ctx, ROW, ms.sentence().start());
                if (home != null && !home.equals(places.get(0))) {
                    out.put(home, places.get(0), since, evidence);
                }
            }
        }
    }

    /** Whether the line at index i is a row of the same shape (the neighbours of a table row are rows). */
    private static boolean rowAt(List<MaskedSentence> all, int i) {
        return i >= 0 && i < all.size() && ROW.matcher(all.get(i).masked()).matches();
    }

    /**
     * The last place of each blank-separated cell that holds one and is no country (乙国 is the partner's country
     * cell); empty when a cell holds an organisation or a person: then the line is no table row of places.
     */
    private static List<String> placeCells(MaskedSentence ms, int from, int to) {
        List<String> out = new ArrayList<>();
        int i = from;
        String masked = ms.masked();
        while (i < to) {
            while (i < to && Character.isWhitespace(masked.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && !Character.isWhitespace(masked.charAt(j))) {
                j++;
            }
            if (j > i) {
                String cell = masked.substring(i, j);
                if (cell.indexOf(MaskedSentence.ORG) >= 0 || cell.indexOf(MaskedSentence.PERSON) >= 0) {
                    return List.of();
                }
                MaskedSentence.Slot s = ms.lastPlace(i, j);
                if (s != null && s.entity().type() != EntityType.COUNTRY) {
                    out.add(s.entity().name());
                }
            }
            i = j;
        }
        return out;
    }
}
