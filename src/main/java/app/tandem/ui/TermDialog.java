package app.tandem.ui;

import app.tandem.exchange.TermEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The form for one glossary term, used by the glossary view and by "Add selection to glossary" in the editor. */
public final class TermDialog extends Dialog {
    private final TextField russian = new TextField();
    private final TextField english = new TextField();
    private final TextField alternatives = new TextField();
    private final TextField forbidden = new TextField();
    private final TextArea note = new TextArea();
    private final ComboBox<String> domain = new ComboBox<>();
    private final Select<String> partOfSpeech = new Select<>();

    public TermDialog(String title, TermEntry initial, List<String> knownDomains, Consumer<TermEntry> save) {
        setHeaderTitle(title);
        setWidth("640px");
        russian.setLabel(getTranslation("Russian (citation form)"));
        russian.setId("term-russian");
        russian.setRequired(true);
        english.setLabel(getTranslation("Preferred English"));
        english.setId("term-english");
        english.setRequired(true);
        alternatives.setLabel(getTranslation("Other accepted English (separate with |)"));
        alternatives.setId("term-alternatives");
        forbidden.setLabel(getTranslation("Do not use (separate with |)"));
        forbidden.setId("term-forbidden");
        note.setLabel(getTranslation("Note or definition"));
        note.setId("term-note");
        domain.setLabel(getTranslation("Domain"));
        domain.setId("term-domain");
        domain.setItems(knownDomains);
        domain.setAllowCustomValue(true);
        domain.addCustomValueSetListener(e -> domain.setValue(e.getDetail()));
        domain.setClearButtonVisible(true);
        partOfSpeech.setLabel(getTranslation("Part of speech"));
        partOfSpeech.setId("term-pos");
        partOfSpeech.setItems(TermEntry.PARTS_OF_SPEECH);
        partOfSpeech.setEmptySelectionAllowed(true);
        partOfSpeech.setItemLabelGenerator(p -> p == null ? "" : getTranslation(posLabel(p)));
        if (initial != null) {
            russian.setValue(orEmpty(initial.russian()));
            english.setValue(initial.english().isEmpty() ? "" : initial.preferred());
            alternatives.setValue(initial.english().isEmpty() ? "" : String.join(" | ", initial.alternatives()));
            forbidden.setValue(String.join(" | ", initial.forbidden()));
            note.setValue(orEmpty(initial.note()));
            domain.setValue(initial.domain());
            partOfSpeech.setValue(initial.partOfSpeech());
        }
        FormLayout form = new FormLayout(russian, english, alternatives, forbidden, domain, partOfSpeech, note);
        form.setColspan(note, 2);
        add(form);
        Button ok = new Button(getTranslation("Save"), e -> {
            if (UiErrorHandling.attempt(() -> save.accept(value()))) {
                close();
            }
        });
        ok.setId("term-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("Cancel"), e -> close()), ok);
        DialogKeys.enterPresses(ok, russian, english, alternatives, forbidden);
    }

    /** Puts the caret where the translator most likely types next. */
    public TermDialog focusEnglish() {
        english.focus();
        return this;
    }

    private TermEntry value() {
        String en = english.getValue().strip();
        List<String> all = new java.util.ArrayList<>();
        if (!en.isEmpty()) {
            all.add(en);
        }
        all.addAll(list(alternatives.getValue()));
        return new TermEntry(russian.getValue().strip(), all, list(forbidden.getValue()), note.getValue(), domain.getValue(),
                partOfSpeech.getValue(), null);
    }

    private static List<String> list(String s) {
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String posLabel(String pos) {
        return switch (pos) {
            case "properNoun" -> "proper noun";
            default -> pos;
        };
    }
}
