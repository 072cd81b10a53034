package app.tandem.lqa;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How much an error costs: MQM's usual penalty points. */
public enum Severity {
    MINOR(1), MAJOR(5), CRITICAL(25);

    private final int penalty;

    Severity(int penalty) {
        this.penalty = penalty;
    }

    public int penalty() {
        return penalty;
    }

    /** The name in the API, the CSV and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Severity::code).toList();
    }

    /** Its name as people read it, in English: the key of its translation. */
    public String label() {
        return switch (this) {
            case MINOR -> "Minor";
            case MAJOR -> "Major";
            case CRITICAL -> "Critical";
        };
    }
}
