package org.northwind.catalog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.northwind.catalog.ImportService;
import org.northwind.catalog.ImportSummary;
import org.w3c.dom.Document;

@Path("/catalog/import")
@RolesAllowed("supplier")
public class CatalogImportResource {

    @Inject
    ImportService importService;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response importFeed(InputStream body) throws Exception {
        DocumentBuilder builder = factory().newDocumentBuilder();
        Document doc = builder.parse(body);
        ImportSummary summary = importService.apply(doc);
        return Response.accepted(summary).build();
    }

    private static DocumentBuilderFactory factory() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
