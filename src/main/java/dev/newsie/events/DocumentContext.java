package dev.newsie.events;

import dev.newsie.model.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One document as the event extractors see it: sentences, masked sentences, dates, entities. */
final class DocumentContext {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(?!\\d)");
    private static final Pattern DATELINE_AFTER = Pattern.compile("(?:电|讯|报道|消息)");
    private static final Pattern DATELINE_MD = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(?:电|讯|报道|消息)");

    final String text;
    final List<Sentence> sentences;
    final List<MaskedSentence> masked = new ArrayList<>();
    final List<List<DateResolver.DateMention>> dates = new ArrayList<>();
    final List<Entity> entities;
    final DateResolver resolver;
    final String reference;

    DocumentContext(String text, String published, List<Entity> entities) {
        this.text = text;
        this.entities = entities;
        this.sentences = Sentence.split(text);
        this.reference = referenceDate(text, published, sentences);
        this.resolver = new DateResolver(reference);
        String previous = null;
        List<MaskedSentence.EntityMention> sorted = MaskedSentence.sortedMentions(entities);
        for (Sentence s : sentences) {
            masked.add(MaskedSentence.ofSorted(s, sorted));
            List<DateResolver.DateMention> ds = new java.util.ArrayList<>(resolver.find(s.text(), s.start(), previous));
            // a dateline (12月2日报道, 5月30日电) dates the report, not the events in it
            ds.removeIf(d -> DATELINE_AFTER.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 3))).lookingAt());
            dates.add(ds);
            for (DateResolver.DateMention d : ds) {
                if (d.first() != null && d.first().length() == 10) {
                    previous = d.first();
                    fullDateStarts.add(d.start());
                    fullDates.add(d.first());
                }
            }
        }
    }

    /** Starts and values of the full dates in document order, for {@link #dateBefore}. */
    private final List<Integer> fullDateStarts = new ArrayList<>();
    private final List<String> fullDates = new ArrayList<>();

    /**
     * The date relative expressions refer to: the publication date; failing that, a dateline's month and day
     * (记者…12月2日报道) with the year the headline names. Nothing is made up: with no year, there is none.
     */
    static String referenceDate(String text, String published, List<Sentence> sentences) {
        if (published != null) {
            return published;
        }
        if (sentences.isEmpty()) {
            return null;
        }
        int nl = text.indexOf('\n');
        Matcher y = YEAR.matcher(nl < 0 ? text : text.substring(0, nl));
        if (!y.find()) {
            return null;
        }
        for (Sentence s : sentences.subList(0, Math.min(3, sentences.size()))) {
            Matcher md = DATELINE_MD.matcher(s.text());
            if (md.find()) {
                return String.format("%s-%02d-%02d", y.group(1), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            }
        }
        return y.group(1);
    }

    /**
     * The most precise date of a sentence: a span or full date before a month, a month before a bare year
     * (a year inside a name, 2021年全球市长论坛, is the least telling); null if none.
     */
    DateResolver.DateMention bestDate(int si) {
        DateResolver.DateMention best = null;
        for (DateResolver.DateMention d : dates.get(si)) {
            if (best == null || precision(d) > precision(best)) {
                best = d;
            }
        }
        return best;
    }

    private static int precision(DateResolver.DateMention d) {
        return d.isSpan() ? 11 : d.first() == null ? 0 : d.first().length();
    }

    /** The latest full date reported before position {@code pos}, or null. */
    String dateBefore(int pos) {
        int i = java.util.Collections.binarySearch(fullDateStarts, pos);
        int before = i >= 0 ? i - 1 : -i - 2; // last start strictly before pos
        return before >= 0 ? fullDates.get(before) : null;
    }

    int sentenceIndex(int pos) {
        for (int i = 0; i < sentences.size(); i++) {
            if (pos < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }
}
