using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marlowe.Notifications.Slack;

public sealed class SlackOptions
{
    public string SigningSecret { get; set; } = string.Empty;
}

public sealed record SlackMessage(string Text, IReadOnlyList<object>? Blocks = null);

/// <summary>
/// Posts notifications to the incoming-webhook URLs customers paste into the
/// integrations page. Only Slack's own webhook host is ever contacted: the
/// URL must be https://hooks.slack.com/services/... or the send is refused.
/// </summary>
public sealed class SlackWebhookSender
{
    private static readonly HashSet<string> AllowedHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "hooks.slack.com",
    };

    private readonly HttpClient _http;
    private readonly ILogger<SlackWebhookSender> _log;

    public SlackWebhookSender(HttpClient http, ILogger<SlackWebhookSender> log)
    {
        _http = http;
        _http.Timeout = TimeSpan.FromSeconds(10);
        _log = log;
    }

    public static bool TryValidate(string raw, out Uri? uri)
    {
        uri = null;
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var parsed))
        {
            return false;
        }
        if (parsed.Scheme != Uri.UriSchemeHttps || !parsed.IsDefaultPort)
        {
            return false;
        }
        if (!AllowedHosts.Contains(parsed.IdnHost) || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }
        if (!parsed.AbsolutePath.StartsWith("/services/", StringComparison.Ordinal))
        {
            return false;
        }
        uri = parsed;
        return true;
    }

    public async Task<bool> SendAsync(string webhookUrl, SlackMessage message, CancellationToken ct = default)
    {
        if (!TryValidate(webhookUrl, out var uri))
        {
            _log.LogWarning("Refusing to post to non-Slack webhook URL");
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(new
            {
                text = message.Text,
                blocks = message.Blocks ?? Array.Empty<object>(),
            }),
        };

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                _log.LogWarning("Slack webhook returned {Status}", (int)response.StatusCode);
                return false;
            }
            return true;
        }
        catch (HttpRequestException ex)
        {
            _log.LogWarning(ex, "Slack webhook delivery failed");
            return false;
        }
    }

    /// <summary>Redacts the secret path part of a webhook URL for display.</summary>
    public static string Mask(string webhookUrl)
    {
        var parts = webhookUrl.Split('/');
        return parts.Length > 4
            ? string.Join('/', parts.Take(parts.Length - 1)) + "/" + new string('*', 8)
            : "***";
    }
}