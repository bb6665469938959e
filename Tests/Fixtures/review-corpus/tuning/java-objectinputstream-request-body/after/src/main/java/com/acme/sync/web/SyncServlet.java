package com.acme.sync.web;

import com.acme.sync.SyncBatch;
import com.acme.sync.SyncService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.ObjectInputStream;

public class SyncServlet extends HttpServlet {
    private final SyncService service = new SyncService();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            SyncBatch batch = (SyncBatch) in.readObject();
            service.apply(batch);
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (ClassNotFoundException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad batch");
        }
    }
}