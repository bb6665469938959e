using Crm.Api.Data;
using Crm.Api.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Controllers;

[ApiController]
[Authorize]
[Route("api/contacts")]
public class ContactsController : ControllerBase
{
    private readonly CrmContext _db;

    public ContactsController(CrmContext db) => _db = db;

    private Task<List<Contact>> FindBy(string column, string value, CancellationToken ct)
    {
        var sql = $"SELECT * FROM Contacts WHERE {column} = @value AND DeletedAt IS NULL";
        return _db.Contacts
            .FromSqlRaw(sql, new SqlParameter("@value", value))
            .AsNoTracking()
            .Take(100)
            .ToListAsync(ct);
    }

    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] string q, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return BadRequest();
        }
        var results = await FindBy("Email", q, ct);
        return Ok(results);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Get(int id, CancellationToken ct)
    {
        var contact = await _db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return contact is null ? NotFound() : Ok(contact);
    }
}