package app.tandem.document;

public enum SegmentStatus {
    NEW, DRAFT, TRANSLATED, APPROVED, REJECTED;

    /** Its name as people read it, in English: the key of its translation (the enum's name is for the API and files). */
    public String label() {
        return switch (this) {
            case NEW -> "New";
            case DRAFT -> "Draft";
            case TRANSLATED -> "Translated";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
        };
    }
}
