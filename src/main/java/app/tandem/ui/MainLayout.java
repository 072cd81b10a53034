package app.tandem.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The shell every view sits in: the product name and the way back to the project list. */
public class MainLayout extends AppLayout {
    public MainLayout() {
        H1 title = new H1("Tandem");
        title.addClassName("app-title");
        Anchor projects = new Anchor("", "Projects");
        projects.setId("nav-projects");
        HorizontalLayout header = new HorizontalLayout(title, projects);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        header.setWidthFull();
        addToNavbar(header);
    }
}
