package app.tandem.ui.workbench;

import app.tandem.document.DocumentSummary;
import app.tandem.tm.PreTranslationService;
import app.tandem.ui.MemoryView;
import app.tandem.ui.UiErrorHandling;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The File menu's memory actions: pre-translate the document, and the project's memory page. */
@SpringComponent
@Scope("prototype")
public class MemoryMenu {
    /** Below this a fuzzy match is more rewriting than help; CAT tools default to 70–75. */
    private static final int DEFAULT_FUZZY = 75;
    private final PreTranslationService pretranslation;

    public MemoryMenu(PreTranslationService pretranslation) {
        this.pretranslation = pretranslation;
    }

    void fill(SubMenu menu, DocumentSummary doc, Runnable changed) {
        Component t = menu.getParentMenuItem();
        menu.addItem(t.getTranslation("Pre-translate from memory…"), e -> openPretranslate(t, doc, changed)).setId("pretranslate-open");
        menu.addItem(t.getTranslation("Translation memory of the project"), e -> UI.getCurrent().navigate(MemoryView.class,
                new RouteParameters("projectId", String.valueOf(doc.projectId())))).setId("memory-open");
    }

    private void openPretranslate(Component t, DocumentSummary doc, Runnable changed) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t.getTranslation("Pre-translate from memory…"));
        Paragraph what = new Paragraph(t.getTranslation(
                "Untranslated segments whose source is in the memory get its translation as a draft (context matches first). "
                        + "Targets that already have text are never changed."));
        Checkbox fuzzy = new Checkbox(t.getTranslation("Also fill from fuzzy matches, marked with their score"));
        fuzzy.setId("pretranslate-fuzzy");
        IntegerField minScore = new IntegerField(t.getTranslation("Lowest fuzzy score (%)"));
        minScore.setId("pretranslate-min-score");
        minScore.setMin(60);
        minScore.setMax(99);
        minScore.setStepButtonsVisible(true);
        minScore.setValue(DEFAULT_FUZZY);
        minScore.setEnabled(false);
        fuzzy.addValueChangeListener(e -> minScore.setEnabled(e.getValue()));
        Button run = new Button(t.getTranslation("Pre-translate"), e -> {
            Integer score = minScore.getValue();
            if (fuzzy.getValue() && (score == null || score < 60 || score > 99)) {
                minScore.setInvalid(true);
                minScore.setErrorMessage(t.getTranslation("A score from 60 to 99"));
                return;
            }
            PreTranslationService.Result[] r = new PreTranslationService.Result[1];
            if (UiErrorHandling.attempt(() -> r[0] = pretranslation.pretranslate(doc.id(), fuzzy.getValue() ? score : 101))) {
                d.close();
                Notification n = Notification.show(t.getTranslation("Pre-translated {0} segments: {1} context, {2} exact, {3} fuzzy matches",
                                String.valueOf(r[0].filled()), String.valueOf(r[0].context()), String.valueOf(r[0].exact()), String.valueOf(r[0].fuzzy())),
                        6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                n.setId("pretranslate-done");
                changed.run();
            }
        });
        run.setId("pretranslate-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(what, fuzzy, minScore);
        d.getFooter().add(new Button(t.getTranslation("Cancel"), e -> d.close()), run);
        d.open();
    }
}
