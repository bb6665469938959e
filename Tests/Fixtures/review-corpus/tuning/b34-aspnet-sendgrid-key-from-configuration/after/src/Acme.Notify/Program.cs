using System.Net.Mail;
using Acme.Notify;
using Acme.Notify.Templates;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using SendGrid.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = builder.Configuration["Auth:Authority"];
        options.Audience = "notify-api";
    });
builder.Services.AddAuthorization();
builder.Services.AddSingleton<TemplateRenderer>();

// Outbound mail now goes through SendGrid. The API key is never committed:
//   local dev:  dotnet user-secrets set "SendGrid:ApiKey" "<your-sendgrid-api-key>"
//   deployed:   SendGrid__ApiKey is injected from Key Vault by the container app.
var sendGridApiKey = builder.Configuration["SendGrid:ApiKey"];
if (string.IsNullOrWhiteSpace(sendGridApiKey))
{
    throw new InvalidOperationException(
        "SendGrid:ApiKey is not configured. Set it with dotnet user-secrets or the SendGrid__ApiKey environment variable.");
}
builder.Services.AddSendGrid(options => options.ApiKey = sendGridApiKey);
builder.Services.AddSingleton<IMailSender, SendGridMailSender>();

builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz");

app.MapPost("/notifications/email", async (
    SendEmailRequest request,
    TemplateRenderer renderer,
    IMailSender sender,
    ILogger<Program> logger,
    CancellationToken ct) =>
{
    if (string.IsNullOrWhiteSpace(request.To) || !MailAddress.TryCreate(request.To, out var to))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]>
        {
            ["to"] = new[] { "A valid recipient address is required." },
        });
    }

    var message = await renderer.RenderAsync(request.Template, request.Model, ct);
    await sender.SendAsync(to, message, ct);
    logger.LogInformation("Sent {Template} to {Recipient}", request.Template, to.Address);
    return Results.Accepted();
})
.RequireAuthorization();

app.Run();

public record SendEmailRequest(string To, string Template, Dictionary<string, object?> Model);
