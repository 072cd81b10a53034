package app.tandem.ui.workbench;

import app.tandem.document.ReviewImportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;

/** Segments a review DOCX changed after they were changed in Tandem: the user keeps one version per segment. */
final class ConflictsDialog extends Dialog {
    ConflictsDialog(List<ReviewImportService.Conflict> conflicts, ReviewImportService reviews, Runnable changed) {
        setHeaderTitle(conflicts.size() + " conflicts in the review document");
        setWidth("85vw");
        List<ReviewImportService.Conflict> open = new ArrayList<>(conflicts);
        add(new Span(getTranslation("These segments were changed in Tandem after the export. Tandem's version is kept unless you take the review's.")));
        Grid<ReviewImportService.Conflict> grid = new Grid<>();
        grid.setId("conflicts-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReviewImportService.Conflict::number).setHeader(getTranslation("#")).setWidth("60px").setFlexGrow(0);
        grid.addColumn(c -> c.tandemTarget() == null ? "" : c.tandemTarget()).setHeader(getTranslation("In Tandem now"));
        grid.addColumn(ReviewImportService.Conflict::reviewTarget).setHeader(getTranslation("In the review"));
        grid.addComponentColumn(c -> {
            Button take = new Button(getTranslation("Take the review's"), e -> {
                reviews.acceptReviewVersion(c, "review-docx");
                open.remove(c);
                grid.setItems(open);
                changed.run();
            });
            return take;
        }).setHeader("").setWidth("190px").setFlexGrow(0);
        grid.setItems(open);
        add(grid);
        getFooter().add(new Button(getTranslation("Keep Tandem's for the rest"), e -> close()));
    }
}
