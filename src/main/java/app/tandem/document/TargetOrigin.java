package app.tandem.document;

/** Where a segment's English target came from. */
public enum TargetOrigin {
    NONE, EXISTING_TRANSLATION, ALIGNED_UPLOAD, MANUAL,
    /** An exact (or context) match from the project's memory, filled in as a draft. */
    MEMORY,
    /** A fuzzy match, filled in only when asked for, with its score. */
    FUZZY_MEMORY,
    /** The confirmed translation of the same source elsewhere in the document. */
    REPETITION,
    /** A standard label of scholarly articles ("Аннотация:" → "Abstract:"), filled in on import. */
    LABEL,
    /** A citation or reference entry in English (abbreviations translated, titles romanised), filled in on import. */
    CITATION
}
