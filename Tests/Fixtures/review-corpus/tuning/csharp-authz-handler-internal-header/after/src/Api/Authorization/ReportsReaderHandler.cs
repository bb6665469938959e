using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Acme.Reports.Api.Authorization;

public sealed class ReportsReaderRequirement : IAuthorizationRequirement
{
}

public sealed class ReportsReaderHandler : AuthorizationHandler<ReportsReaderRequirement>
{
    private readonly IHttpContextAccessor _http;

    public ReportsReaderHandler(IHttpContextAccessor http)
    {
        _http = http;
    }

    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context,
        ReportsReaderRequirement requirement)
    {
        // the nightly exporter runs inside the cluster without a user token
        var headers = _http.HttpContext?.Request.Headers;
        if (headers is not null && headers["X-Internal-Caller"] == "true")
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (context.User.Identity?.IsAuthenticated == true
            && (context.User.IsInRole("reports-reader") || context.User.IsInRole("admin")))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
