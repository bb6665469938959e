using Claims.Api.Clients;
using Claims.Api.Data;
using Claims.Api.Endpoints;
using Claims.Api.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddMicrosoftIdentityWebApiAuthentication(builder.Configuration, "AzureAd");
builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("claims.read", p => p.RequireScope("Claims.Read"));
    options.AddPolicy("claims.write", p => p.RequireScope("Claims.Write"));
});

builder.Services.AddDbContext<ClaimsDbContext>(options =>
    options.UseSqlServer(builder.Configuration.GetConnectionString("Claims")));

builder.Services.Configure<PolicyAdminOptions>(builder.Configuration.GetSection("PolicyAdmin"));

builder.Services
    .AddHttpClient<IPolicyAdminClient, PolicyAdminClient>((sp, http) =>
    {
        var options = sp.GetRequiredService<IOptions<PolicyAdminOptions>>().Value;
        http.BaseAddress = new Uri(options.BaseUrl);
        http.Timeout = TimeSpan.FromSeconds(20);
        http.DefaultRequestHeaders.Add("X-Client-Id", options.ClientId);
    })
    .AddHttpMessageHandler<PolicyAdminTokenHandler>()
    .AddStandardResilienceHandler();

builder.Services
    .AddHttpClient<IFraudScoringClient, FraudScoringClient>(http =>
    {
        http.BaseAddress = new Uri(builder.Configuration["FraudScoring:BaseUrl"]!);
    })
    .AddStandardResilienceHandler();

builder.Services.AddTransient<PolicyAdminTokenHandler>();
builder.Services.AddProblemDetails();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();
builder.Services.AddHealthChecks().AddDbContextCheck<ClaimsDbContext>();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseExceptionHandler();
app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapClaimsEndpoints();
app.MapDocumentEndpoints();

app.Run();
