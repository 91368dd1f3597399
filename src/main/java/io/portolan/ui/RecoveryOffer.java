package io.portolan.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A design a crash left unsaved, as the start-up question shows it.
 *
 * @param name what the window called it: its file name or a template's title
 * @param original its own file, or null for a design never saved
 * @param lastChanged when it was last changed, or null when the recovery file does not say
 * @param changes how many changes it holds since it was last saved
 * @param position its place among the designs offered, from 1
 * @param count how many designs are offered
 */
public record RecoveryOffer(String name, Path original, Instant lastChanged, int changes, int position, int count) {

    /** {@code today at 14:32 (5 minutes ago)}, {@code 12 Mar 2025, 09:10 (3 days ago)}, or {@code unknown}. */
    String whenChanged(Instant now, ZoneId zone) {
        if (lastChanged == null) {
            return "unknown";
        }
        ZonedDateTime at = lastChanged.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String time = at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
        String day = at.toLocalDate().equals(today) ? "today at " + time
                : at.toLocalDate().equals(today.minusDays(1)) ? "yesterday at " + time
                : at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
        return day + " (" + ago(Duration.between(lastChanged, now)) + ")";
    }

    /** The file it belongs to, or that it was never saved. */
    String originalText() {
        return original == null ? "never saved" : original.toString();
    }

    private static String ago(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute ago" : " minutes ago");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + (hours == 1 ? " hour ago" : " hours ago");
        }
        return hours / 24 + " days ago";
    }
}
