package dev.newsie.normalize;

import dev.newsie.canon.RegionalDateForms;
import dev.newsie.canon.RegionalPhraseTable;
import dev.newsie.canon.ScriptConverter;
import dev.newsie.text.TrackedText;

/**
 * CJK radicals and compatibility ideographs → the unified ideographs they stand for ({@link RadicalForms},
 * {@link CompatibilityIdeographs}), invisible format characters dropped ({@link InvisibleCharacters}), Traditional → Simplified characters
 * for the whole text (OpenCC4j, length-preserving), full-width
 * Latin and digits → half-width, regional name separators (‧) → the interpunct ·, then regional place names → mainland usage from the regional name
 * table and regional date forms (民国108年, 今（3）日) → the forms the events stage reads. Ordinary words are never phrase-converted (BASELINES.md: 新增 → 添加 is wrong).
 */
public final class TextNormalizer implements dev.newsie.pipeline.Stage<TrackedText, NormalizedText> {
    /** Share of Han characters that conversion changes above which a text is called Traditional. */
    static final double TRADITIONAL_SHARE = 0.05;
    private final RegionalPhraseTable regional;

    public TextNormalizer(RegionalPhraseTable regional) {
        this.regional = regional;
    }

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public NormalizedText apply(TrackedText body) {
        return normalize(body);
    }

    public NormalizedText normalize(TrackedText body) {
        String in = CompatibilityIdeographs.toUnified(RadicalForms.shared().toUnified(body.text()));
        String simplified = ScriptConverter.toSimplified(in);
        int changed = 0, han = 0;
        TrackedText.Builder step1 = TrackedText.builder();
        for (int i = 0; i < in.length(); i++) {
            if ((i & 0xFFFF) == 0) {
                dev.newsie.pipeline.Cancellation.check("normalize"); // a page past its time limit stops here
            }
            char c = in.charAt(i), s = simplified.charAt(i);
            int codePoint = in.codePointAt(i);
            if (InvisibleCharacters.isInvisible(codePoint)) {
                i += Character.charCount(codePoint) - 1; // both halves of a selector or tag beyond the BMP go
                continue; // 上\u200B海: nothing a reader sees, and it would hide the name
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (c != s) {
                    changed++;
                }
            }
            step1.appendChar(mainlandQuote(enumerationComma(ScriptConverter.toMainlandInterpunct(ScriptConverter.toHalfWidth(s)))), body.rawStart(i), body.rawEnd(i));
        }
        TrackedText t1 = step1.build();
        boolean traditional = han > 0 && (double) changed / han >= TRADITIONAL_SHARE;
        TrackedText.Builder step2 = TrackedText.builder();
        int last = 0;
        for (RegionalPhraseTable.Replacement r : merged(regional.find(t1.text()),
                RegionalDateForms.find(t1.text(), traditional))) {
            step2.append(t1, last, r.start());
            int[] span = t1.rawSpan(r.start(), r.end());
            step2.appendReplacement(r.mainland(), span[0], span[1]);
            last = r.end();
        }
        step2.append(t1, last, t1.length());
        String script = changed == 0 ? NormalizedText.SIMPLIFIED
                : (traditional ? NormalizedText.TRADITIONAL : NormalizedText.MIXED);
        return new NormalizedText(step2.build(), script);
    }

    /**
     * 丶 (U+4E36, the "dot" radical) is typed for the enumeration comma 、 on Macau and Hong Kong sites (甲丶乙及丙等出席);
     * it is never a word of running text, so it is read as the comma that lists are split at.
     */
    static char enumerationComma(char c) {
        return c == '\u4E36' ? '、' : c;
    }

    /**
     * Corner brackets 「」 are the quotation marks of Taiwan, Hong Kong and Macau text where mainland text writes “”:
     * 第三届「甲」国际合作高峰论坛 quotes a word inside a name just as 第三届“甲”国际合作高峰论坛 does. The events stage
     * reads quoted names and words inside names by the mainland marks, so the regional marks become them, one character
     * for one. The double brackets 『』 stay: they open a quotation of their own as often as one inside 「」
     * (主题是『甲:乙』), and the stages read them where they stand.
     */
    static char mainlandQuote(char c) {
        return switch (c) {
            case '「' -> '“';
            case '」' -> '”';
            default -> c;
        };
    }

    /** Place-name and date replacements in text order; where two overlap, the earlier-starting one is kept. */
    private static java.util.List<RegionalPhraseTable.Replacement> merged(java.util.List<RegionalPhraseTable.Replacement> names,
            java.util.List<RegionalPhraseTable.Replacement> dates) {
        if (dates.isEmpty()) {
            return names;
        }
        java.util.List<RegionalPhraseTable.Replacement> all = new java.util.ArrayList<>(names);
        all.addAll(dates);
        all.sort(java.util.Comparator.comparingInt(RegionalPhraseTable.Replacement::start));
        java.util.List<RegionalPhraseTable.Replacement> out = new java.util.ArrayList<>();
        for (RegionalPhraseTable.Replacement r : all) {
            if (out.isEmpty() || out.get(out.size() - 1).end() <= r.start()) {
                out.add(r);
            }
        }
        return out;
    }
}
