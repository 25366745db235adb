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
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableNameRecognize(true)
            .enableTranslatedNameRecognize(true).enableOffset(true));

    @Override
    public Analysis analyse(String text) {
        List<Token> tokens = new ArrayList<>();
        List<BackendMention> mentions = new ArrayList<>();
        int pos = 0;
        for (Term t : segment.get().seg(text)) {
            int start = t.offset >= 0 && text.startsWith(t.word, t.offset) ? t.offset : text.indexOf(t.word, pos);
            if (start < 0) {
                continue;
            }
            int end = start + t.word.length();
            pos = end;
            String tag = t.nature == null ? "" : t.nature.toString();
            tokens.add(new Token(start, end, t.word, tag));
            EntityType type = typeOf(tag);
            if (type != null) {
                mentions.add(new BackendMention(start, end, t.word, type, tag));
            }
        }
        return new Analysis(tokens, mentions);
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
