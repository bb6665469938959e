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

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

    /** Larger suppliers export straight from SAP as PRICAT-style XML: <priceList><item sku=".." .../></priceList>. */
    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importXml(@PathParam("supplierId") long supplierId, InputStream body) throws IOException {
        Document doc;
        try {
            doc = newDocumentBuilder().parse(body);
        } catch (SAXException e) {
            throw new BadRequestException("price list is not well-formed XML: " + e.getMessage());
        }
        List<PriceLine> lines = new ArrayList<>();
        NodeList items = doc.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            lines.add(new PriceLine(item.getAttribute("sku").trim(),
                    new BigDecimal(item.getAttribute("price").trim()),
                    item.getAttribute("currency").trim()));
        }
        LOG.info(() -> "supplier " + supplierId + " uploaded " + lines.size() + " XML price lines");
        return priceLists.replace(supplierId, lines);
    }

    private static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser does not support the required hardening features", e);
        }
    }
}
