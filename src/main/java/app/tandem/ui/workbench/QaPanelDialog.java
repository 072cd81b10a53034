package app.tandem.ui.workbench;

import app.tandem.review.QaFindingRow;
import app.tandem.review.QaService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/** All QA findings of a document, filterable by check, severity and status, with a whole-document run. */
final class QaPanelDialog extends Dialog {
    private final QaService qa;
    private final long documentId;
    private final Grid<QaFindingRow> grid = new Grid<>();
    private final ComboBox<String> check = new ComboBox<>();
    private final ComboBox<String> severity = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private List<QaFindingRow> all = List.of();

    QaPanelDialog(QaService qa, long documentId, int translatedSegments, IntConsumer goToSegment) {
        this.qa = qa;
        this.documentId = documentId;
        setId("qa-panel");
        setHeaderTitle(getTranslation("QA findings"));
        setWidth("90vw");
        setHeight("85vh");
        check.setPlaceholder(getTranslation("Any check"));
        check.setItemLabelGenerator(id -> getTranslation(app.tandem.i18n.FindingWords.checkName(id)));
        check.setClearButtonVisible(true);
        severity.setItems("ERROR", "WARNING", "INFO");
        severity.setItemLabelGenerator(v -> app.tandem.ui.FindingTexts.severity(this, v));
        severity.setPlaceholder(getTranslation("Any severity"));
        severity.setClearButtonVisible(true);
        status.setId("qa-status");
        status.setItems("open", "not an error");
        status.setItemLabelGenerator(v -> getTranslation(v.equals("open") ? "Open findings" : "Not an error"));
        status.setValue("open");
        status.setWidth("16em");
        status.setClearButtonVisible(true);
        check.addValueChangeListener(e -> filter());
        severity.addValueChangeListener(e -> filter());
        status.addValueChangeListener(e -> filter());
        ProgressBar progress = new ProgressBar(0, Math.max(1, translatedSegments), 0);
        progress.setId("qa-progress");
        progress.setWidth("240px");
        progress.setVisible(false);
        Span progressText = new Span();
        Button run = new Button(getTranslation("Check the whole document"));
        run.setId("qa-run");
        run.addClickListener(e -> {
            UI ui = UI.getCurrent();
            run.setEnabled(false);
            progress.setVisible(true);
            // on QA's own workers, which a stop ends between segments rather than by an interrupt
            qa.checkDocumentInBackground(documentId, done -> ui.access(() -> {
                progress.setValue(done);
                progressText.setText(done + " / " + translatedSegments);
            }), n -> ui.access(() -> {
                run.setEnabled(true);
                progressText.setText(n + " " + getTranslation("segments checked"));
                reload();
            }));
        });
        grid.setId("qa-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(QaFindingRow::segmentNumber).setHeader("#").setWidth("70px").setFlexGrow(0);
        grid.addColumn(f -> app.tandem.ui.FindingTexts.severity(this, f.severity())).setHeader(getTranslation("Severity")).setWidth("175px").setFlexGrow(0);
        grid.addColumn(f -> app.tandem.ui.FindingTexts.check(this, f.checkId(), f.message())).setHeader(getTranslation("Check")).setWidth("170px").setFlexGrow(0);
        // a message left in English (LanguageTool's explanations, one without a translation) is marked as English for the browser
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<QaFindingRow>of("<span lang=\"${item.lang}\">${item.text}</span>")
                .withProperty("text", f -> app.tandem.ui.FindingTexts.message(this, f.checkId(), f.message()))
                .withProperty("lang", f -> app.tandem.ui.FindingTexts.isEnglish(this, f.checkId(), f.message()) ? "en" : getLocale().getLanguage()))
                .setHeader(getTranslation("Message")).setFlexGrow(3);
        grid.addColumn(f -> f.open() ? "" : f.dismissedBy() + ", " + app.tandem.ui.Dates.when(f.dismissedAt()) + ": " + f.dismissReason())
                .setHeader(getTranslation("Not an error")).setFlexGrow(1);
        grid.addComponentColumn(f -> new Button(getTranslation("Go to"), e -> {
            close();
            goToSegment.accept(f.segmentNumber() - 1);
        })).setWidth("110px").setFlexGrow(0);
        grid.setHeight("60vh");
        HorizontalLayout bar = new HorizontalLayout(check, severity, status, run, progress, progressText);
        bar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        add(bar, grid);
        // the findings as the grid shows them (the filters applied), in the interface's language, for a spreadsheet
        java.util.Locale language = getLocale();
        com.vaadin.flow.component.html.Anchor csv = app.tandem.ui.Downloads.link("qa-csv", getTranslation("Download CSV"),
                "qa-findings.csv", "text/csv;charset=utf-8", out -> out.write(csv(language).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        getFooter().add(csv, new Button(getTranslation("Close"), e -> close()));
        reload();
    }

    private void reload() {
        all = qa.findings(documentId);
        check.setItems(all.stream().map(QaFindingRow::checkId).distinct().sorted().toList());
        filter();
    }

    private List<QaFindingRow> shown = List.of();

    private void filter() {
        shown = all.stream()
                .filter(f -> check.getValue() == null || f.checkId().equals(check.getValue()))
                .filter(f -> severity.getValue() == null || f.severity().equals(severity.getValue()))
                .filter(f -> status.getValue() == null || Objects.equals(status.getValue(), "open") == f.open())
                .toList();
        grid.setItems(shown);
    }

    /**
     * With a byte order mark, so that a spreadsheet opens the Russian as UTF-8. The download is
     * served outside the UI's request: the language is the one the dialog was opened in.
     */
    private String csv(java.util.Locale language) {
        app.tandem.i18n.Translator tr = app.tandem.i18n.Translations.in(language);
        StringBuilder sb = new StringBuilder("\uFEFF");
        try (org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(sb, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader(tr.get("Segment"), tr.get("Severity"), tr.get("Check"), tr.get("Message"), tr.get("Not an error")).get())) {
            for (QaFindingRow f : shown) {
                p.printRecord(f.segmentNumber(), app.tandem.i18n.FindingWords.severity(tr, f.severity()),
                        app.tandem.i18n.FindingWords.check(tr, f.checkId(), f.message()),
                        app.tandem.i18n.FindingWords.message(tr, language, f.checkId(), f.message()),
                        f.open() ? "" : f.dismissedBy() + ", " + f.dismissedAt().withNano(0) + ": " + f.dismissReason());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }
}
