package app.tandem.qa;

/** Which text of the segment a finding's span points into. */
public enum Side { SOURCE, TARGET }
