package eu.kasflow.statements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

@Path("/accounts/{accountId}/statements")
@RolesAllowed("bookkeeper")
public class StatementImportResource {

    private static final Logger LOG = Logger.getLogger(StatementImportResource.class);

    private static final DocumentBuilderFactory XML = camtFactory();

    @Inject
    StatementService statements;

    @Inject
    CsvStatementParser csvParser;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportSummary upload(@PathParam("accountId") long accountId, @RestForm("file") FileUpload file)
            throws IOException {
        if (file == null || file.size() == 0) {
            throw new BadRequestException("statement file is required");
        }
        List<StatementLine> lines;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            lines = isCamt(file) ? Camt053Reader.lines(parseXml(in)) : csvParser.parse(in);
        }
        LOG.infof("account %d: parsed %d lines from %s", accountId, lines.size(), file.fileName());
        return statements.importLines(accountId, lines);
    }

    private static boolean isCamt(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        String type = file.contentType() == null ? "" : file.contentType();
        return name.endsWith(".xml") || type.startsWith("application/xml") || type.startsWith("text/xml");
    }

    private static Document parseXml(InputStream in) throws IOException {
        try {
            return XML.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new BadRequestException("statement is not a readable CAMT.053 document", e);
        }
    }

    // Bank exports never carry a DOCTYPE, so refuse one instead of resolving anything.
    private static DocumentBuilderFactory camtFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks required features", e);
        }
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
