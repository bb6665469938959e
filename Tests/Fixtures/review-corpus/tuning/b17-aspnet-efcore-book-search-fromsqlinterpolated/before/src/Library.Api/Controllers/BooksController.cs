using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Library.Api.Data;
using Library.Api.Models;

namespace Library.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
[Authorize]
public sealed class BooksController : ControllerBase
{
    private readonly LibraryDbContext _db;
    private readonly ILogger<BooksController> _logger;

    public BooksController(LibraryDbContext db, ILogger<BooksController> logger)
    {
        _db = db;
        _logger = logger;
    }

    public sealed record BookDto(int Id, string Title, string Author, string? Isbn, int AvailableCopies);

    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<BookDto>>> Search(
        [FromQuery] string? q,
        [FromQuery] int page = 1,
        CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        IQueryable<Book> query = _db.Books.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(b => EF.Functions.ILike(b.Title, $"%{term}%")
                                  || EF.Functions.ILike(b.Author, $"%{term}%"));
        }

        var books = await query
            .OrderBy(b => b.Title)
            .Skip((page - 1) * 25)
            .Take(25)
            .Select(b => new BookDto(b.Id, b.Title, b.Author, b.Isbn, b.Copies.Count(c => c.LoanedTo == null)))
            .ToListAsync(ct);

        return Ok(books);
    }

    [HttpGet("{id:int}")]
    public async Task<ActionResult<BookDto>> Get(int id, CancellationToken ct)
    {
        var book = await _db.Books.AsNoTracking()
            .Where(b => b.Id == id)
            .Select(b => new BookDto(b.Id, b.Title, b.Author, b.Isbn, b.Copies.Count(c => c.LoanedTo == null)))
            .FirstOrDefaultAsync(ct);

        return book is null ? NotFound() : Ok(book);
    }
}