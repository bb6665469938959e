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
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
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
