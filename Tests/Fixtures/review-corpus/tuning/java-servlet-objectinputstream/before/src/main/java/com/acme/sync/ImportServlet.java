package com.acme.sync;

import java.io.IOException;

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
        if (!"application/json".equals(req.getContentType())) {
            resp.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        SyncBatch batch = syncService.parseJson(req.getInputStream());
        int applied = syncService.apply(batch);
        resp.setContentType("text/plain");
        resp.getWriter().println("applied " + applied);
    }
}
