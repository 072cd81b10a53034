package app.tandem.ui;

import app.tandem.document.AssignmentService;
import app.tandem.document.DocumentSummary;
import app.tandem.user.AppUser;
import app.tandem.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.util.List;

/** Reviewers give a document to a translator and a reviewer, with a due date. */
class AssignmentDialog extends Dialog {
    AssignmentDialog(AssignmentService assignments, DocumentSummary doc, Runnable saved) {
        setHeaderTitle(getTranslation("Assign {0}", doc.name()));
        setId("assignment-dialog");
        AssignmentService.Assignment now = assignments.of(doc.id());
        List<AppUser> people = assignments.people();
        ComboBox<String> translator = new ComboBox<>(getTranslation("Translator"));
        translator.setId("assign-translator");
        translator.setItems(people.stream().map(AppUser::username).toList());
        translator.setClearButtonVisible(true);
        translator.setValue(now.translator());
        ComboBox<String> reviewer = new ComboBox<>(getTranslation("Reviewer"));
        reviewer.setId("assign-reviewer");
        reviewer.setItems(people.stream().filter(u -> u.has(Role.REVIEWER) || u.has(Role.ADMIN)).map(AppUser::username).toList());
        reviewer.setClearButtonVisible(true);
        reviewer.setValue(now.reviewer());
        DatePicker due = new DatePicker(getTranslation("Due"));
        due.setId("assign-due");
        ComponentTexts.localise(due);
        due.setClearButtonVisible(true);
        due.setValue(now.due());
        FormLayout form = new FormLayout(translator, reviewer, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("20rem");
        add(form);
        Button save = new Button(getTranslation("Save"), e -> {
            if (UiErrorHandling.attempt(() -> assignments.assign(doc.id(), translator.getValue(), reviewer.getValue(), due.getValue()))) {
                close();
                saved.run();
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("Cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
