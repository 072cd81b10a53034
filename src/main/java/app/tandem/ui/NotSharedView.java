package app.tandem.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a link to something one may not see shows: the same page whether it does not exist or is
 * not shared with this user (a 404 must not tell the two apart), with the way back.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotSharedView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-shared");
        H2 heading = new H2(getTranslation("Not found, or not shared with you"));
        Paragraph text = new Paragraph(getTranslation("The page you followed a link to does not exist, was deleted, or belongs to a project you are not a member of. Ask the project's reviewer or an admin to add you."));
        Anchor back = new Anchor("", getTranslation("Back to the projects"));
        back.setId("not-shared-back");
        Anchor work = new Anchor("my-work", getTranslation("My work"));
        add(heading, text, back, work);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
