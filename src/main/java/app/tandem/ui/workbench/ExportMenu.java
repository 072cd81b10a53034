package app.tandem.ui.workbench;

import app.tandem.document.DocumentSummary;
import app.tandem.document.ExportService;
import app.tandem.ui.Downloads;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The document's downloads: TMX, XLIFF 2.0 and 1.2, the review DOCX and the English edition, each produced when clicked. */
@SpringComponent
@Scope("prototype")
public class ExportMenu {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final ExportService exports;

    public ExportMenu(ExportService exports) {
        this.exports = exports;
    }

    void fill(SubMenu menu, DocumentSummary doc) {
        com.vaadin.flow.component.Component t = menu.getParentMenuItem();
        String base = doc.name();
        long id = doc.id();
        // the download runs outside the UI's request: the reviewer's language is taken now
        java.util.Locale language = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        menu.addItem(Downloads.link("export-tmx", t.getTranslation("TMX"), base + ".tmx", "application/x-tmx+xml",
                out -> exports.export(id, ExportService.Format.TMX, false, out)));
        menu.addItem(Downloads.link("export-xliff", t.getTranslation("XLIFF 2.0 (current CAT tools)"), base + ".xlf", "application/xliff+xml",
                out -> exports.export(id, ExportService.Format.XLIFF, false, out)));
        menu.addItem(Downloads.link("export-xliff12", t.getTranslation("XLIFF 1.2 (OmegaT, older tools)"), base + ".xliff12.xlf",
                "application/xliff+xml", out -> exports.export(id, ExportService.Format.XLIFF12, false, out)));
        menu.addItem(Downloads.link("export-tmx-approved", t.getTranslation("TMX (approved only)"), base + ".approved.tmx",
                "application/x-tmx+xml", out -> exports.export(id, ExportService.Format.TMX, true, out)));
        menu.addItem(Downloads.link("export-review-docx", t.getTranslation("Review DOCX"), base + ".review.docx", DOCX,
                out -> exports.export(id, ExportService.Format.DOCX, false, out, language)));
        menu.addItem(Downloads.link("export-edition-docx", t.getTranslation("English edition (DOCX)"), base + ".en.docx", DOCX,
                out -> exports.export(id, ExportService.Format.EDITION_DOCX, false, out)));
        menu.addItem(Downloads.link("export-edition-txt", t.getTranslation("English edition (TXT)"), base + ".en.txt",
                "text/plain;charset=utf-8", out -> exports.export(id, ExportService.Format.TXT, false, out)));
        menu.addItem(Downloads.link("export-edition-docx-omit", t.getTranslation("Edition without untranslated (DOCX)"),
                base + ".en-translated-only.docx", DOCX, out -> exports.export(id, ExportService.Format.EDITION_DOCX_OMIT_UNTRANSLATED, false, out)));
    }
}
