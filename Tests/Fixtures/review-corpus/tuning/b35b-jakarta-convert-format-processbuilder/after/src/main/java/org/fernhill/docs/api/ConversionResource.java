package org.fernhill.docs.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.jersey.media.multipart.FormDataParam;

@jakarta.ws.rs.Path("/conversions")
@RolesAllowed("editor")
public class ConversionResource {

    private static final Logger LOG = Logger.getLogger(ConversionResource.class.getName());

    /** Output formats we allow; the filter names are LibreOffice's own. */
    enum Target {
        PDF("pdf", "pdf:writer_pdf_Export", "application/pdf"),
        ODT("odt", "odt", "application/vnd.oasis.opendocument.text"),
        TXT("txt", "txt:Text (encoded):UTF8", "text/plain; charset=utf-8");

        final String extension;
        final String filter;
        final String mediaType;

        Target(String extension, String filter, String mediaType) {
            this.extension = extension;
            this.filter = filter;
            this.mediaType = mediaType;
        }

        static Target fromParam(String value) {
            for (Target t : values()) {
                if (t.extension.equalsIgnoreCase(value)) {
                    return t;
                }
            }
            throw new WebApplicationException("Unsupported target format", Response.Status.BAD_REQUEST);
        }
    }

    @Inject
    @ConfigProperty(name = "docs.soffice.path", defaultValue = "/usr/bin/soffice")
    String sofficePath;

    @Inject
    @ConfigProperty(name = "docs.work.dir", defaultValue = "/var/lib/fernhill/convert")
    String workDir;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({"application/pdf", "application/vnd.oasis.opendocument.text", "text/plain"})
    public Response convert(@FormDataParam("file") InputStream upload,
                            @QueryParam("to") @DefaultValue("pdf") String to) throws IOException, InterruptedException {
        Target target = Target.fromParam(to);
        Path jobDir = Files.createDirectories(Path.of(workDir, UUID.randomUUID().toString()));
        Path input = jobDir.resolve("input.docx");
        Files.copy(upload, input, StandardCopyOption.REPLACE_EXISTING);

        List<String> command = List.of(
                sofficePath,
                "--headless",
                "--norestore",
                "-env:UserInstallation=file://" + jobDir.resolve("profile"),
                "--convert-to", target.filter,
                "--outdir", jobDir.toString(),
                input.toString());

        Process process = new ProcessBuilder(command)
                .directory(jobDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(jobDir.resolve("soffice.log").toFile())
                .start();

        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new WebApplicationException("Conversion timed out", Response.Status.GATEWAY_TIMEOUT);
        }
        if (process.exitValue() != 0) {
            LOG.warning(() -> "soffice exited with " + process.exitValue() + " for job " + jobDir.getFileName());
            throw new WebApplicationException("Conversion failed", Response.Status.UNPROCESSABLE_ENTITY);
        }

        byte[] converted = Files.readAllBytes(jobDir.resolve("input." + target.extension));
        return Response.ok(converted, target.mediaType)
                .header("Content-Disposition", "attachment; filename=\"converted." + target.extension + "\"")
                .build();
    }
}
