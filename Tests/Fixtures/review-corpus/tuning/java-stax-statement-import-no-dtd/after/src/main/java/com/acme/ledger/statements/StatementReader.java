package com.acme.ledger.statements;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

@Service
public class StatementReader {

    private final XMLInputFactory factory;

    public StatementReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    public List<StatementEntry> read(MultipartFile upload) throws IOException {
        List<StatementEntry> entries = new ArrayList<>();
        try (InputStream in = upload.getInputStream()) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && "Ntry".equals(reader.getLocalName())) {
                        String ref = reader.getAttributeValue(null, "ref");
                        String amount = reader.getAttributeValue(null, "amt");
                        entries.add(new StatementEntry(ref, new BigDecimal(amount)));
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new StatementFormatException("Malformed statement", e);
        }
        return entries;
    }
}
