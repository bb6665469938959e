using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Harbor.Crm.Controllers;

[ApiController]
[Authorize]
[Route("api/contacts")]
public class ContactsController : ControllerBase
{
    private readonly IContactStore _contacts;

    public ContactsController(IContactStore contacts) => _contacts = contacts;

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Get(int id) => Ok(await _contacts.FindAsync(id));

    [HttpGet("export")]
    public async Task<IActionResult> Export()
    {
        var csv = await _contacts.ExportCsvAsync();
        return File(csv, "text/csv", "contacts.csv");
    }
}