package app.tandem.ui.workbench;

import app.tandem.exchange.TermEntry;
import app.tandem.glossary.Lemmatizer;
import app.tandem.project.GlossaryRepository;
import app.tandem.project.GlossaryService;
import app.tandem.text.Lang;
import app.tandem.ui.TermDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.List;
import java.util.Objects;

/** Words selected in the source become a glossary term; a single word is offered in its dictionary form. */
@SpringComponent
@Scope("prototype")
public class AddToGlossary {
    private final GlossaryService glossary;

    public AddToGlossary(GlossaryService glossary) {
        this.glossary = glossary;
    }

    /** {@code closed}: where the caret goes afterwards, saved or not. */
    void open(com.vaadin.flow.component.Component t, long project, String selected, Runnable added, Runnable closed) {
        String sel = selected == null ? "" : selected.strip();
        if (sel.isEmpty()) {
            Notification.show(t.getTranslation("Select the term in the Russian source first"), 4000, Notification.Position.TOP_CENTER);
            closed.run();
            return;
        }
        String suggestion = sel;
        if (!sel.contains(" ")) {
            String norm = Lemmatizer.normalize(sel);
            String lemma = Lemmatizer.of(Lang.RU).lemmas(sel).stream().filter(l -> !l.equals(norm)).findFirst().orElse(norm);
            suggestion = Character.isUpperCase(sel.charAt(0)) ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
        }
        List<String> domains = glossary.entries(project).stream().map(GlossaryRepository.Entry::domain)
                .filter(Objects::nonNull).distinct().sorted().toList();
        TermDialog dialog = new TermDialog(t.getTranslation("Add to glossary"), new TermEntry(suggestion, List.of(), List.of(), null, null, null, null),
                domains, term -> {
            glossary.add(project, term);
            added.run();
        });
        app.tandem.ui.DialogKeys.whenClosed(dialog, closed);
        dialog.focusEnglish().open();
    }
}
