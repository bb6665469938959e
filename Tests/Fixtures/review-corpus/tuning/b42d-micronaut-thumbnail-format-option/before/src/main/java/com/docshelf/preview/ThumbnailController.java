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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

@Controller("/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ThumbnailController {

    private final DocumentStore store;

    public ThumbnailController(DocumentStore store) {
        this.store = store;
    }

    @Get(value = "/{id}/thumbnail", produces = MediaType.IMAGE_PNG)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> thumbnail(@PathVariable long id,
                                          @QueryValue(defaultValue = "1") int page) throws Exception {
        Path pdf = store.localCopy(id);
        Path out = Files.createTempFile("thumb-", ".png");
        try {
            Process p = new ProcessBuilder(List.of(
                    "pdftoppm", "-png", "-singlefile", "-scale-to", "320",
                    "-f", Integer.toString(page), "-l", Integer.toString(page),
                    pdf.toString(), out.toString().replace(".png", "")))
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return HttpResponse.serverError();
            }
            return HttpResponse.ok(Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
