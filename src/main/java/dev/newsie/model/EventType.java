package dev.newsie.model;

import java.util.List;
import java.util.Set;

/** The event types of GOLD.md §3 with the roles each may carry. */
public enum EventType {
    FORUM(Set.of("name", "aliases", "date", "start", "end", "location", "venue", "organizers", "theme", "topics",
            "countries", "cities", "delegations", "attendees")),
    SIGNING(Set.of("parties", "agreement", "title", "date", "location", "signatories")),
    AWARD(Set.of("award", "giver", "recipients", "date", "location"));

    private final Set<String> roles;

    EventType(Set<String> roles) {
        this.roles = roles;
    }

    public Set<String> roles() {
        return roles;
    }

    /** Roles whose values are free text compared after step 1 of canonical() only. */
    public static final Set<String> TEXT_ROLES = Set.of("name", "aliases", "theme", "topics", "title", "award", "venue");
    /** Roles whose values are dates, compared as strings. */
    public static final Set<String> DATE_ROLES = Set.of("date", "start", "end");
    /** Roles whose values are integers. */
    public static final Set<String> COUNT_ROLES = Set.of("countries", "cities", "delegations", "attendees");
    /** Roles that are plain labels compared verbatim. */
    public static final Set<String> LABEL_ROLES = Set.of("agreement");
    /** Roles whose value is a list in GOLD.md. */
    public static final List<String> LIST_ROLES = List.of("aliases", "organizers", "topics", "parties", "signatories", "giver", "recipients");

    public static EventType parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown event type '" + name + "' (expected one of FORUM, SIGNING, AWARD)");
        }
    }
}
