package dev.newsie.events;

import dev.newsie.canon.CanonicalNames;
import dev.newsie.model.Entity;
import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;
import dev.newsie.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * The events stage: FORUM, SIGNING and AWARD events and SISTER_CITY relations of one document, from its
 * normalised text, publication date and entities (GOLD.md §3). Thread-safe: the lexicon is read-only.
 */
public final class EventExtractor {
    /** Events and relations of one document. */
    public record Result(List<Event> events, List<Relation> relations) {
    }

    private final ForumExtractor forums;
    private final SigningExtractor signings;
    private final AwardExtractor awards;
    private final SisterCityExtractor relations;

    private EventExtractor(EventLexicon lexicon, CanonicalNames names) {
        this.forums = new ForumExtractor(lexicon, names);
        this.signings = new SigningExtractor(lexicon);
        this.awards = new AwardExtractor(lexicon);
        this.relations = new SisterCityExtractor(lexicon);
    }

    public static EventExtractor load(CanonicalNames names) {
        return new EventExtractor(EventLexicon.standard(), names);
    }

    public Result extract(String text, String published, List<Entity> entities) {
        DocumentContext ctx = new DocumentContext(text, published, entities);
        List<ForumExtractor.Forum> fs = forums.extract(ctx);
        List<EventBuilder> all = new ArrayList<>();
        fs.forEach(f -> all.add(f.b));
        List<SigningExtractor.Background> background = new ArrayList<>();
        List<EventBuilder> ss = signings.extract(ctx, fs, background);
        List<EventBuilder> as = awards.extract(ctx, fs);
        all.addAll(ss);
        all.addAll(as);
        List<Event> events = new ArrayList<>();
        String firstForum = fs.isEmpty() ? null : "v1";
        int n = 0;
        for (EventBuilder b : all) {
            b.id("v" + (++n));
            if (b.type() != dev.newsie.model.EventType.FORUM && firstForum != null && b.location() != null
                    && b.location().equals(fs.get(0).b.location())) {
                b.partOf(firstForum);
            }
            events.add(b.build());
        }
        return new Result(events, relations.extract(ctx, events, background));
    }
}
