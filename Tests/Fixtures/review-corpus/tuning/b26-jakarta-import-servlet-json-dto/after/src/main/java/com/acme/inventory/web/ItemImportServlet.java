package com.acme.inventory.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.acme.inventory.ItemImport;
import com.acme.inventory.ItemService;
import com.acme.inventory.ImportResult;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/api/items/import")
@MultipartConfig(maxFileSize = 5 * 1024 * 1024)
public class ItemImportServlet extends HttpServlet {

    private static final int MAX_ROWS = 10_000;

    // Plain mapper: no default typing, so payloads can only bind to ItemImport.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Inject
    private ItemService items;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.isUserInRole("inventory-editor")) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String contentType = req.getContentType() == null ? "" : req.getContentType();

        List<ItemImport> rows;
        if (contentType.startsWith("text/csv")) {
            rows = parseCsv(req.getReader());
        } else if (contentType.startsWith("application/json")) {
            rows = deserialize(req);
        } else {
            resp.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "expected text/csv or application/json");
            return;
        }
        if (rows.size() > MAX_ROWS) {
            resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too many rows");
            return;
        }

        ImportResult result = items.importAll(req.getUserPrincipal().getName(), rows);
        resp.setContentType("application/json");
        resp.getWriter().printf("{\"created\":%d,\"updated\":%d}", result.created(), result.updated());
    }

    private List<ItemImport> deserialize(HttpServletRequest req) throws IOException {
        return MAPPER.readValue(req.getInputStream(), new TypeReference<List<ItemImport>>() { });
    }

    private List<ItemImport> parseCsv(BufferedReader reader) throws IOException {
        List<ItemImport> rows = new ArrayList<>();
        String line = reader.readLine(); // header
        while ((line = reader.readLine()) != null && rows.size() <= MAX_ROWS) {
            String[] cols = line.split(",", -1);
            if (cols.length < 4) {
                continue;
            }
            rows.add(new ItemImport(cols[0].trim(), cols[1].trim(),
                    Integer.parseInt(cols[2].trim()), new BigDecimal(cols[3].trim())));
        }
        return rows;
    }
}
