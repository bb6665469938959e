package com.logi.importer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import jakarta.inject.Singleton;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

@Singleton
public class ManifestParser {

    private final SAXParserFactory factory;
    private final DocumentBuilderFactory domFactory;

    public ManifestParser() throws Exception {
        factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);

        domFactory = DocumentBuilderFactory.newInstance();
        domFactory.setNamespaceAware(true);
        domFactory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        domFactory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        domFactory.setXIncludeAware(false);
        domFactory.setExpandEntityReferences(false);
    }

    /** Full DOM for the XML-DSig check on carrier manifests. */
    public Document parseDocument(InputStream uploaded) throws Exception {
        return domFactory.newDocumentBuilder().parse(uploaded);
    }

    public List<Parcel> parse(InputStream uploaded) throws Exception {
        List<Parcel> parcels = new ArrayList<>();
        SAXParser parser = factory.newSAXParser();
        parser.parse(uploaded, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attrs) {
                if ("parcel".equals(local)) {
                    parcels.add(new Parcel(attrs.getValue("id"), attrs.getValue("weightGrams")));
                }
            }
        });
        return parcels;
    }
}
