package app.tandem.ui.workbench;

import com.vaadin.flow.component.Component;

/** Parts of a document other than its running text, named where the translator meets them: in the list and in the row being edited. */
final class BlockKinds {
    private BlockKinds() {
    }

    /** "" for running text. */
    static String label(Component c, String blockKind) {
        String kind = blockKind == null ? "" : blockKind;
        if (kind.startsWith("FOOTNOTE")) {
            return c.getTranslation("Footnote {0}", kind.length() > 9 ? kind.substring(9) : "");
        }
        return switch (kind) {
            case "TITLE" -> c.getTranslation("Title");
            case "HEADING" -> c.getTranslation("Heading");
            case "AUTHOR" -> c.getTranslation("Author");
            case "CAPTION" -> c.getTranslation("Caption");
            case "TABLE_CELL" -> c.getTranslation("Table");
            default -> "";
        };
    }
}
