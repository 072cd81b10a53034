package app.tandem.exchange;

import java.util.List;

/** A glossary entry as exchanged in CSV/TSV and TBX: preferred English first, then alternatives; forbidden variants apart. */
public record TermEntry(String russian, List<String> english, List<String> forbidden, String note, String status) {
}
