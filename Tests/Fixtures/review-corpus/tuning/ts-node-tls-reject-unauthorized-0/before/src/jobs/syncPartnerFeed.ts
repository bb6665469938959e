import { XMLParser } from 'fast-xml-parser';
import { logger } from '../logger';
import { upsertListings } from '../repositories/listings';

const FEED_URL = process.env.PARTNER_FEED_URL ?? 'https://feeds.partner-homes.example/listings.xml';

interface FeedListing {
  ref: string;
  title: string;
  price: number;
  city: string;
}

export async function syncPartnerFeed(): Promise<number> {
  const res = await fetch(FEED_URL, { headers: { Accept: 'application/xml' } });
  if (!res.ok) {
    throw new Error(`partner feed returned ${res.status}`);
  }
  const xml = await res.text();
  const parsed = new XMLParser().parse(xml);
  const listings: FeedListing[] = parsed?.feed?.listing ?? [];
  await upsertListings(listings);
  logger.info({ count: listings.length }, 'partner feed synced');
  return listings.length;
}
