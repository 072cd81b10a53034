package app.tandem.ui.workbench;

import app.tandem.document.DocumentSummary;
import app.tandem.document.DocumentTrash;
import app.tandem.document.SourceVersionService;
import app.tandem.review.QaService;
import app.tandem.review.ReviewService;
import app.tandem.ui.ProjectView;
import app.tandem.ui.project.DeleteDocumentDialog;
import app.tandem.ui.project.NewSourceVersionDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The File menu's actions on the document itself: a new version of its source, and deleting it (reviewers and admins). */
@SpringComponent
@Scope("prototype")
public class DocumentFileActions {
    private final SourceVersionService versions;
    private final DocumentTrash trash;
    private final QaService qa;

    public DocumentFileActions(SourceVersionService versions, DocumentTrash trash, QaService qa) {
        this.versions = versions;
        this.trash = trash;
        this.qa = qa;
    }

    void fill(SubMenu menu, DocumentSummary doc, Runnable changed) {
        if (!ReviewService.canReview()) {
            return;
        }
        Component t = menu.getParentMenuItem();
        menu.addItem(t.getTranslation("New version of the source…"), e -> new NewSourceVersionDialog(versions, doc, r -> {
            qa.checkWaitingSegmentsInBackground();
            changed.run();
        }).open()).setId("new-source-open");
        menu.addItem(t.getTranslation("Delete document…"), e -> new DeleteDocumentDialog(trash, doc, () ->
                UI.getCurrent().navigate(ProjectView.class, new RouteParameters("projectId", String.valueOf(doc.projectId())))).open())
                .setId("delete-document-open");
    }
}
