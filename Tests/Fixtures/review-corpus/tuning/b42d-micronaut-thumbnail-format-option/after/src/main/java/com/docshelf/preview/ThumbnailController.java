package com.docshelf.preview;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

@Controller("/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ThumbnailController {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailController.class);

    private final DocumentStore store;

    public ThumbnailController(DocumentStore store) {
        this.store = store;
    }

    // Mobile clients asked for webp; pdftoppm only writes png/jpeg/tiff, so pipe through ImageMagick.
    @Get(value = "/{id}/thumbnail")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> thumbnail(@PathVariable long id,
                                          @QueryValue(defaultValue = "1") int page,
                                          @QueryValue(defaultValue = "png") String format,
                                          @QueryValue(defaultValue = "320") int width) throws Exception {
        Path pdf = store.localCopy(id);
        Path out = Files.createTempFile("thumb-", ".img");
        String fmt = format.toLowerCase(Locale.ROOT);
        int scale = Math.max(64, Math.min(width, 1600));
        try {
            String pipeline = String.format(
                    "pdftoppm -png -singlefile -scale-to %d -f %d -l %d '%s' - | convert png:- %s:'%s'",
                    scale, page, page, pdf, fmt, out);
            Process p = new ProcessBuilder("/bin/sh", "-c", pipeline)
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                LOG.warn("thumbnail failed for document {} page {} as {}", id, page, fmt);
                return HttpResponse.serverError();
            }
            return HttpResponse.ok(Files.readAllBytes(out))
                    .contentType(MediaType.of("image/" + fmt));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
