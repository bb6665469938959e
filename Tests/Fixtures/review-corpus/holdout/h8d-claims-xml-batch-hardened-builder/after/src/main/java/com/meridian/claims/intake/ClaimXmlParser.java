package com.meridian.claims.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

public final class ClaimXmlParser {

    private ClaimXmlParser() {
    }

    public static Claim parseClaim(InputStream in) throws IOException, SAXException {
        Document doc = newHardenedBuilder().parse(in);
        return toClaim(doc.getDocumentElement());
    }

    /** A {@code <claims>} envelope with one {@code <claim>} per loss, as sent by the nightly SFTP drop. */
    public static List<Claim> parseBatch(InputStream in) throws IOException, SAXException {
        Document doc = newHardenedBuilder().parse(in);
        NodeList items = doc.getDocumentElement().getElementsByTagName("claim");
        List<Claim> claims = new ArrayList<>(items.getLength());
        for (int i = 0; i < items.getLength(); i++) {
            claims.add(toClaim((Element) items.item(i)));
        }
        return claims;
    }

    private static Claim toClaim(Element el) {
        return new Claim(
                el.getAttribute("id"),
                text(el, "policyNumber"),
                text(el, "lossDate"),
                text(el, "description"));
    }

    private static String text(Element parent, String tag) {
        var nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /** DTDs and external entities are refused outright (partners send plain XML, never a DOCTYPE). */
    private static DocumentBuilder newHardenedBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser does not support hardening features", e);
        }
    }
}
