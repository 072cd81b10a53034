package app.tandem.ui.workbench;

import app.tandem.document.AlignmentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import java.util.List;
import java.util.Locale;

/** Shows the proposed pairs of an aligned translation with their confidence; nothing is written until confirmed. */
final class AlignDialog extends Dialog {
    AlignDialog(long documentId, String fileName, List<AlignmentService.Proposal> proposals, AlignmentService service,
                Runnable afterApply) {
        setHeaderTitle("Align " + fileName);
        setWidth("90vw");
        setHeight("85vh");
        long low = proposals.stream().filter(p -> p.proposedTarget() != null && p.lowConfidence()).count();
        long existing = proposals.stream().filter(p -> p.proposedTarget() != null && p.currentTarget() != null && !p.currentTarget().isBlank()).count();
        add(new Span(proposals.stream().filter(p -> p.proposedTarget() != null).count() + " segments get an English sentence; "
                + low + " with low confidence (marked ⚠); " + existing + " already have a target and are kept unless you tick the box below."));
        Grid<AlignmentService.Proposal> grid = new Grid<>();
        grid.setId("align-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(AlignmentService.Proposal::number).setHeader(getTranslation("#")).setWidth("60px").setFlexGrow(0);
        grid.addColumn(AlignmentService.Proposal::source).setHeader(getTranslation("Russian source"));
        grid.addColumn(p -> p.covered() ? "(covered by the previous segment)" : p.proposedTarget() == null ? "" : p.proposedTarget())
                .setHeader(getTranslation("Proposed English target"));
        grid.addColumn(p -> p.currentTarget() == null ? "" : p.currentTarget()).setHeader(getTranslation("Current target"));
        grid.addColumn(p -> (p.lowConfidence() ? "⚠ " : "") + String.format(Locale.ROOT, "%.2f", p.confidence()))
                .setHeader(getTranslation("Confidence")).setWidth("110px").setFlexGrow(0);
        grid.setItems(proposals);
        grid.setHeight("60vh");
        add(grid);
        Checkbox replace = new Checkbox(getTranslation("Also replace targets that already exist (including ones a person wrote)"));
        replace.setId("align-replace");
        add(replace);
        Button confirm = new Button(getTranslation("Fill targets"), e -> {
            AlignmentService.Applied a = service.apply(documentId, proposals, replace.getValue(), "alignment");
            Notification.show(a.filled() + " targets filled, " + a.replaced() + " replaced, " + a.keptPersonWritten()
                    + " existing targets kept" + (a.conflicts() > 0 ? ", " + a.conflicts() + " changed meanwhile and skipped" : ""), 6000,
                    Notification.Position.TOP_CENTER);
            close();
            afterApply.run();
        });
        confirm.setId("align-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("Cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
