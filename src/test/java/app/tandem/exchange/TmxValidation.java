package app.tandem.exchange;

import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;

/** Validates TMX against the TMX 1.4b DTD shipped in the test resources (never fetched). */
final class TmxValidation {
    private TmxValidation() {
    }

    static void assertValid(byte[] tmx) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        var reader = f.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                return new InputSource(TmxValidation.class.getResourceAsStream("/tmx14.dtd"));
            }
            throw new IllegalStateException("unexpected external entity " + systemId);
        });
        reader.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        reader.parse(new InputSource(new ByteArrayInputStream(tmx)));
    }
}
