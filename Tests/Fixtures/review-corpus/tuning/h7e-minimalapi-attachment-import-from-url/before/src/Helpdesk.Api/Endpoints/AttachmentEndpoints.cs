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

    private static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(
        Guid ticketId, Guid attachmentId, IAttachmentStore store, CancellationToken ct)
    {
        var blob = await store.OpenAsync(ticketId, attachmentId, ct);
        if (blob is null)
            return TypedResults.NotFound();

        return TypedResults.File(blob.Content, blob.ContentType, blob.FileName);
    }
}
