package app.tandem.project;

public record ProjectSummary(long id, String name, int documents, int segments, int translated, int approved) {
}
