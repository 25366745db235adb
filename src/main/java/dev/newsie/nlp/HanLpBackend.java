package dev.newsie.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsie.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP portable: segmentation with person (nr), place (ns) and organisation (nt) recognition. Segment
 * objects keep per-call state in their configuration, so each worker thread gets its own (cheap: the
 * dictionaries behind them are static and shared).
 */
public final class HanLpBackend implements NerBackend {
    static {
        RegionalWords.ensureInstalled(); // Taiwan/HK/Macau words (缔盟, 友谊市) before any segmentation
    }

    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableNameRecognize(true)
            .enableTranslatedNameRecognize(true).enableOffset(true));

    /** HanLP's word lattice grows faster than linearly with input length: it is fed sentence-sized chunks. */
    static final int MAX_CHUNK = 300;

    @Override
    public Analysis analyse(String text) {
        List<Token> tokens = new ArrayList<>();
        List<BackendMention> mentions = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            dev.newsie.pipeline.Cancellation.check("extract"); // a page past its time limit stops here, chunk by chunk
            int to = chunkEnd(text, from);
            segment(text.substring(from, to), from, tokens, mentions);
            from = to;
        }
        return new Analysis(tokens, mentions);
    }

    /** The end of the chunk starting at {@code from}: after a sentence end or line break, at most MAX_CHUNK on. */
    private static int chunkEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_CHUNK);
        for (int i = limit - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '!' || c == '?' || c == '！' || c == '？' || c == ';' || c == '；') {
                return i + 1;
            }
        }
        return limit;
    }

    private void segment(String text, int offset, List<Token> tokens, List<BackendMention> mentions) {
        int pos = 0;
        for (Term t : segment.get().seg(text)) {
            int start = t.offset >= 0 && text.startsWith(t.word, t.offset) ? t.offset : text.indexOf(t.word, pos);
            if (start < 0 || t.word.isEmpty()) {
                continue;
            }
            int end = start + t.word.length();
            pos = end;
            List<int[]> pieces = GluedPunctuation.pieces(t.word);
            if (pieces.size() > 1) {
                // a mark glued into a word means the role tagger read across it: each piece is read on its own
                for (int[] piece : pieces) {
                    String part = t.word.substring(piece[0], piece[1]);
                    if (GluedPunctuation.isMark(part.charAt(0))) {
                        tokens.add(new Token(offset + start + piece[0], offset + start + piece[1], part, "w"));
                    } else {
                        segment(part, offset + start + piece[0], tokens, mentions);
                    }
                }
                continue;
            }
            String tag = t.nature == null ? "" : t.nature.toString();
            tokens.add(new Token(offset + start, offset + end, t.word, tag));
            EntityType type = typeOf(tag);
            if (type != null) {
                mentions.add(new BackendMention(offset + start, offset + end, t.word, type, tag));
            }
        }
    }

    /** nr* person, ns* place (typed CITY until the gazetteer says otherwise), nt* organisation. */
    static EntityType typeOf(String tag) {
        if (tag.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (tag.startsWith("ns")) {
            return EntityType.CITY;
        }
        if (tag.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    @Override
    public String name() {
        return "hanlp";
    }
}
