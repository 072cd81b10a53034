package app.tandem.lqa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The error categories reviewers score by: MQM's core typology, at the depth translation departments use. */
public enum MqmCategory {
    MISTRANSLATION("accuracy/mistranslation"),
    OMISSION("accuracy/omission"),
    ADDITION("accuracy/addition"),
    GRAMMAR("fluency/grammar"),
    SPELLING("fluency/spelling"),
    PUNCTUATION("fluency/punctuation"),
    TERMINOLOGY("terminology"),
    STYLE("style"),
    LOCALE_CONVENTION("locale-convention");

    private final String code;

    MqmCategory(String code) {
        this.code = code;
    }

    /** The name in the API, the CSV and the database. */
    public String code() {
        return code;
    }

    public static Optional<MqmCategory> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(MqmCategory::code).toList();
    }

    /** Its name as people read it, in English: the key of its translation. */
    public String label() {
        return switch (this) {
            case MISTRANSLATION -> "Accuracy: mistranslation";
            case OMISSION -> "Accuracy: omission";
            case ADDITION -> "Accuracy: addition";
            case GRAMMAR -> "Fluency: grammar";
            case SPELLING -> "Fluency: spelling";
            case PUNCTUATION -> "Fluency: punctuation";
            case TERMINOLOGY -> "Terminology";
            case STYLE -> "Style";
            case LOCALE_CONVENTION -> "Locale convention";
        };
    }
}
