package app.tandem.ui.workbench;

import app.tandem.document.DocumentRepository;
import app.tandem.document.DocumentRepository.SegmentFilter;
import app.tandem.document.SegmentRow;
import app.tandem.document.TargetOrigin;
import app.tandem.glossary.TermSpans;
import app.tandem.project.GlossaryRepository;
import app.tandem.review.QaService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every segment of the document, fetched page by page as the list scrolls, with the active one
 * edited in its own row: the grid's editor puts the source (terms marked) and the target editor
 * into that row's cells, so the sentences before and after stay in view.
 */
@SpringComponent
@Scope("prototype")
public class SegmentList extends Grid<SegmentRow> {
    private final DocumentRepository documents;
    private final QaService qa;
    private final Column<SegmentRow> source;
    private final Column<SegmentRow> target;
    private long documentId = -1;
    private long projectId = -1;
    private SegmentFilter filter = SegmentFilter.none();
    /** Position in the list of the row last edited, -1 before the first; tells a jump from a step. */
    private int lastIndex = -1;
    /** Further than this many rows away the rows around the target are not on screen. */
    private static final int NEAR = 30;
    /** The row being clicked, which is on screen wherever the list was scrolled to. */
    private SegmentRow clicked;

    public SegmentList(DocumentRepository documents, QaService qa) {
        this.documents = documents;
        this.qa = qa;
        setId("segments-grid");
        addClassName("segment-list");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        addColumn(s -> s.position() + 1).setHeader(getTranslation("#")).setKey("number").setFlexGrow(0).setWidth("40px")
                .setPartNameGenerator(s -> "number");
        // glossary terms marked in the source: Lit escapes every piece, so source text never becomes markup
        // inline codes (formatting, footnote markers in superscript) as chips, a footnote's or title's kind as a badge
        source = addColumn(LitRenderer.<SegmentRow>of(
                        "${item.k ? html`<span class=\"block-kind\">${item.k}</span> ` : ''}"
                        + "${item.p.map((x, i) => i % 3 === 1 ? html`<mark class=\"term\" title=\"${item.p[i + 1]}\">${x}</mark>`"
                        + " : i % 3 === 0 ? x.split(/(⟨[^⟩]*⟩|" + app.tandem.text.FootnoteMarks.MARK_CLASS + ")/).map((y, j) => j % 2 ? html`<span class=\"inline-code\">${y}</span>` : y) : '')}")
                .withProperty("p", this::sourcePieces)
                .withProperty("k", r -> BlockKinds.label(this, r.blockKind())))
                .setHeader(getTranslation("Russian source")).setKey("source").setFlexGrow(11).setWidth("200px").setResizable(true);
        // the doubt mark links to the pairing view at the segment (Lit escapes the text, the link is built from numbers)
        target = addColumn(LitRenderer.<SegmentRow>of(
                        "${item.f ? html`<a class=\"pairing-link\" href=\"documents/${item.d}/pairing?segment=${item.n}\" title=\"${item.ft}\">⚠ ${item.fl}</a>: ` : ''}${item.t}")
                        .withProperty("f", s -> s.alignFlagged() && s.coveredBy() == null)
                        .withProperty("d", SegmentRow::documentId)
                        .withProperty("n", s -> s.position() + 1)
                        .withProperty("fl", s -> getTranslation("low alignment confidence"))
                        .withProperty("ft", s -> getTranslation("Fix the pairing of the file's English"))
                        .withProperty("t", s -> s.coveredBy() != null ? getTranslation("(covered by the previous segment's target)")
                                : s.targetText() == null ? "" : s.targetText()))
                .setHeader(getTranslation("English target")).setKey("target").setFlexGrow(9).setWidth("180px")
                .setPartNameGenerator(s -> s.alignFlagged() ? "flagged" : null);
        addColumn(LitRenderer.<SegmentRow>of("""
                        ${item.e > 0 ? html`<span class="marker marker-error" title="${item.et}">●${item.e}</span>` : ''} \
                        ${item.w > 0 ? html`<span class="marker marker-warning" title="${item.wt}">▲${item.w}</span>` : ''} \
                        ${item.c > 0 ? html`<span class="marker marker-comment" title="${item.ct}">✎${item.c}</span>` : ''} \
                        ${item.m ? html`<span class="marker ${item.mc}" title="${item.mt}">${item.m}</span>` : ''} \
                        ${item.r > 0 ? html`<span class="marker marker-repeat" title="${item.rt}">×${item.r + 1}</span>` : ''}""")
                        .withProperty("e", SegmentRow::qaErrors).withProperty("w", SegmentRow::qaWarnings)
                        .withProperty("c", SegmentRow::openComments)
                        .withProperty("m", SegmentList::matchBadge)
                        .withProperty("mc", s -> s.origin() == TargetOrigin.FUZZY_MEMORY ? "marker-fuzzy" : "marker-match")
                        .withProperty("mt", s -> MatchOrigins.label(this, s.matchOrigin()))
                        .withProperty("r", SegmentRow::repetitions)
                        .withProperty("rt", s -> getTranslation("repeated {0} more times in the document", s.repetitions()))
                        .withProperty("et", s -> getTranslation("QA errors") + ": " + s.qaErrors())
                        .withProperty("wt", s -> getTranslation("QA warnings") + ": " + s.qaWarnings())
                        .withProperty("ct", s -> getTranslation("Open comments") + ": " + s.openComments()))
                .setHeader("QA").setKey("markers").setFlexGrow(0).setWidth("56px");
        addColumn(s -> StatusLabels.of(this, s.status())).setHeader(getTranslation("Status")).setKey("status").setFlexGrow(0).setWidth("112px")
                .setPartNameGenerator(s -> "status-" + s.status().name().toLowerCase());
        setPartNameGenerator(s -> s.equals(getEditor().getItem()) ? "active" : null);
        setSelectionMode(SelectionMode.NONE);
        getEditor().setBinder(new Binder<>());
        getEditor().setBuffered(false);
        addAttachListener(e -> keepEditorInItsRow());
    }

    /**
     * The grid's editor takes its components out of the active row whenever a row is refreshed
     * and puts them back when that row is drawn. Where a refresh does not redraw the row, the
     * browser notices the parts missing from their cells and has the visible rows drawn again
     * (a few times at most, and only while the active row is on screen).
     */
    private void keepEditorInItsRow() {
        getElement().executeJs("""
                const grid = this;
                if (grid.__tandemKeeper) return;
                grid.__tandemKeeper = true;
                let queued = false, tries = 0;
                const placed = id => { const e = document.getElementById(id); return !!e && !!e.closest('vaadin-grid-cell-content'); };
                const check = () => {
                  queued = false;
                  if (grid.__activeIndex === undefined) return;
                  if (placed('editor-source') && placed('editor-target')) { tries = 0; return; }
                  const onScreen = [...grid.$.items.children].some(r => r.index === grid.__activeIndex && !r.hidden);
                  if (onScreen && tries++ < 5) grid.requestContentUpdate();
                };
                new MutationObserver(() => { if (!queued) { queued = true; requestAnimationFrame(check); } })
                  .observe(grid, {childList: true, subtree: true});""");
    }


    /**
     * The grid closes its editor whenever the whole list is read again (someone else's save, QA
     * of a whole document, new items); the active segment is opened again straight away.
     */
    @Override
    protected void onDataProviderChange() {
        SegmentRow active = getEditor() == null ? null : getEditor().getItem();
        super.onDataProviderChange();
        if (active != null) {
            getEditor().editItem(active);
        }
    }

    /** The components the active row shows in place of its source and target. */
    void setEditorComponents(Component sourceEditor, Component targetEditor) {
        source.setEditorComponent(sourceEditor);
        target.setEditorComponent(targetEditor);
    }

    void onRowClick(Consumer<SegmentRow> listener) {
        addItemClickListener(e -> {
            clicked = e.getItem();
            listener.accept(e.getItem());
            clicked = null;
        });
    }

    void showDocument(long documentId, long projectId) {
        this.documentId = documentId;
        this.projectId = projectId;
        this.filter = SegmentFilter.none();
        load();
    }

    void setFilter(SegmentFilter filter) {
        this.filter = filter;
        load();
    }

    private void load() {
        lastIndex = -1; // the list starts again from the top
        long id = documentId;
        SegmentFilter f = filter;
        // new items close the grid's editor; the active segment stays the one edited (and in view once the list is whole again)
        SegmentRow active = getEditor().getItem();
        setItems(q -> documents.findSegments(id, f, q.getOffset(), q.getLimit()).stream(), q -> documents.countSegments(id, f));
        if (active != null && active.documentId() == id) {
            if (f.isEmpty()) {
                edit(active);
            } else {
                getEditor().editItem(active);
            }
        }
    }

    /**
     * Makes {@code row} the one edited in place and brings it into view, with some of the
     * sentences before it still visible above.
     */
    void edit(SegmentRow row) {
        getEditor().editItem(row);
        int index = filter.isEmpty() ? row.position() : documents.indexInFilter(documentId, filter, row.position());
        boolean onScreen = row.equals(clicked);
        if (!onScreen && (lastIndex < 0 ? index > NEAR : Math.abs(index - lastIndex) > NEAR)) {
            // a jump: the rows around the new one travel in this same response (the grid's own
            // scroll would have to ask for them first), so the caret does not wait on a round trip
            scrollToIndex(Math.max(0, index - 2));
        }
        lastIndex = index;
        getElement().executeJs("""
                const grid = this, index = $0;
                grid.__activeIndex = index;
                const rowOf = () => [...grid.$.items.children].find(r => r.index === index && !r.hidden);
                if (!rowOf()) grid.scrollToIndex(Math.max(0, index - 2));
                let frames = 0;
                const place = () => {
                  const row = rowOf();
                  if (!row || !row.querySelector('[part~="cell"]') || frames < 2) { if (++frames < 90) requestAnimationFrame(place); return; }
                  const view = grid.$.table.getBoundingClientRect(), head = grid.$.header.getBoundingClientRect().height;
                  const r = row.getBoundingClientRect(), top = view.top + head, height = view.bottom - top;
                  if (r.top < top || r.bottom > view.bottom || r.top > top + height * 0.55) {
                    grid.$.table.scrollTop += r.top - (top + Math.min(height * 0.2, Math.max(0, height - r.height)));
                  }
                };
                requestAnimationFrame(place);""", index);
    }

    boolean isShowingAll() {
        return filter.isEmpty();
    }

    /**
     * A saved or changed row is drawn again; the rest of the list stays as it is. The grid's
     * editor takes its components out of the active row whenever any row is refreshed, so the
     * active row is always drawn again in the same round trip (with the new version if it is the
     * one that changed), which puts the editor back.
     */
    void refresh(SegmentRow row) {
        SegmentRow active = getEditor().getItem();
        if (active != null && active.equals(row)) {
            // of two refreshes of one row in a round trip the grid keeps the first, and re-editing
            // refreshes the editor's older copy: the new version has to come first
            getDataProvider().refreshItem(row);
            getEditor().editItem(row);
            return;
        }
        getDataProvider().refreshItem(row);
        if (active != null) {
            getEditor().refresh();
        }
    }

    void refreshAll() {
        getDataProvider().refreshAll();
    }

    /**
     * Where a draft came from, in the fewest letters: "CM" a context match, "100" an exact one, the
     * score of a fuzzy one, "R" a repetition; nothing for a target typed or confirmed by hand.
     */
    private static String matchBadge(SegmentRow s) {
        if (s.matchScore() == null || (s.origin() != TargetOrigin.MEMORY && s.origin() != TargetOrigin.FUZZY_MEMORY
                && s.origin() != TargetOrigin.REPETITION)) {
            return "";
        }
        return s.origin() == TargetOrigin.REPETITION ? "R" : s.matchScore() > 100 ? "CM" : String.valueOf(s.matchScore());
    }

    /** The source as (plain, term, hint) triples for the renderer; the matcher is cached per project. */
    private List<String> sourcePieces(SegmentRow s) {
        QaService.ProjectGlossary g = qa.projectGlossary(projectId);
        List<String> out = new ArrayList<>();
        String plain = "";
        for (TermSpans.Piece p : TermSpans.split(s.sourceText(), g.glossary().findInSource(s.sourceText()))) {
            if (!p.isTerm()) {
                plain = p.text();
                continue;
            }
            GlossaryRepository.Entry e = g.entries().get(p.match().termIndex());
            out.add(plain);
            out.add(p.text());
            out.add(e.russian() + " → " + String.join(" · ", e.english()));
            plain = "";
        }
        out.add(plain);
        return out;
    }
}
