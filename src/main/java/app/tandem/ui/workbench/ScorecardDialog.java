package app.tandem.ui.workbench;

import app.tandem.document.DocumentSummary;
import app.tandem.lqa.MqmCategory;
import app.tandem.lqa.Scorecard;
import app.tandem.review.LqaService;
import app.tandem.ui.Downloads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A document's quality scorecard: words, penalty, score against the project's pass mark, errors
 * by category, and every error with its segment (a click goes there); CSV download.
 */
final class ScorecardDialog extends Dialog {
    ScorecardDialog(LqaService lqa, DocumentSummary doc, IntConsumer goToPosition) {
        setHeaderTitle(getTranslation("Quality scorecard") + " · " + doc.name());
        setId("scorecard-dialog");
        Scorecard card = lqa.scorecard(doc.id());
        Div summary = new Div();
        summary.addClassName("scorecard-summary");
        summary.add(figure("scorecard-words", getTranslation("Words evaluated"),
                        getTranslation("{0} of {1}", String.valueOf(card.evaluatedWords()), String.valueOf(card.words()))),
                figure("scorecard-penalty", getTranslation("Penalty points"), String.valueOf(card.penalty())),
                // the figures as the interface's language writes numbers (99,85 in Russian), as the analysis does
                figure("scorecard-score", getTranslation("Score"), card.scored() ? String.format(getLocale(), "%.2f", card.score()) : getTranslation("none yet")),
                figure("scorecard-threshold", getTranslation("Pass mark"), String.format(getLocale(), "%.1f", card.threshold())));
        Span verdict = new Span(getTranslation(!card.scored() ? "Nothing evaluated yet" : card.passed() ? "Passed" : "Failed"));
        verdict.setId("scorecard-verdict");
        verdict.getElement().getThemeList().add(!card.scored() ? "badge contrast" : card.passed() ? "badge success" : "badge error");
        summary.add(verdict);

        Grid<Map.Entry<MqmCategory, Integer>> categories = new Grid<>();
        categories.setId("scorecard-categories");
        categories.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        categories.addColumn(e -> LqaPanel.categoryLabel(this, e.getKey())).setHeader(getTranslation("Category")).setFlexGrow(1);
        categories.addColumn(Map.Entry::getValue).setHeader(getTranslation("Errors")).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0).setWidth("90px");
        categories.setItems(List.copyOf(card.byCategory().entrySet()));
        categories.setAllRowsVisible(true);

        Grid<LqaService.Issue> issues = new Grid<>();
        issues.setId("scorecard-issues");
        issues.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        issues.addColumn(LqaService.Issue::segmentNumber).setHeader("#").setFlexGrow(0).setWidth("64px");
        issues.addColumn(i -> LqaPanel.categoryLabel(this, i.category())).setHeader(getTranslation("Category")).setFlexGrow(2);
        issues.addColumn(i -> LqaPanel.severityLabel(this, i.severity()) + " (" + i.severity().penalty() + ")")
                .setHeader(getTranslation("Severity")).setFlexGrow(1);
        issues.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("Note")).setFlexGrow(3);
        issues.addColumn(LqaService.Issue::createdBy).setHeader(getTranslation("Reviewer")).setFlexGrow(1);
        List<LqaService.Issue> all = lqa.issues(doc.id());
        issues.setItems(all);
        issues.setHeight("100%");
        issues.addItemClickListener(e -> {
            close();
            goToPosition.accept(e.getItem().segmentNumber() - 1);
        });
        String csv = lqa.csv(doc.id());
        // side by side: the counts and the list both in view on a laptop screen
        Div left = new Div(new H4(getTranslation("Errors by category")), categories);
        left.addClassName("scorecard-categories");
        Div right = new Div(new H4(getTranslation("Errors")), issues);
        right.addClassName("scorecard-errors");
        Div columns = new Div(left, right);
        columns.addClassName("scorecard-columns");
        add(summary, columns);
        setWidth("min(1100px, 95vw)");
        getFooter().add(Downloads.link("scorecard-csv", getTranslation("Download CSV"), doc.name() + "-lqa.csv", "text/csv",
                out -> out.write(csv.getBytes(StandardCharsets.UTF_8))), new Button(getTranslation("Close"), e -> close()));
    }

    private static Div figure(String id, String label, String value) {
        Span v = new Span(value);
        v.setId(id);
        v.addClassName("figure-value");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Div d = new Div(l, v);
        d.addClassName("scorecard-figure");
        return d;
    }
}
