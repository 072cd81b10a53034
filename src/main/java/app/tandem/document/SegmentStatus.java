package app.tandem.document;

public enum SegmentStatus {
    NEW, DRAFT, TRANSLATED, APPROVED, REJECTED
}
