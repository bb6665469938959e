package com.acme.planner.session;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;

@Controller("/api/boards/{boardId}/session")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SessionImportController {

    private final BoardSessionService sessions;

    public SessionImportController(BoardSessionService sessions) {
        this.sessions = sessions;
    }

    @Post("/import")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public HttpResponse<ImportResult> importSession(@PathVariable long boardId, @Body byte[] payload) {
        if (payload.length == 0 || payload.length > 2_000_000) {
            return HttpResponse.badRequest();
        }
        BoardSnapshot snapshot;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            snapshot = (BoardSnapshot) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return HttpResponse.badRequest(new ImportResult(false, e.getMessage()));
        }
        sessions.restore(boardId, snapshot);
        return HttpResponse.ok(new ImportResult(true, "restored " + snapshot.cards().size() + " cards"));
    }

    public record ImportResult(boolean ok, String message) {
    }
}
