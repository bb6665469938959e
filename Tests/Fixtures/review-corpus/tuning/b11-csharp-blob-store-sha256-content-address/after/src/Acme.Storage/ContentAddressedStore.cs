using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Acme.Storage;

public sealed class ContentStoreOptions
{
    public string Root { get; set; } = "/var/lib/acme/blobs";
}

/// <summary>
/// Stores uploads once per distinct content; the SHA-256 of the bytes is the blob id.
/// </summary>
public sealed class ContentAddressedStore(IOptions<ContentStoreOptions> options, ILogger<ContentAddressedStore> logger)
{
    private readonly string _root = options.Value.Root;

    public async Task<string> PutAsync(Stream content, CancellationToken ct = default)
    {
        var tmp = Path.Combine(_root, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(tmp)!);

        await using (var file = File.Create(tmp))
        {
            await content.CopyToAsync(file, ct);
        }

        string id;
        await using (var file = File.OpenRead(tmp))
        {
            var digest = await SHA256.HashDataAsync(file, ct);
            id = Convert.ToHexString(digest).ToLowerInvariant();
        }

        var final = PathFor(id);
        if (File.Exists(final))
        {
            logger.LogDebug("blob {Id} already stored, dropping duplicate upload", id);
            File.Delete(tmp);
            return id;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        File.Move(tmp, final);
        return id;
    }

    public Stream? Open(string id)
    {
        if (id.Length != 64 || !id.All(Uri.IsHexDigit))
        {
            return null;
        }
        var path = PathFor(id);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathFor(string id) => Path.Combine(_root, id[..2], id[2..4], id);
}