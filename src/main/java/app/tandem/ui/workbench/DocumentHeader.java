package app.tandem.ui.workbench;

import app.tandem.document.DocumentSummary;
import app.tandem.ui.GlossaryView;
import app.tandem.ui.ProjectView;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.util.function.IntConsumer;

/**
 * One line above the list: the way back to the project and its glossary, the document's title,
 * its progress, and the menus that hold every document-wide action (File, Review, View).
 */
@SpringComponent
@Scope("prototype")
public class DocumentHeader extends Div {
    private final DocumentTitle title;
    private final ExportMenu exportMenu;
    private final ImportMenu importMenu;
    private final MemoryMenu memoryMenu;
    private int repeated;
    private final ReviewMenu reviewMenu;
    private final Div links = new Div();
    private final ProgressBar progressBar = new ProgressBar(0, 1, 0);
    private final Span progressText = new Span();
    private final MenuBar menus = new MenuBar();

    /** What the View menu does; the view that owns the list and panel supplies it. */
    record ViewActions(Runnable find, Runnable goTo, Runnable togglePanel, Runnable shortcuts, Runnable concordance) {
    }

    private final DocumentFileActions fileActions;

    public DocumentHeader(DocumentTitle title, ExportMenu exportMenu, ImportMenu importMenu, ReviewMenu reviewMenu, MemoryMenu memoryMenu,
                          DocumentFileActions fileActions) {
        this.fileActions = fileActions;
        this.memoryMenu = memoryMenu;
        this.title = title;
        this.exportMenu = exportMenu;
        this.importMenu = importMenu;
        this.reviewMenu = reviewMenu;
        setId("document-header");
        addClassName("document-header");
        links.addClassName("document-links");
        progressBar.setId("document-progress");
        progressBar.addClassName("document-progress-bar");
        progressText.setId("document-progress-text");
        progressText.addClassName("document-progress-text");
        Div progress = new Div(progressBar, progressText);
        progress.addClassName("document-progress");
        menus.setId("document-menus");
        menus.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        add(links, title, progress, menus);
    }

    void show(DocumentSummary doc, ViewActions view, IntConsumer goToPosition, Runnable changed) {
        RouteParameters project = new RouteParameters("projectId", String.valueOf(doc.projectId()));
        RouterLink toProject = new RouterLink("← " + getTranslation("All documents"), ProjectView.class, project);
        toProject.setId("document-project-link");
        RouterLink toGlossary = new RouterLink(getTranslation("Glossary"), GlossaryView.class, project);
        toGlossary.setId("document-glossary-link");
        links.removeAll();
        RouterLink toMemory = new RouterLink(getTranslation("Memory"), app.tandem.ui.MemoryView.class, project);
        toMemory.setId("document-memory-link");
        // an icon, not a word: the header's width is the document title's at 1366×768
        RouterLink toEdition = new RouterLink("", app.tandem.ui.edition.EditionPreviewView.class,
                new RouteParameters("documentId", String.valueOf(doc.id())));
        toEdition.add(com.vaadin.flow.component.icon.VaadinIcon.BOOK.create());
        toEdition.setId("document-edition-link");
        toEdition.addClassName("document-edition-link");
        toEdition.getElement().setAttribute("title", getTranslation("English edition") + ": "
                + getTranslation("The English edition as it will be printed, with its notes"));
        toEdition.getElement().setAttribute("aria-label", getTranslation("English edition"));
        links.add(toProject, toGlossary, toMemory, toEdition);
        title.show(doc);
        showProgress(doc);

        menus.removeAll();
        MenuItem file = menus.addItem(getTranslation("File"));
        file.setId("menu-file");
        MenuItem export = file.getSubMenu().addItem(getTranslation("Export"));
        export.setId("menu-export");
        exportMenu.fill(export.getSubMenu(), doc);
        importMenu.fill(file.getSubMenu(), doc, changed);
        memoryMenu.fill(file.getSubMenu(), doc, changed);
        fileActions.fill(file.getSubMenu(), doc, changed);
        MenuItem review = menus.addItem(getTranslation("Review"));
        review.setId("menu-review");
        reviewMenu.fill(review.getSubMenu(), doc, goToPosition, changed);
        MenuItem viewMenu = menus.addItem(getTranslation("View"));
        viewMenu.setId("menu-view");
        viewMenu.getSubMenu().addItem(getTranslation("Search and filter (Ctrl+F)"), e -> view.find().run()).setId("menu-find");
        viewMenu.getSubMenu().addItem(getTranslation("Go to segment… (Ctrl+G)"), e -> view.goTo().run()).setId("menu-go-to");
        viewMenu.getSubMenu().addItem(getTranslation("Show or hide the side panel (F6)"), e -> view.togglePanel().run()).setId("menu-panel");
        viewMenu.getSubMenu().addItem(getTranslation("Concordance (Ctrl+K)"), e -> view.concordance().run()).setId("menu-concordance");
        menus.addItem("?", e -> view.shortcuts().run()).setId("shortcuts-help");
    }

    void showProgress(DocumentSummary doc) {
        progressBar.setMax(Math.max(1, doc.total()));
        progressBar.setValue(doc.translated());
        String progress = getTranslation("{0}/{1} translated · {2} approved", String.valueOf(doc.translated()), String.valueOf(doc.total()),
                String.valueOf(doc.approved())) + (repeated == 0 ? "" : " · " + getTranslation("{0} repeated", String.valueOf(repeated)));
        progressText.setText(progress);
        progressBar.getElement().setAttribute("title", progress);
        progressText.setTitle(repeated == 0 ? "" : getTranslation("{0} segments have the same source as another segment of this document",
                String.valueOf(repeated)));
    }

    /** Segments that share their source with another: read on opening and after a merge or split. */
    void showRepeated(int repeated) {
        this.repeated = repeated;
    }
}
