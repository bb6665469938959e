package com.acme.helpdesk.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.acme.helpdesk.tickets.Attachment;
import com.acme.helpdesk.tickets.Ticket;
import com.acme.helpdesk.tickets.TicketAccess;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /tickets/attachment?ticket=123&index=0
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
        int index;
        try {
            ticketId = Long.parseLong(req.getParameter("ticket"));
            index = Integer.parseInt(req.getParameter("index"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }

        Ticket ticket = tickets.findVisibleTo(user, ticketId);
        if (ticket == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        List<Attachment> attachments = ticket.getAttachments();
        if (index < 0 || index >= attachments.size()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = attachments.get(index);
        Path file = ATTACHMENT_ROOT.resolve(attachment.getStoragePath());

        resp.setContentType("application/octet-stream");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + attachment.getEncodedFileName());
        resp.setContentLengthLong(Files.size(file));
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
