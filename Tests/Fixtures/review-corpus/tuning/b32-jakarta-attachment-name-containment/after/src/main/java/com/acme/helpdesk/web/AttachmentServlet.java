package com.acme.helpdesk.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.acme.helpdesk.tickets.Ticket;
import com.acme.helpdesk.tickets.TicketAccess;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /tickets/attachment?ticket=123&name=screenshot.png
 * Streams one attachment of a ticket the signed-in user can see.
 */
@WebServlet(urlPatterns = "/tickets/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final Path ATTACHMENT_ROOT = Paths
            .get(System.getProperty("helpdesk.attachments", "/var/lib/helpdesk/attachments"))
            .toAbsolutePath()
            .normalize();

    @Inject
    TicketAccess tickets;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getRemoteUser();
        if (user == null) {
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }

        long ticketId;
        try {
            ticketId = Long.parseLong(req.getParameter("ticket"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }

        Ticket ticket = tickets.findVisibleTo(user, ticketId);
        if (ticket == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        // The mail importer now writes attachments to <root>/<ticketId>/<original name>,
        // and indexes shift when agents delete one, so links use the name.
        String name = req.getParameter("name");
        if (name == null || name.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Path ticketDir = ATTACHMENT_ROOT.resolve(Long.toString(ticket.getId())).normalize();
        Path file = ticketDir.resolve(name).normalize();
        // Reject "../", absolute names and anything not directly inside this ticket's folder,
        // and don't follow symlinks out of it.
        if (!ticketDir.equals(file.getParent())
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        String encodedName = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        resp.setContentType("application/octet-stream");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encodedName);
        resp.setContentLengthLong(Files.size(file));
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
