package app.tandem.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as the interface's language writes them: 08.12.2026 in Russian, ISO 2026-12-08 in English. */
public final class Dates {
    private static final DateTimeFormatter RU_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter RU_WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {
    }

    public static String day(LocalDate d) {
        return d == null ? "" : d.format(ComponentTexts.russian() ? RU_DAY : DAY);
    }

    public static String when(LocalDateTime t) {
        return t == null ? "" : t.format(ComponentTexts.russian() ? RU_WHEN : WHEN);
    }
}
