package app.tandem.text;

/** How one line-final hyphen was resolved, kept so a reviewer can check it. */
public record HyphenDecision(int lineNo, String left, String right, String result, String reason) {
    public boolean keptHyphen() {
        return result.contains("-");
    }
}
