package app.tandem.exchange;

import java.util.List;

/**
 * A glossary entry as exchanged in CSV/TSV and TBX and as edited in the glossary view: preferred
 * English first, then accepted alternatives; forbidden variants apart. Part of speech uses the
 * TBX-Basic picklist ({@link #PARTS_OF_SPEECH}); domain is free text (TBX {@code subjectField}).
 */
public record TermEntry(String russian, List<String> english, List<String> forbidden, String note, String domain,
                        String partOfSpeech, String status) {
    public static final List<String> PARTS_OF_SPEECH = List.of("noun", "properNoun", "adjective", "verb", "adverb", "other");

    public TermEntry {
        english = List.copyOf(english);
        forbidden = List.copyOf(forbidden);
        note = blankToNull(note);
        domain = blankToNull(domain);
        partOfSpeech = blankToNull(partOfSpeech);
        status = blankToNull(status);
    }

    public String preferred() {
        return english.get(0);
    }

    public List<String> alternatives() {
        return english.subList(1, english.size());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
