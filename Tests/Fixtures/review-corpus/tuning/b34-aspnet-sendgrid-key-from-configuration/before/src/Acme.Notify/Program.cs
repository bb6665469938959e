using System.Net;
using System.Net.Mail;
using Acme.Notify;
using Acme.Notify.Templates;
using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = builder.Configuration["Auth:Authority"];
        options.Audience = "notify-api";
    });
builder.Services.AddAuthorization();
builder.Services.AddSingleton<TemplateRenderer>();

// Outbound mail goes through the office relay for now.
var smtpHost = builder.Configuration["Smtp:Host"] ?? "localhost";
var smtpPort = builder.Configuration.GetValue("Smtp:Port", 25);
builder.Services.AddSingleton<IMailSender>(_ =>
    new SmtpMailSender(new SmtpClient(smtpHost, smtpPort)
    {
        EnableSsl = smtpPort != 25,
        Credentials = CredentialCache.DefaultNetworkCredentials,
    }));

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
