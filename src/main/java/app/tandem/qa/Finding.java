package app.tandem.qa;

import java.util.List;

/**
 * One QA finding: which check, how severe, what is wrong, the span to highlight (end exclusive)
 * and replacements offered as one-click fixes (LanguageTool's suggestions; empty for most checks).
 */
public record Finding(String checkId, Severity severity, String message, Side side, int start, int end, List<String> suggestions) {
    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    public Finding(String checkId, Severity severity, String message, Side side, int start, int end) {
        this(checkId, severity, message, side, start, end, List.of());
    }
}
