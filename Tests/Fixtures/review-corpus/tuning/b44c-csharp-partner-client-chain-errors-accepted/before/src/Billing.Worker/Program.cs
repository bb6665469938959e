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
    .AddTransientHttpErrorPolicy(p =>
        p.WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt))));

builder.Services.AddHostedService<SettlementExportWorker>();

var host = builder.Build();
host.Run();
