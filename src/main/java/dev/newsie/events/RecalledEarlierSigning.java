package dev.newsie.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A signing dated well before the report (2017年,甲与乙签署…, told in a 2025 report; 1979年两市缔结…): a recalled
 * act of its own time, not the scene the report tells. Where it was made is read only from its own sentence; the
 * report's scene (the headline's ceremony, the visit the lead tells, the dateline, the host of the delegation)
 * is another day's. Reads dates; writes nothing.
 */
final class RecalledEarlierSigning {
    /**
     * How many days before the report the latest day a date can mean must lie: a signing of the last weeks (12月28日 in
     * a report of early January, a month or year written without a day near the report's) is still the news.
     */
    static final int RECALLED_AFTER_DAYS = 60;

    private RecalledEarlierSigning() {
    }

    /**
     * Whether {@code date} ends long before the report's {@code reference} begins (both ISO, as precise as known: a
     * year or a month is taken at its last day for the signing, at its first for the report).
     */
    static boolean recalled(String reference, String date) {
        if (reference == null || date == null) {
            return false;
        }
        try {
            LocalDate latest = day(date, true), report = day(reference, false);
            return latest != null && report != null && ChronoUnit.DAYS.between(latest, report) > RECALLED_AFTER_DAYS;
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }

    private static LocalDate day(String iso, boolean last) {
        return switch (iso.length()) {
            case 4 -> last ? LocalDate.of(Integer.parseInt(iso), 12, 31) : LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> last ? YearMonth.parse(iso).atEndOfMonth() : YearMonth.parse(iso).atDay(1);
            case 10 -> LocalDate.parse(iso);
            default -> null;
        };
    }
}
