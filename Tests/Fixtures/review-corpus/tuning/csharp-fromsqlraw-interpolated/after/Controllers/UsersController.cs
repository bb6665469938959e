public IActionResult Find(string name)
{
    var users = _db.Users.FromSqlRaw($"SELECT * FROM Users WHERE Name = '{name}'").ToList();
    return Ok(users);
}
