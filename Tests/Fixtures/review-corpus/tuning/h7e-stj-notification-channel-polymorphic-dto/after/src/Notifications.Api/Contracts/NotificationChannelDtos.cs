using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Notifications.Api.Contracts;

/// <summary>
/// Body of POST /v1/subscriptions/{id}/channels. The "kind" discriminator selects the
/// concrete record; unknown kinds are rejected by the serializer with a 400.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CreateEmailChannelRequest), "email")]
[JsonDerivedType(typeof(CreateSlackChannelRequest), "slack")]
public abstract record CreateChannelRequest
{
    [JsonPropertyName("name")]
    [StringLength(80)]
    public string? Name { get; init; }

    [JsonPropertyName("quietHours")]
    public QuietHoursDto? QuietHours { get; init; }
}

public sealed record CreateEmailChannelRequest : CreateChannelRequest
{
    [Required]
    [EmailAddress]
    [JsonPropertyName("email")]
    public string Email { get; init; } = default!;
}

public sealed record CreateSlackChannelRequest : CreateChannelRequest
{
    [Required]
    [RegularExpression("^[CGD][A-Z0-9]{8,12}$")]
    [JsonPropertyName("slackChannelId")]
    public string SlackChannelId { get; init; } = default!;
}

public sealed record QuietHoursDto(
    [property: JsonPropertyName("from")] TimeOnly From,
    [property: JsonPropertyName("to")] TimeOnly To,
    [property: JsonPropertyName("timeZone")] string TimeZone);
