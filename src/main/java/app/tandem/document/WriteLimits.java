package app.tandem.document;

/**
 * How much text one write may carry. A translation is refused when it is longer than 64 KB or
 * twenty times its source (with room for a short source's long rendering), a comment past 10,000
 * characters, a note or reason past 2,000, a glossary field past 1,000: enough for any real
 * sentence or term, and a pasted book or a script's runaway loop is turned away with the limit named.
 */
public final class WriteLimits {
    public static final int TARGET_MAX = 65_536;
    public static final int TARGET_SOURCE_FACTOR = 20;
    /** A source of a word or two may still have a longer rendering (a name with its explanation). */
    public static final int TARGET_FLOOR = 500;
    public static final int COMMENT_MAX = 10_000;
    public static final int NOTE_MAX = 2_000;
    public static final int TERM_FIELD_MAX = 1_000;

    private WriteLimits() {
    }

    /** Refused: names what was too long, how long it was and the limit. */
    public static final class LimitExceededException extends IllegalArgumentException {
        public LimitExceededException(String message) {
            super(message);
        }
    }

    public static int targetLimit(String source) {
        int bySource = source == null ? TARGET_FLOOR : Math.max(TARGET_FLOOR, TARGET_SOURCE_FACTOR * source.length());
        return Math.min(TARGET_MAX, bySource);
    }

    /** {@code what} names the segment, as "segment 12" or "unit 'seg-12' of FILE". */
    public static void requireTarget(String what, String source, String target) {
        if (target == null) {
            return;
        }
        int limit = targetLimit(source);
        if (target.length() > limit) {
            throw new LimitExceededException(what + ": the translation has " + target.length() + " characters; the limit is " + limit
                    + " (" + TARGET_SOURCE_FACTOR + " times the source, at most " + TARGET_MAX + ")");
        }
    }

    /** A source sentence brought in from outside (a memory unit), at most 64 KB. */
    public static void requireSegmentText(String what, String text) {
        require(what, text, TARGET_MAX);
    }

    public static void requireComment(String body) {
        require("a comment", body, COMMENT_MAX);
    }

    public static void requireNote(String what, String text) {
        require(what, text, NOTE_MAX);
    }

    public static void requireTermField(String what, String text) {
        require(what, text, TERM_FIELD_MAX);
    }

    private static void require(String what, String text, int max) {
        if (text != null && text.length() > max) {
            throw new LimitExceededException(what + " has " + text.length() + " characters; the limit is " + max);
        }
    }
}
