package app.tandem.ui.edition;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.document.ExportService;
import app.tandem.exchange.EnglishEdition;
import app.tandem.user.ProjectAccess;
import app.tandem.ui.Downloads;
import app.tandem.ui.MainLayout;
import app.tandem.ui.workbench.DocumentView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The English edition of a document before it is exported: the page the journal will print,
 * with its notes, one click from the workbench's header, and the DOCX to download from it.
 */
@PermitAll
@Route(value = "documents/:documentId/edition", layout = MainLayout.class)
public class EditionPreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final DocumentRepository documents;
    private final ProjectAccess access;
    private final ExportService exports;
    private final Div bar = new Div();
    private final Span warning = new Span();
    private final EditionPreview preview = new EditionPreview();
    private String title = "Tandem";

    public EditionPreviewView(DocumentRepository documents, ProjectAccess access, ExportService exports) {
        this.documents = documents;
        this.access = access;
        this.exports = exports;
        setId("edition-view");
        addClassName("edition-view");
        bar.addClassName("edition-bar");
        warning.setId("edition-warning");
        warning.addClassName("edition-warning");
        Div page = new Div(preview);
        page.addClassName("edition-page");
        add(bar, page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("documentId").orElse(-1L);
        DocumentSummary doc = documents.findSummary(id).orElse(null);
        if (doc == null || !access.canSee(doc.projectId())) {
            event.rerouteToError(NotFoundException.class, "No such document");
            return;
        }
        title = getTranslation("English edition") + " · " + doc.title();
        RouterLink back = new RouterLink("← " + getTranslation("Back to the document"), DocumentView.class,
                new RouteParameters("documentId", String.valueOf(id)));
        back.setId("edition-back");
        String base = doc.name();
        var download = Downloads.link("edition-download", getTranslation("Download DOCX"), base + ".en.docx",
                ExportService.Format.EDITION_DOCX.contentType(), out -> exports.export(id, ExportService.Format.EDITION_DOCX, false, out));
        EnglishEdition edition = exports.edition(id);
        long untranslated = edition.paragraphs().stream().flatMap(p -> p.runs().stream()).filter(EnglishEdition.Run::untranslated).count();
        warning.setText(untranslated == 0 ? "" : getTranslation("{0} segments not translated yet: their Russian is shown marked, in brackets",
                String.valueOf(untranslated)));
        warning.setVisible(untranslated > 0);
        bar.removeAll();
        bar.add(back, download, warning);
        preview.show(edition);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
