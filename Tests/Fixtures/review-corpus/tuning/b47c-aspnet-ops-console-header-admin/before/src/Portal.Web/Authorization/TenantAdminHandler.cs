using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Web.Tenancy;

namespace Portal.Web.Authorization;

public sealed class TenantAdminRequirement : IAuthorizationRequirement { }

public sealed class TenantAdminHandler : AuthorizationHandler<TenantAdminRequirement>
{
    private readonly IHttpContextAccessor _http;
    private readonly ITenantMembershipStore _memberships;

    public TenantAdminHandler(IHttpContextAccessor http, ITenantMembershipStore memberships)
    {
        _http = http;
        _memberships = memberships;
    }

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, TenantAdminRequirement requirement)
    {
        var httpContext = _http.HttpContext;
        if (httpContext is null)
        {
            return;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var tenantId = httpContext.GetRouteValue("tenantId") as string;
        if (userId is null || tenantId is null)
        {
            return;
        }

        var membership = await _memberships.FindAsync(tenantId, userId, httpContext.RequestAborted);
        if (membership is { Role: TenantRole.Admin or TenantRole.Owner })
        {
            context.Succeed(requirement);
        }
    }
}
