package eu.brightmart.catalog.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/suppliers/{supplierId}/price-lists")
@RolesAllowed("catalog-manager")
public class PriceListImportResource {

    private static final Logger LOG = Logger.getLogger(PriceListImportResource.class.getName());

    @Inject
    PriceListService priceLists;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCsv(@PathParam("supplierId") long supplierId, InputStream body) throws IOException {
        List<PriceLine> lines = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: sku,price,currency
            String row;
            while ((row = reader.readLine()) != null) {
                String[] cols = row.split(",", -1);
                if (cols.length < 3) {
                    continue;
                }
                lines.add(new PriceLine(cols[0].trim(), new BigDecimal(cols[1].trim()), cols[2].trim()));
            }
        }
        LOG.info(() -> "supplier " + supplierId + " uploaded " + lines.size() + " CSV price lines");
        return priceLists.replace(supplierId, lines);
    }
}
