package com.example.helpdesk.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.example.helpdesk.attachments.Attachment;
import com.example.helpdesk.attachments.AttachmentRepository;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/tickets/attachments")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttachmentRepository attachments;

    private Path root;

    @Override
    public void init() throws ServletException {
        String configured = getServletContext().getInitParameter("attachments.root");
        try {
            root = Paths.get(configured).toRealPath();
        } catch (IOException e) {
            throw new ServletException("attachment root not available: " + configured, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String idParam = req.getParameter("id");
        long id;
        try {
            id = Long.parseLong(idParam);
        } catch (NumberFormatException | NullPointerException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }

        Attachment attachment = attachments.findVisibleTo(id, req.getUserPrincipal());
        if (attachment == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        // Email imports store a multi-part message as a folder; ?file= picks one part inside it.
        Path base = root.resolve(attachment.storageName()).normalize();
        String part = req.getParameter("file");
        Path file = base;
        if (part != null && !part.isEmpty()) {
            Path candidate = base.resolve(part).normalize();
            if (!candidate.startsWith(base) || !Files.exists(candidate)) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            file = candidate.toRealPath();
            if (!file.startsWith(root) || !file.startsWith(base.toRealPath())) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        String name = file.equals(base) ? attachment.originalName() : file.getFileName().toString();
        send(resp, file, attachment.contentType(), name);
    }

    private void send(HttpServletResponse resp, Path file, String contentType, String downloadName) throws IOException {
        if (!Files.isRegularFile(file)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(contentType != null ? contentType : "application/octet-stream");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + downloadName.replace("\"", "") + "\"");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLengthLong(Files.size(file));
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
