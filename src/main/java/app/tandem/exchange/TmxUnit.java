package app.tandem.exchange;

import java.time.Instant;

/** One translation unit as exchanged in TMX. Dates and ids may be null when unknown. */
public record TmxUnit(String tuid, String source, String target, String status, String document,
                      Instant created, Instant changed, String changeId) {
}
