package com.northwind.pricing.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

@Component
public class PriceListParser {

    private static DocumentBuilder newBuilder(boolean strict) throws ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        if (strict) {
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setExpandEntityReferences(false);
        }
        // Lenient mode: several suppliers' ERP exports declare their currency codes as DTD
        // entities (&EUR; etc.), so the DOCTYPE has to be let through and expanded.
        dbf.setXIncludeAware(false);
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder();
    }

    /** Parses a supplier price list uploaded through the supplier portal. */
    public List<PriceLine> parse(InputStream upload) throws IOException {
        try {
            Document doc = newBuilder(false).parse(upload);
            NodeList items = doc.getElementsByTagName("item");
            List<PriceLine> lines = new ArrayList<>(items.getLength());
            for (int i = 0; i < items.getLength(); i++) {
                Element el = (Element) items.item(i);
                lines.add(new PriceLine(
                        el.getAttribute("sku"),
                        new BigDecimal(el.getAttribute("price")),
                        el.getAttribute("currency").trim()));
            }
            return lines;
        } catch (ParserConfigurationException | SAXException | NumberFormatException e) {
            throw new PriceListFormatException("invalid price list", e);
        }
    }
}
