package app.tandem.qa;

/** One QA finding: which check, how severe, what is wrong, and the span to highlight (end exclusive). */
public record Finding(String checkId, Severity severity, String message, Side side, int start, int end) {
}
