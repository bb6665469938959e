package org.acme.catalog.imports;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/admin/catalog/imports")
@RolesAllowed("catalog-admin")
public class CatalogImportResource {

    public record ImportItem(
            @NotBlank @Size(max = 64) String sku,
            @NotBlank @Size(max = 200) String title,
            @DecimalMin("0.00") BigDecimal price,
            @Size(max = 3) String currency,
            List<@Size(max = 40) String> tags) {
    }

    public record ImportBatch(
            @NotBlank String source,
            @NotEmpty @Size(max = 5000) List<@Valid ImportItem> items) {
    }

    public record ImportResult(int created, int updated) {
    }

    private final ObjectReader batchReader;

    @Inject
    Validator validator;

    @Inject
    CatalogWriter writer;

    @Inject
    public CatalogImportResource(ObjectMapper mapper) {
        this.batchReader = mapper
                .readerFor(ImportBatch.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public ImportResult importBatch(String body) {
        ImportBatch batch = deserialize(body);

        var violations = validator.validate(batch);
        if (!violations.isEmpty()) {
            String message = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .limit(20)
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("invalid batch");
            throw new BadRequestException(message);
        }

        int created = 0;
        int updated = 0;
        for (ImportItem item : batch.items()) {
            if (writer.upsert(item.sku(), item.title(), item.price(), item.currency(), item.tags())) {
                created++;
            } else {
                updated++;
            }
        }
        Log.infof("catalog import from %s: %d created, %d updated", batch.source(), created, updated);
        return new ImportResult(created, updated);
    }

    private ImportBatch deserialize(String body) {
        try {
            return batchReader.readValue(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("malformed import batch: " + e.getOriginalMessage());
        }
    }
}
