package eu.partsdepot.catalog;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.regex.Pattern;

@Controller("/api/products")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProductController {

    private static final Pattern SKU = Pattern.compile("^[A-Z0-9-]{3,32}$");

    private final ProductRepository products;
    private final HttpClient supplier;

    public ProductController(ProductRepository products,
                             @Client(id = "supplier") HttpClient supplier) {
        this.products = products;
        this.supplier = supplier;
    }

    @Get("/{sku}")
    public HttpResponse<ProductView> show(@PathVariable String sku) {
        return products.findBySku(sku)
                .map(ProductView::from)
                .map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    // Live stock straight from the supplier API (base URL: micronaut.http.services.supplier.url).
    @Get("/{sku}/supplier-stock")
    public HttpResponse<SupplierStock> supplierStock(@PathVariable String sku) {
        if (!SKU.matcher(sku).matches()) {
            return HttpResponse.badRequest();
        }
        SupplierStock stock = supplier.toBlocking()
                .retrieve(HttpRequest.GET("/v2/stock/" + sku), SupplierStock.class);
        return HttpResponse.ok(stock);
    }
}
