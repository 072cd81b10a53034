package app.tandem.ui.workbench;

import app.tandem.document.SegmentRow;
import app.tandem.document.SegmentService;
import app.tandem.tm.ConcordanceService;
import app.tandem.tm.TranslationMemoryService;
import app.tandem.review.QaService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.time.format.DateTimeFormatter;

/**
 * The docked panel beside the list: what the active segment is, then one collapsible section
 * each for its glossary terms, memory matches, QA findings, comments and history. Terms come
 * first so their English is in view on a laptop screen; comments and history are read only when
 * their section is open.
 */
@SpringComponent
@Scope("prototype")
public class SidePanel extends Div {
    final TermsPanel terms;
    final MemoryPanel memory;
    final QaFindingsList findings;
    final CommentsPanel comments;
    final HistoryPanel history;
    final ConcordancePanel concordance;
    final LqaPanel lqa;
    private final Span title = new Span();
    private final Button hide = new Button("⟩");
    private final Section termsSection;
    private final Section memorySection;
    private final Section qaSection;
    private final Section commentsSection;
    private final Section historySection;
    private final Section concordanceSection;
    private final Section lqaSection;
    private SegmentRow current;
    private final SourceChangeNote sourceChange = new SourceChangeNote();
    private long projectId = -1;

    /** A collapsible part of the panel whose heading carries a count. */
    private final class Section extends Details {
        private final Span label = new Span();
        private final String name;

        Section(String id, String name, Component content, boolean opened) {
            this.name = name;
            label.setId(id);
            label.addClassName("section-label");
            label.setText(name);
            setSummary(label);
            add(content);
            setOpened(opened);
            addThemeVariants(DetailsVariant.SMALL);
            addClassName("panel-section");
            getElement().setAttribute("data-section", id);
        }

        void count(int n) {
            label.setText(n == 0 ? name : name + " (" + n + ")");
        }
    }

    public SidePanel(QaService qa, TranslationMemoryService memoryService, SegmentService segments, ConcordanceService concordanceService,
                     app.tandem.project.SourceOffers offers, app.tandem.review.LqaService lqaService) {
        lqa = new LqaPanel(lqaService);
        concordance = new ConcordancePanel(concordanceService);
        terms = new TermsPanel(qa, offers);
        memory = new MemoryPanel(memoryService);
        findings = new QaFindingsList(qa);
        comments = new CommentsPanel(segments);
        history = new HistoryPanel(segments);
        setId("side-panel");
        addClassName("side-panel");
        title.setId("editor-title");
        title.addClassName("editor-title");
        hide.setId("panel-hide");
        hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        hide.setTooltipText(getTranslation("Hide the side panel") + " (F6)");
        hide.getElement().setAttribute("aria-label", getTranslation("Hide the side panel"));
        Div head = new Div(title, hide);
        head.addClassName("panel-head");
        termsSection = new Section("section-terms", getTranslation("Terms"), terms, true);
        memorySection = new Section("section-memory", getTranslation("Memory matches"), memory, true);
        qaSection = new Section("section-qa", "QA", findings, true);
        commentsSection = new Section("comments", getTranslation("Comments"), comments, false);
        historySection = new Section("history", getTranslation("History"), history, false);
        concordanceSection = new Section("section-concordance", getTranslation("Concordance"), concordance, false);
        lqaSection = new Section("section-lqa", getTranslation("Quality errors"), lqa, false);
        lqa.onChanged(() -> {
            if (current != null) {
                lqaSection.count(lqa.show(current));
            }
        });
        commentsSection.addOpenedChangeListener(e -> {
            if (e.isOpened() && current != null) {
                commentsSection.count(comments.show(current));
            }
        });
        historySection.addOpenedChangeListener(e -> {
            if (e.isOpened() && current != null) {
                history.show(current);
            }
        });
        Div sections = new Div(sourceChange, termsSection, memorySection, qaSection, lqaSection, concordanceSection, commentsSection, historySection);
        sections.addClassName("panel-sections");
        add(head, sections);
    }

    void onHide(Runnable action) {
        hide.addClickListener(e -> action.run());
    }

    void setProject(long projectId) {
        this.projectId = projectId;
        concordance.setProject(projectId);
    }

    /** Ctrl+K: the concordance section opens and searches {@code text} (the selection, if any). */
    void searchConcordance(String text) {
        concordanceSection.setOpened(true);
        concordance.search(text);
    }

    void show(SegmentRow s) {
        current = s;
        title.setText(getTranslation("Segment {0}", String.valueOf(s.position() + 1)) + " · " + StatusLabels.of(this, s.status())
                + (s.lastEditor() == null ? "" : " · " + getTranslation("last edited by {0}", s.lastEditor())
                + (s.updatedAt() == null ? "" : " " + app.tandem.ui.Dates.when(s.updatedAt())))
                + (s.matchOrigin() == null ? "" : " · " + MatchOrigins.label(this, s.matchOrigin()))
                + (s.repetitions() == 0 ? "" : " · " + getTranslation("repeated {0} more times in the document", s.repetitions())));
        title.getElement().setAttribute("data-status", s.status().name());
        sourceChange.show(s);
    }

    /**
     * The sections (terms, memory, QA, quality errors, comments, history) of the segment whose
     * heading {@link #show} set; the workbench fills them just after the caret has moved.
     */
    void showSections(SegmentRow s) {
        if (current == null || current.id() != s.id()) {
            return;
        }
        termsSection.count(terms.show(s, projectId));
        memorySection.count(memory.show(s, projectId));
        qaSection.count(findings.show(s));
        int errors = lqa.show(s);
        lqaSection.count(errors);
        if (errors > 0) {
            lqaSection.setOpened(true);
        }
        if (commentsSection.isOpened() || s.openComments() > 0) {
            commentsSection.count(comments.show(s));
        } else {
            commentsSection.count(0);
        }
        if (historySection.isOpened()) {
            history.show(s);
        }
    }

    /** New QA findings arrived for the active segment. */
    void refreshFindings() {
        if (current != null) {
            qaSection.count(findings.show(current));
        }
    }

    void openComments() {
        commentsSection.setOpened(true);
        comments.focusNew();
    }

    /** Alt+E: the quality-error form, caret in its category. */
    void openQualityErrors() {
        lqaSection.setOpened(true);
        lqa.focusForm();
    }

    void openHistory() {
        historySection.setOpened(true);
    }
}
