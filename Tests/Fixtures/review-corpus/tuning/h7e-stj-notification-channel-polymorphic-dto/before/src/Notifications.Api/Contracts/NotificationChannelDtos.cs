using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Notifications.Api.Contracts;

/// <summary>
/// Body of POST /v1/subscriptions/{id}/channels. One DTO for every channel type;
/// which properties are required depends on <see cref="Type"/>.
/// </summary>
public sealed class CreateChannelRequest : IValidatableObject
{
    [Required]
    [JsonPropertyName("type")]
    public string Type { get; init; } = default!;

    [JsonPropertyName("name")]
    [StringLength(80)]
    public string? Name { get; init; }

    [EmailAddress]
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [Url]
    [JsonPropertyName("webhookUrl")]
    public string? WebhookUrl { get; init; }

    [JsonPropertyName("slackChannelId")]
    public string? SlackChannelId { get; init; }

    [JsonPropertyName("quietHours")]
    public QuietHoursDto? QuietHours { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        switch (Type)
        {
            case "email" when string.IsNullOrEmpty(Email):
                yield return new ValidationResult("email is required for email channels", new[] { nameof(Email) });
                break;
            case "slack" when string.IsNullOrEmpty(SlackChannelId):
                yield return new ValidationResult("slackChannelId is required for slack channels", new[] { nameof(SlackChannelId) });
                break;
            case "email" or "slack":
                break;
            default:
                yield return new ValidationResult($"Unknown channel type '{Type}'", new[] { nameof(Type) });
                break;
        }
    }
}

public sealed record QuietHoursDto(
    [property: JsonPropertyName("from")] TimeOnly From,
    [property: JsonPropertyName("to")] TimeOnly To,
    [property: JsonPropertyName("timeZone")] string TimeZone);
