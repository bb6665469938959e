using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Storefront.Web.Data;
using Storefront.Web.Models;

namespace Storefront.Web.Controllers;

[ApiController]
[Authorize(Policy = "MerchantStaff")]
[Route("api/merchants/{merchantId:int}/pricing-rules")]
public class PricingRulesController : ControllerBase
{
    private readonly StorefrontDbContext _db;
    private readonly ILogger<PricingRulesController> _logger;

    public PricingRulesController(StorefrontDbContext db, ILogger<PricingRulesController> logger)
    {
        _db = db;
        _logger = logger;
    }

    [HttpGet]
    public async Task<ActionResult<IEnumerable<PricingRule>>> List(int merchantId)
    {
        return await _db.PricingRules
            .Where(r => r.MerchantId == merchantId)
            .OrderBy(r => r.Priority)
            .ToListAsync();
    }

    [HttpPost("preview")]
    public ActionResult<PreviewResult> Preview(int merchantId, [FromBody] PreviewRequest request)
    {
        var price = request.BasePrice;
        foreach (var rule in request.Rules.OrderBy(r => r.Priority))
        {
            price = Apply(rule, price, request.Quantity);
        }
        return new PreviewResult(request.BasePrice, Math.Round(price, 2, MidpointRounding.ToEven));
    }

    private static decimal Apply(PricingRuleInput rule, decimal price, int quantity)
    {
        switch (rule.Kind)
        {
            case RuleKind.PercentOff:
                return price * (1 - rule.Value / 100m);
            case RuleKind.AmountOff:
                return Math.Max(0, price - rule.Value);
            case RuleKind.VolumeTier:
                return quantity >= rule.MinQuantity ? price * (1 - rule.Value / 100m) : price;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "unknown rule kind");
        }
    }
}

public record PreviewRequest(decimal BasePrice, int Quantity, List<PricingRuleInput> Rules);
public record PreviewResult(decimal BasePrice, decimal FinalPrice);
