package dev.newsie.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A FORUM, SIGNING or AWARD event. Roles are exactly those of GOLD.md §3; a role the text
 * does not support is null (and left out of the JSON), so a record is scored as it is.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Event(
        String id, EventType type,
        // FORUM
        String name, List<String> aliases, String start, String end, String venue, List<String> organizers,
        String theme, List<String> topics, Integer countries, Integer cities, Integer delegations, Integer attendees,
        // SIGNING
        List<String> parties, String agreement, String title, List<String> signatories,
        // AWARD
        String award, List<String> giver, List<String> recipients,
        // shared
        String date, String location, String partOf, Span evidence) {

    /** Starts an event of the given type; roles are added with the builder. */
    public static EventBuilder builder(EventType type) {
        return new EventBuilder(type);
    }

    public EventBuilder toBuilder() {
        return new EventBuilder(this);
    }
}
