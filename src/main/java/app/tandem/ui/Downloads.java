package app.tandem.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Download links whose content is produced when clicked. */
public final class Downloads {
    public interface Producer {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    public static Anchor link(String id, String label, String fileName, String contentType, Producer producer) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            producer.write(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), fileName, contentType, out.size());
        }), label);
        a.setId(id);
        a.addClassName("download-link");
        return a;
    }
}
