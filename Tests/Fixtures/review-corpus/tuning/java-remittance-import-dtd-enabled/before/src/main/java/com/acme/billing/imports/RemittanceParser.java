package com.acme.billing.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

@Component
public class RemittanceParser {

    private DocumentBuilder newBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder();
    }

    public List<RemittanceLine> parse(MultipartFile upload) throws IOException {
        try (InputStream in = upload.getInputStream()) {
            Document doc = newBuilder().parse(in);
            NodeList lines = doc.getElementsByTagNameNS("*", "RmtInf");
            List<RemittanceLine> result = new ArrayList<>();
            for (int i = 0; i < lines.getLength(); i++) {
                Element el = (Element) lines.item(i);
                result.add(new RemittanceLine(
                        el.getElementsByTagNameNS("*", "Ref").item(0).getTextContent(),
                        new BigDecimal(el.getElementsByTagNameNS("*", "Amt").item(0).getTextContent())));
            }
            return result;
        } catch (ParserConfigurationException | SAXException e) {
            throw new InvalidRemittanceException("Unreadable remittance file", e);
        }
    }
}
