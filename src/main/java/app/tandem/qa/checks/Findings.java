package app.tandem.qa.checks;

import app.tandem.qa.Finding;
import app.tandem.qa.Severity;
import app.tandem.qa.Side;

import java.util.List;

/** Small helpers shared by the checks. */
final class Findings {
    private Findings() {
    }

    static Finding target(String id, Severity severity, String message, int start, int end) {
        return new Finding(id, severity, message, Side.TARGET, start, end);
    }

    static Finding source(String id, Severity severity, String message, int start, int end) {
        return new Finding(id, severity, message, Side.SOURCE, start, end);
    }

    static List<Finding> none() {
        return List.of();
    }
}
