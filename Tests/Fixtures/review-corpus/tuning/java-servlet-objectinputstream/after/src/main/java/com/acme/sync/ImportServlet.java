package com.acme.sync;

import java.io.IOException;
import java.io.ObjectInputStream;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.acme.sync.model.SyncBatch;
import com.acme.sync.service.SyncService;

@WebServlet("/sync/import")
public class ImportServlet extends HttpServlet {

    private final SyncService syncService = SyncService.getInstance();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SyncBatch batch;
        if ("application/x-java-serialized-object".equals(req.getContentType())) {
            // the desktop client sends the batch as a serialized object
            try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
                batch = (SyncBatch) in.readObject();
            } catch (ClassNotFoundException e) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        } else if ("application/json".equals(req.getContentType())) {
            batch = syncService.parseJson(req.getInputStream());
        } else {
            resp.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        int applied = syncService.apply(batch);
        resp.setContentType("text/plain");
        resp.getWriter().println("applied " + applied);
    }
}
