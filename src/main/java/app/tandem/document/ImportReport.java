package app.tandem.document;

/** What one import stored. */
public record ImportReport(String fileName, long documentId, String title, int blocks, int segments,
                           int seededTargets, String encodingNote, java.util.List<String> notes) {
    public String describe() {
        return fileName + ": document #" + documentId + " \"" + title + "\", " + blocks + " blocks, " + segments
                + " segments" + (seededTargets > 0 ? ", " + seededTargets + " targets from the English already in the file" : "")
                + (encodingNote == null ? "" : " (" + encodingNote + ")")
                + notes.stream().map(n -> ", " + n).reduce("", String::concat);
    }
}
