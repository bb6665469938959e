package com.logi.importer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import jakarta.inject.Singleton;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

@Singleton
public class ManifestParser {

    private final SAXParserFactory factory;

    public ManifestParser() throws Exception {
        factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
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
