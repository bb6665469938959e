using Helpdesk.Api.Storage;
using Helpdesk.Api.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Helpdesk.Api.Endpoints;

public static class AttachmentEndpoints
{
    private const long MaxAttachmentBytes = 25 * 1024 * 1024;

    public static RouteGroupBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/tickets/{ticketId:guid}/attachments")
            .RequireAuthorization("agent")
            .WithTags("Attachments");

        group.MapGet("/", ListAsync);
        group.MapPost("/", UploadAsync).DisableAntiforgery();
        group.MapPost("/import", ImportFromUrlAsync);
        group.MapGet("/{attachmentId:guid}", DownloadAsync);

        return group;
    }

    private static async Task<Ok<IReadOnlyList<AttachmentDto>>> ListAsync(
        Guid ticketId, IAttachmentStore store, CancellationToken ct)
    {
        var items = await store.ListAsync(ticketId, ct);
        return TypedResults.Ok(items);
    }

    private static async Task<Results<Created<AttachmentDto>, BadRequest<string>, NotFound>> UploadAsync(
        Guid ticketId,
        IFormFile file,
        ITicketRepository tickets,
        IAttachmentStore store,
        CancellationToken ct)
    {
        if (await tickets.FindAsync(ticketId, ct) is null)
            return TypedResults.NotFound();

        if (file.Length is 0 or > MaxAttachmentBytes)
            return TypedResults.BadRequest("Attachment must be between 1 byte and 25 MB.");

        await using var stream = file.OpenReadStream();
        var saved = await store.SaveAsync(ticketId, Path.GetFileName(file.FileName), file.ContentType, stream, ct);

        return TypedResults.Created($"/tickets/{ticketId}/attachments/{saved.Id}", saved);
    }

    public sealed record ImportAttachmentRequest(string Url, string? FileName);

    // Agents paste links from customer emails (Drive, Dropbox, screenshots hosts...) and we keep a copy on the ticket.
    private static async Task<Results<Created<AttachmentDto>, BadRequest<string>, NotFound>> ImportFromUrlAsync(
        Guid ticketId,
        ImportAttachmentRequest request,
        ITicketRepository tickets,
        IAttachmentStore store,
        IHttpClientFactory httpClientFactory,
        CancellationToken ct)
    {
        if (await tickets.FindAsync(ticketId, ct) is null)
            return TypedResults.NotFound();

        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var source)
            || (source.Scheme != Uri.UriSchemeHttp && source.Scheme != Uri.UriSchemeHttps))
            return TypedResults.BadRequest("Only http(s) links can be imported.");

        var client = httpClientFactory.CreateClient("attachment-import");
        using var response = await client.GetAsync(source, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
            return TypedResults.BadRequest($"Remote server answered {(int)response.StatusCode}.");

        if (response.Content.Headers.ContentLength > MaxAttachmentBytes)
            return TypedResults.BadRequest("Attachment must be smaller than 25 MB.");

        var fileName = request.FileName ?? Path.GetFileName(source.LocalPath);
        var contentType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var saved = await store.SaveAsync(ticketId, Path.GetFileName(fileName), contentType, body, ct);

        return TypedResults.Created($"/tickets/{ticketId}/attachments/{saved.Id}", saved);
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(
        Guid ticketId, Guid attachmentId, IAttachmentStore store, CancellationToken ct)
    {
        var blob = await store.OpenAsync(ticketId, attachmentId, ct);
        if (blob is null)
            return TypedResults.NotFound();

        return TypedResults.File(blob.Content, blob.ContentType, blob.FileName);
    }
}
