using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chat.Api.Endpoints;

public static partial class LinkPreviewEndpoints
{
    public sealed record PreviewRequest(string Url);

    public sealed record PreviewResponse(string Url, string? Title, string? Description, string? Image);

    public static RouteGroupBuilder MapLinkPreviews(this RouteGroupBuilder group)
    {
        group.MapPost("/link-previews", CreatePreviewAsync)
            .RequireAuthorization()
            .WithName("CreateLinkPreview");

        return group;
    }

    private static async Task<Results<Ok<PreviewResponse>, BadRequest<string>>> CreatePreviewAsync(
        PreviewRequest request,
        IHttpClientFactory httpClientFactory,
        CancellationToken ct)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var uri))
        {
            return TypedResults.BadRequest("url must be absolute");
        }

        var client = httpClientFactory.CreateClient("link-previews");
        using var response = await client.GetAsync(uri, ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        return TypedResults.Ok(new PreviewResponse(
            uri.ToString(),
            Meta(html, "og:title") ?? TitleTag().Match(html).Groups[1].Value,
            Meta(html, "og:description") ?? html[..Math.Min(html.Length, 280)],
            Meta(html, "og:image")));
    }

    private static string? Meta(string html, string property)
    {
        var match = Regex.Match(
            html,
            $"<meta[^>]+property=\"{Regex.Escape(property)}\"[^>]+content=\"([^\"]*)\"",
            RegexOptions.IgnoreCase);

        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
