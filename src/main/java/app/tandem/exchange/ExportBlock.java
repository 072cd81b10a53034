package app.tandem.exchange;

import java.util.List;

/** A paragraph or heading of a document with its segments, in order. */
public record ExportBlock(String kind, List<ExportSegment> segments) {
}
