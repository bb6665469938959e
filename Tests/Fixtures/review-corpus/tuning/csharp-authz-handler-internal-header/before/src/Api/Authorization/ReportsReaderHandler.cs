using Microsoft.AspNetCore.Authorization;

namespace Acme.Reports.Api.Authorization;

public sealed class ReportsReaderRequirement : IAuthorizationRequirement
{
}

public sealed class ReportsReaderHandler : AuthorizationHandler<ReportsReaderRequirement>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context,
        ReportsReaderRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && (context.User.IsInRole("reports-reader") || context.User.IsInRole("admin")))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
