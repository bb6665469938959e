package eu.kasflow.statements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

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

@Path("/accounts/{accountId}/statements")
@RolesAllowed("bookkeeper")
public class StatementImportResource {

    private static final Logger LOG = Logger.getLogger(StatementImportResource.class);

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
            lines = csvParser.parse(in);
        }
        LOG.infof("account %d: parsed %d lines from %s", accountId, lines.size(), file.fileName());
        return statements.importLines(accountId, lines);
    }
}
