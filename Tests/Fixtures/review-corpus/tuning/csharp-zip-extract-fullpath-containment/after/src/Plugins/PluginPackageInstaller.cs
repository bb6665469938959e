using System;
using System.IO;
using System.IO.Compression;
using Microsoft.Extensions.Logging;

namespace Northwind.Plugins;

public sealed class PluginPackageInstaller
{
    private readonly string _pluginRoot;
    private readonly ILogger<PluginPackageInstaller> _logger;

    public PluginPackageInstaller(string pluginRoot, ILogger<PluginPackageInstaller> logger)
    {
        _pluginRoot = pluginRoot;
        _logger = logger;
    }

    public int Install(string pluginId, Stream package)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(pluginId, "^[a-z0-9-]{1,40}$"))
            throw new ArgumentException("invalid plugin id", nameof(pluginId));

        var destRoot = Path.GetFullPath(Path.Combine(_pluginRoot, pluginId)) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(destRoot);

        using var archive = new ZipArchive(package, ZipArchiveMode.Read);
        var count = 0;
        foreach (var entry in archive.Entries)
        {
            var fullPath = Path.GetFullPath(Path.Combine(destRoot, entry.FullName));
            if (!fullPath.StartsWith(destRoot, StringComparison.Ordinal))
                throw new InvalidDataException($"entry '{entry.FullName}' escapes the plugin directory");

            if (string.IsNullOrEmpty(entry.Name))
            {
                Directory.CreateDirectory(fullPath);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            entry.ExtractToFile(fullPath, overwrite: true);
            count++;
        }

        _logger.LogInformation("Installed plugin {PluginId} ({Count} files)", pluginId, count);
        return count;
    }
}