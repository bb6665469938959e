using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Payables.Services.Invoicing;

/// <summary>
/// Reads supplier-uploaded UBL 2.1 invoices into our domain model.
/// </summary>
public sealed class UblInvoiceReader
{
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    // Some ERP exports (older SAP B1 and Exact builds) start with a DOCTYPE that pulls entity
    // definitions from the vendor's site, and XDocument's defaults rejected those uploads.
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = new XmlUrlResolver(),
        IgnoreComments = true,
    };

    public async Task<SupplierInvoice> ReadAsync(Stream upload, CancellationToken ct)
    {
        using var reader = XmlReader.Create(upload, ReaderSettings);
        var doc = await XDocument.LoadAsync(reader, LoadOptions.None, ct);
        var root = doc.Root ?? throw new InvalidDataException("empty document");

        return new SupplierInvoice(
            Number: Required(root, Cbc + "ID"),
            IssueDate: DateOnly.Parse(Required(root, Cbc + "IssueDate"), CultureInfo.InvariantCulture),
            Currency: Required(root, Cbc + "DocumentCurrencyCode"),
            SupplierName: root.Element(Cac + "AccountingSupplierParty")
                ?.Descendants(Cbc + "Name").FirstOrDefault()?.Value ?? "",
            Total: decimal.Parse(
                root.Element(Cac + "LegalMonetaryTotal")?.Element(Cbc + "PayableAmount")?.Value
                    ?? throw new InvalidDataException("missing PayableAmount"),
                CultureInfo.InvariantCulture));
    }

    private static string Required(XElement root, XName name) =>
        root.Element(name)?.Value ?? throw new InvalidDataException($"missing {name.LocalName}");
}
