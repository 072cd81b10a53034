package app.tandem.lqa;

/** An error a reviewer marked, as reports list it: the segment's number counts from 1. */
public record MarkedError(int segment, MqmCategory category, Severity severity, String note, String reviewer) {
}
