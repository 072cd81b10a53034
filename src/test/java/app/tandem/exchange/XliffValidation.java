package app.tandem.exchange;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;

/** Validates XLIFF against the OASIS schemas kept in the test resources (their imports resolve beside them, never fetched). */
public final class XliffValidation {
    private XliffValidation() {
    }

    public static void assertValid20(byte[] xliff) throws Exception {
        validate(xliff, "/xliff2/xliff_core_2.0.xsd");
    }

    public static void assertValid12(byte[] xliff) throws Exception {
        validate(xliff, "/xliff12/xliff-core-1.2-transitional.xsd");
    }

    private static void validate(byte[] xliff, String schemaResource) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        Schema schema = f.newSchema(XliffValidation.class.getResource(schemaResource));
        var v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }
}
