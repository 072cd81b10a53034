package app.tandem.text;

/** The two languages Tandem works between. */
public enum Lang {
    RU, EN;

    public String code() {
        return name().toLowerCase();
    }

    public static Lang ofCode(String code) {
        return switch (code.toLowerCase()) {
            case "ru" -> RU;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + code + "' (use ru or en)");
        };
    }
}
