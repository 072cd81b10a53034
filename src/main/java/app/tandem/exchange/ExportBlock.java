package app.tandem.exchange;

import java.util.List;

/**
 * A paragraph or heading of a document with its segments, in order; {@code mark} a footnote's
 * number, {@code ref} the block's place in its kept source file (see {@code SourcePart.ref}).
 */
public record ExportBlock(String kind, List<ExportSegment> segments, String mark, String ref) {
    public ExportBlock(String kind, List<ExportSegment> segments) {
        this(kind, segments, null, null);
    }
}
