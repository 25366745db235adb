package dev.newsie.model;

import java.util.ArrayList;
import java.util.List;

/** Mutable builder for the immutable {@link Event}; extractors fill roles as they find them. */
public final class EventBuilder {
    private String id;
    private final EventType type;
    private String name, start, end, venue, theme, agreement, title, award, date, location, partOf;
    private List<String> aliases, organizers, topics, parties, signatories, giver, recipients;
    private Integer countries, cities, delegations, attendees;
    private Span evidence;

    EventBuilder(EventType type) {
        this.type = type;
    }

    EventBuilder(Event e) {
        this(e.type());
        id = e.id(); name = e.name(); aliases = e.aliases(); start = e.start(); end = e.end(); venue = e.venue();
        organizers = e.organizers(); theme = e.theme(); topics = e.topics(); countries = e.countries();
        cities = e.cities(); delegations = e.delegations(); attendees = e.attendees(); parties = e.parties();
        agreement = e.agreement(); title = e.title(); signatories = e.signatories(); award = e.award();
        giver = e.giver(); recipients = e.recipients(); date = e.date(); location = e.location();
        partOf = e.partOf(); evidence = e.evidence();
    }

    public EventType type() { return type; }
    public String date() { return date; }
    public String location() { return location; }
    public List<String> parties() { return parties; }
    public String name() { return name; }

    public EventBuilder id(String v) { id = v; return this; }
    public EventBuilder name(String v) { name = v; return this; }
    public EventBuilder aliases(List<String> v) { aliases = copy(v); return this; }
    public EventBuilder start(String v) { start = v; return this; }
    public EventBuilder end(String v) { end = v; return this; }
    public EventBuilder venue(String v) { venue = v; return this; }
    public EventBuilder organizers(List<String> v) { organizers = copy(v); return this; }
    public EventBuilder theme(String v) { theme = v; return this; }
    public EventBuilder topics(List<String> v) { topics = copy(v); return this; }
    public EventBuilder countries(Integer v) { countries = v; return this; }
    public EventBuilder cities(Integer v) { cities = v; return this; }
    public EventBuilder delegations(Integer v) { delegations = v; return this; }
    public EventBuilder attendees(Integer v) { attendees = v; return this; }
    public EventBuilder parties(List<String> v) { parties = copy(v); return this; }
    public EventBuilder agreement(String v) { agreement = v; return this; }
    public EventBuilder title(String v) { title = v; return this; }
    public EventBuilder signatories(List<String> v) { signatories = copy(v); return this; }
    public EventBuilder award(String v) { award = v; return this; }
    public EventBuilder giver(List<String> v) { giver = copy(v); return this; }
    public EventBuilder recipients(List<String> v) { recipients = copy(v); return this; }
    public EventBuilder date(String v) { date = v; return this; }
    public EventBuilder location(String v) { location = v; return this; }
    public EventBuilder partOf(String v) { partOf = v; return this; }
    public EventBuilder evidence(Span v) { evidence = v; return this; }

    private static List<String> copy(List<String> v) {
        return v == null || v.isEmpty() ? null : List.copyOf(new ArrayList<>(v));
    }

    public Event build() {
        return new Event(id, type, name, aliases, start, end, venue, organizers, theme, topics, countries, cities,
                delegations, attendees, parties, agreement, title, signatories, award, giver, recipients, date,
                location, partOf, evidence);
    }
}
