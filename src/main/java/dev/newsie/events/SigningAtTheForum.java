package dev.newsie.events;

import dev.newsie.model.Event;
import dev.newsie.model.EventBuilder;

import java.util.List;

/**
 * A backoff for the place of a signing, used only when no construction of the signing's own sentences placed it
 * ({@link SigningPlace}): a report of a forum that also tells a signing between two sides, dated within the
 * forum's days (or not dated at all), tells a signing made at the forum, so it was signed where the forum was
 * held. Measured alone on the study pool (every signing answered by this fact only): precision 0.97, recall
 * 0.71 (README, round 16). A signing of another time (recalled, or months before the forum) gets no place, nor
 * does the founding of a league of many members.
 */
final class SigningAtTheForum {
    private SigningAtTheForum() {
    }

    static void placeUnplaced(List<EventBuilder> signings, List<ForumExtractor.Forum> forums) {
        for (EventBuilder b : signings) {
            Event e = b.build();
            if (e.location() == null && e.parties().size() == 2) {
                b.location(placeOf(e, forums));
            }
        }
    }

    /** The place of the first forum that has one, when the signing's date falls within its days; else null. */
    static String placeOf(Event signing, List<ForumExtractor.Forum> forums) {
        for (ForumExtractor.Forum f : forums) {
            Event forum = f.b.build();
            if (forum.location() != null) {
                return withinDays(signing.date(), forum) ? forum.location() : null;
            }
        }
        return null;
    }

    private static boolean withinDays(String date, Event forum) {
        if (date == null) {
            return true;
        }
        for (String d : new String[]{forum.date(), forum.start(), forum.end()}) {
            if (d != null && d.startsWith(date)) {
                return true; // 2024-11 of a forum on 2024-11-19
            }
        }
        return forum.start() != null && forum.end() != null && date.compareTo(forum.start()) >= 0 && date.compareTo(forum.end()) <= 0;
    }
}
