package app.tandem.ui.workbench;

import app.tandem.text.HyphenDecision;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;

/** Every line-final hyphen of the import and how it was resolved, for a reviewer to check. */
final class HyphenDecisionsDialog extends Dialog {
    HyphenDecisionsDialog(List<HyphenDecision> decisions) {
        setHeaderTitle("Hyphens at line ends: " + decisions.size());
        setWidth("70vw");
        Grid<HyphenDecision> grid = new Grid<>();
        grid.setId("hyphen-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(HyphenDecision::lineNo).setHeader(getTranslation("Line")).setWidth("80px").setFlexGrow(0);
        grid.addColumn(h -> h.left() + "- | " + h.right()).setHeader(getTranslation("In the file"));
        grid.addColumn(HyphenDecision::result).setHeader(getTranslation("Became"));
        grid.addColumn(HyphenDecision::reason).setHeader(getTranslation("Why")).setFlexGrow(2);
        grid.setItems(decisions);
        grid.setHeight("60vh");
        add(grid);
        getFooter().add(new Button(getTranslation("Close"), e -> close()));
    }
}
