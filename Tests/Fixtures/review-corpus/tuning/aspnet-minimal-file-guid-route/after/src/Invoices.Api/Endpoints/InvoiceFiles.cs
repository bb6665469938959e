namespace Invoices.Api.Endpoints;

public static class InvoiceFiles
{
    public static RouteGroupBuilder MapInvoiceFiles(this RouteGroupBuilder group, string directory)
    {
        group.MapGet("/invoices/{id:guid}/pdf", (Guid id) =>
        {
            var fullPath = Path.Combine(directory, $"{id}.pdf");
            return File.Exists(fullPath) ? Results.File(fullPath, "application/pdf") : Results.NotFound();
        });
        return group;
    }
}