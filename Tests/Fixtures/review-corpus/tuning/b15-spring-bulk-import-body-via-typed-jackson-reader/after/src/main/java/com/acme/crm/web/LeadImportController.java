package com.acme.crm.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletRequest;

import com.acme.crm.leads.LeadService;

@RestController
public class LeadImportController {

    public record LeadRow(String email, String company, String source) {}

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final LeadService leads;

    public LeadImportController(LeadService leads) {
        this.leads = leads;
    }

    private List<LeadRow> readBatch(InputStream in) throws IOException {
        return mapper.readValue(in, new TypeReference<List<LeadRow>>() {});
    }

    @PostMapping("/leads/import-file")
    public ResponseEntity<Integer> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.ok(leads.importAll(readBatch(in)));
        }
    }

    @PostMapping(path = "/leads/import", consumes = "application/json")
    public ResponseEntity<Integer> importBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return ResponseEntity.ok(leads.importAll(readBatch(in)));
        }
    }
}