package app.tandem.ui.workbench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentSummary;
import app.tandem.review.QaService;
import app.tandem.review.ReviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.function.IntConsumer;

/** Review of the whole document: its QA findings, and for reviewers bulk approval and progress by person. */
@SpringComponent
@Scope("prototype")
public class ReviewMenu {
    private final ReviewService reviews;
    private final QaService qa;
    private final DocumentRepository documents;
    private final app.tandem.review.LqaService lqa;

    public ReviewMenu(ReviewService reviews, QaService qa, DocumentRepository documents, app.tandem.review.LqaService lqa) {
        this.lqa = lqa;
        this.reviews = reviews;
        this.qa = qa;
        this.documents = documents;
    }

    void fill(SubMenu menu, DocumentSummary doc, IntConsumer goToPosition, Runnable changed) {
        Component t = menu.getParentMenuItem();
        menu.addItem(t.getTranslation("QA findings…"), e -> new QaPanelDialog(qa, doc.id(),
                documents.findSummary(doc.id()).map(DocumentSummary::total).orElse(0), goToPosition).open()).setId("qa-panel-open");
        menu.addItem(t.getTranslation("Quality scorecard…"), e -> new ScorecardDialog(lqa,
                documents.findSummary(doc.id()).orElse(doc), goToPosition).open()).setId("scorecard-open");
        menu.addItem(t.getTranslation("Pairing of the file's English…"), e -> t.getUI().ifPresent(ui -> ui.navigate(
                app.tandem.ui.pairing.PairingView.class, new com.vaadin.flow.router.RouteParameters("documentId", String.valueOf(doc.id())))))
                .setId("pairing-open");
        if (ReviewService.canReview()) {
            menu.addItem(t.getTranslation("Approve all confirmed"), e -> {
                var r = reviews.approveAllConfirmed(doc.id());
                ImportMenu.notify(t.getTranslation("{0} segments approved", String.valueOf(r.approved()))
                        + (r.skipped() > 0 ? ", " + t.getTranslation("{0} skipped (blocked or changed)", String.valueOf(r.skipped())) : ""), true);
                changed.run();
            }).setId("approve-all");
            menu.addItem(t.getTranslation("Review progress…"), e -> new ReviewProgressDialog(reviews.progress(doc.id())).open())
                    .setId("review-progress");
        }
    }
}
