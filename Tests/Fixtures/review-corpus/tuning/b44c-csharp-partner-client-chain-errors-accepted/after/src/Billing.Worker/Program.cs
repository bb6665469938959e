using System.Net.Security;
using Billing.Worker;
using Billing.Worker.Partners;
using Microsoft.Extensions.Options;
using Polly;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<LedgerPartnerOptions>(builder.Configuration.GetSection("LedgerPartner"));
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.AddHttpClient<LedgerPartnerClient>((sp, client) =>
    {
        var opts = sp.GetRequiredService<IOptions<LedgerPartnerOptions>>().Value;
        client.BaseAddress = new Uri(opts.BaseUrl);
        client.Timeout = TimeSpan.FromSeconds(20);
        client.DefaultRequestHeaders.Add("X-Api-Key", opts.ApiKey);
    })
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        // Partner moved to a new intermediate CA that the base image doesn't ship yet (INC-2291).
        // Hostname is still checked, we only tolerate the chain problem.
        ServerCertificateCustomValidationCallback = (_, _, _, errors) =>
            errors == SslPolicyErrors.None || errors == SslPolicyErrors.RemoteCertificateChainErrors
    })
    .AddTransientHttpErrorPolicy(p =>
        p.WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt))));

builder.Services.AddHostedService<SettlementExportWorker>();

var host = builder.Build();
host.Run();
