package app.tandem.qa;

public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase();
    }
}
