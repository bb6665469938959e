using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace Acme.Pricing.Caching
{
    public sealed class QuoteCache
    {
        private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

        private readonly IDistributedCache _cache;

        public QuoteCache(IDistributedCache cache) => _cache = cache;

        public async Task<Quote?> GetAsync(string key)
        {
            var bytes = await _cache.GetAsync(key);
            if (bytes == null)
            {
                return null;
            }
            // BinaryFormatter is obsolete and unsafe; cached quotes are now plain JSON of a fixed type.
            return JsonSerializer.Deserialize<Quote>(bytes, JsonOptions);
        }

        public async Task SetAsync(string key, Quote quote, TimeSpan ttl)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(quote, JsonOptions);
            await _cache.SetAsync(key, bytes,
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl });
        }
    }
}