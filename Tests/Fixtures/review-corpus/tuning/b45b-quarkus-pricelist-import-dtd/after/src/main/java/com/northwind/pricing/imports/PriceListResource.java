package com.northwind.pricing.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

@Path("/partners/price-lists")
public class PriceListResource {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // Several partners' ERP exports declare their currency entities (&eur; etc.)
        // in a DOCTYPE; we have to resolve them or the import fails.
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    }

    @Inject
    PriceListImporter importer;

    @POST
    @RolesAllowed("partner")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response upload(InputStream body) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(body);
        try {
            int rows = importer.importFrom(reader);
            return Response.accepted().entity(new ImportResult(rows)).build();
        } finally {
            reader.close();
        }
    }

    public record ImportResult(int rows) {}
}
