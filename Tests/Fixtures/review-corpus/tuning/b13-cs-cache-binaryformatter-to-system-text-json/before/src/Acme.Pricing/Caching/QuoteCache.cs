using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace Acme.Pricing.Caching
{
    public sealed class QuoteCache
    {
        private readonly IDistributedCache _cache;

        public QuoteCache(IDistributedCache cache) => _cache = cache;

        public async Task<Quote?> GetAsync(string key)
        {
            var bytes = await _cache.GetAsync(key);
            if (bytes == null)
            {
                return null;
            }
#pragma warning disable SYSLIB0011
            using var stream = new MemoryStream(bytes);
            return (Quote)new BinaryFormatter().Deserialize(stream);
#pragma warning restore SYSLIB0011
        }

        public async Task SetAsync(string key, Quote quote, TimeSpan ttl)
        {
#pragma warning disable SYSLIB0011
            using var stream = new MemoryStream();
            new BinaryFormatter().Serialize(stream, quote);
#pragma warning restore SYSLIB0011
            await _cache.SetAsync(key, stream.ToArray(),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl });
        }
    }
}