package dev.newsie.nlp;

import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's PERSON and ORGANIZATION labels, read only in the {@link NameWindows} around the words the
 * segmenter tags as people's names. Whole pages through CoreNLP run at about 6 pages/s; these stretches hold about a
 * fifth of the characters and all that CoreNLP adds to the gazetteers on the development set (README, Quality
 * and Speed). Place labels are left out: the gazetteers read places better, and CoreNLP's cost the corpus a relation.
 * The stretches of a page go to CoreNLP in one call, one per line, because each call has a fixed cost. At most
 * {@value #MAX_CHARS} characters of a page are read this way: CoreNLP's memory grows with the text of a call (a few
 * KB per character) and the call cannot be interrupted, so a huge page's later names are left to the gazetteers
 * rather than risk the heap every other page of the batch shares.
 */
public final class CoreNlpNearNames implements NerBackend {
    /** About forty times a typical page's stretches (500 characters); a 60,000-character page still fits. */
    static final int MAX_CHARS = 20_000;
    static final char PRIVATE_USE_STAND_IN = '□';
    private final NerBackend coreNlp;
    private final NerBackend segmenter;
    private final NameWindows nameWindows;

    /**
     * @param coreNlp the recogniser the stretches go to ({@link CoreNlpBackend#sharedWithoutFineLabels()})
     * @param segmenter the segmenter whose name tags place the stretches, for callers without a segmentation
     */
    public CoreNlpNearNames(NerBackend coreNlp, NerBackend segmenter, NameWindows nameWindows) {
        this.coreNlp = coreNlp;
        this.segmenter = segmenter;
        this.nameWindows = nameWindows;
    }

    @Override
    public Analysis analyse(String text) {
        return analyse(text, segmenter.analyse(text));
    }

    @Override
    public Analysis analyse(String text, Analysis segmentation) {
        List<NameWindows.Window> windows = withinBudget(nameWindows.of(text, segmentation.tokens()));
        if (windows.isEmpty()) {
            return Analysis.EMPTY;
        }
        StringBuilder joined = new StringBuilder();
        int[] startInJoined = new int[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            NameWindows.Window w = windows.get(i);
            startInJoined[i] = joined.length();
            appendForCoreNlp(joined, text, w.start(), w.end());
            if (joined.charAt(joined.length() - 1) != '\n') {
                joined.append('\n');
            }
        }
        List<BackendMention> mentions = new ArrayList<>();
        for (BackendMention m : coreNlp.analyse(joined.toString()).mentions()) {
            if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (int i = 0; i < windows.size(); i++) {
                NameWindows.Window w = windows.get(i);
                int shift = w.start() - startInJoined[i];
                if (m.start() >= startInJoined[i] && m.end() + shift <= w.end()) {
                    mentions.add(new BackendMention(m.start() + shift, m.end() + shift, text.substring(m.start() + shift, m.end() + shift),
                            m.type(), m.backendLabel()));
                    break;
                }
            }
        }
        return new Analysis(segmentation.tokens(), mentions);
    }

    /**
     * Appends text[start, end) with each private-use character (pages use them for rare glyphs) as □: CoreNLP's
     * Chinese normaliser prints a warning for every one it sees, which would fill a large run's log; the stand-in
     * has the same length, so offsets hold.
     */
    private static void appendForCoreNlp(StringBuilder out, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            out.append(c >= '\uE000' && c <= '\uF8FF' ? PRIVATE_USE_STAND_IN : c);
        }
    }

    private static List<NameWindows.Window> withinBudget(List<NameWindows.Window> windows) {
        int chars = 0;
        for (int i = 0; i < windows.size(); i++) {
            chars += windows.get(i).end() - windows.get(i).start() + 1;
            if (chars > MAX_CHARS) {
                return windows.subList(0, i);
            }
        }
        return windows;
    }

    @Override
    public String name() {
        return "corenlp-near-names";
    }
}
