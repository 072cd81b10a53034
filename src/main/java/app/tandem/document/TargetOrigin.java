package app.tandem.document;

/** Where a segment's English target came from. */
public enum TargetOrigin {
    NONE, EXISTING_TRANSLATION, ALIGNED_UPLOAD, MANUAL
}
