package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.review.QaFindingRow;
import app.tandem.review.QaService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The current segment's open QA findings, each with the text it points at and a way to silence it. */
final class QaFindingsList extends VerticalLayout {
    private final QaService qa;
    private Runnable afterDialog = () -> { };

    QaFindingsList(QaService qa) {
        this.qa = qa;
        setId("qa-findings");
        setPadding(false);
        setSpacing(false);
    }

    /** Where the caret goes once the "not an error" dialog closes. */
    void afterDialog(Runnable then) {
        this.afterDialog = then;
    }

    /** @return how many open findings are listed */
    int show(SegmentRow s) {
        removeAll();
        if (s == null) {
            return 0;
        }
        int count = 0;
        for (QaFindingRow f : qa.segmentFindings(s.id())) {
            if (!f.open()) {
                continue;
            }
            count++;
            String text = "SOURCE".equals(f.side()) ? s.sourceText() : s.targetText() == null ? "" : s.targetText();
            String span = f.start() < f.end() && f.end() <= text.length() ? " «" + text.substring(f.start(), f.end()) + "»" : "";
            Span label = new Span(app.tandem.ui.FindingTexts.severity(this, f.severity()) + " · "
                    + app.tandem.ui.FindingTexts.check(this, f.checkId(), f.message()) + ": ");
            Span message = new Span(app.tandem.ui.FindingTexts.message(this, f.checkId(), f.message()));
            if (app.tandem.ui.FindingTexts.isEnglish(this, f.checkId(), f.message())) {
                message.getElement().setAttribute("lang", "en");
            }
            label.add(message, new Span(span));
            label.addClassName("qa-" + f.severity().toLowerCase());
            Button dismiss = new Button(getTranslation("Not an error"), e -> openDismiss(f, s));
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            dismiss.addClassName("qa-dismiss");
            HorizontalLayout row = new HorizontalLayout(label, dismiss);
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            if (app.tandem.qa.checks.LanguageToolCheck.isSpelling(f.message()) && !span.isEmpty()) {
                String word = text.substring(f.start(), f.end());
                Button add = new Button(getTranslation("Add to project dictionary"), e -> {
                    qa.addProjectWord(s.documentId(), word);
                    qa.checkSegment(s.id());
                    show(s);
                    Notification.show("“" + word + "” " + getTranslation("added to the project dictionary"), 3000, Notification.Position.TOP_CENTER);
                });
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(add);
            }
            add(row);
        }
        if (count == 0) {
            Span none = new Span(getTranslation("No open findings"));
            none.addClassName("panel-empty");
            add(none);
        }
        return count;
    }

    private void openDismiss(QaFindingRow f, SegmentRow s) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("Not an error") + ": " + app.tandem.ui.FindingTexts.check(this, f.checkId(), f.message()));
        TextArea why = new TextArea(getTranslation("Why is this not an error?"));
        why.setId("dismiss-reason");
        why.setWidth("480px");
        Span message = new Span(app.tandem.ui.FindingTexts.message(this, f.checkId(), f.message()));
        if (app.tandem.ui.FindingTexts.isEnglish(this, f.checkId(), f.message())) {
            message.getElement().setAttribute("lang", "en");
        }
        d.add(message, why);
        Button ok = new Button(getTranslation("Not an error"), e -> {
            qa.dismiss(f.id(), why.getValue());
            d.close();
            show(s);
        });
        ok.setId("dismiss-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("Cancel"), e -> d.close()), ok);
        app.tandem.ui.DialogKeys.enterPresses(ok, why);
        app.tandem.ui.DialogKeys.whenClosed(d, afterDialog);
        d.open();
        why.focus();
    }
}
