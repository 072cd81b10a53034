package app.tandem.source;

import org.w3c.dom.Node;

import java.util.HashSet;
import java.util.Set;

/**
 * What the DOCX reader and the writer that puts the English back both need to know of
 * WordprocessingML nodes, read the same way on both sides: an element's text and the formatting
 * a run's properties ({@code w:rPr}) give it, as format codes' names.
 */
public final class DocxNodes {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxNodes() {
    }

    /** XMLBeans' DOM has no getTextContent: the text is in the element's text nodes. */
    public static String textOf(Node element) {
        StringBuilder sb = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            }
        }
        return sb.toString();
    }

    /** "b", "i", "u", "sup", "sub" as a run's properties set them (a {@code w:val} of 0, false or none turns one off). */
    public static Set<String> formats(Node rPr) {
        Set<String> out = new HashSet<>();
        if (rPr == null) {
            return out;
        }
        for (Node p = rPr.getFirstChild(); p != null; p = p.getNextSibling()) {
            if (p.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Node valNode = p.getAttributes().getNamedItemNS(W, "val");
            String val = valNode == null ? "" : valNode.getNodeValue();
            boolean on = !val.equals("0") && !val.equals("false") && !val.equals("none");
            switch (p.getLocalName()) {
                case "b", "i", "u" -> {
                    if (on) {
                        out.add(p.getLocalName());
                    }
                }
                case "vertAlign" -> {
                    if (val.equals("superscript")) {
                        out.add("sup");
                    } else if (val.equals("subscript")) {
                        out.add("sub");
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }
}
