package app.tandem.text;

/** Whether a word form exists in a language's dictionary; used to decide line-final hyphens. */
public interface WordLookup {
    boolean isKnown(String word);

    /** Morphological tags of a word form, in the dictionary's tag set; empty when unknown or not supported. */
    default java.util.Set<String> tags(String word) {
        return java.util.Set.of();
    }
}
