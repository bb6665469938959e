import { Client, GeocodeResult } from '@googlemaps/google-maps-services-js';

const client = new Client({});

export interface LatLng {
  lat: number;
  lng: number;
}

export async function geocode(address: string, apiKey: string): Promise<LatLng | null> {
  const res = await client.geocode({ params: { address, key: apiKey }, timeout: 3000 });
  const first: GeocodeResult | undefined = res.data.results[0];
  if (!first) {
    return null;
  }
  return { lat: first.geometry.location.lat, lng: first.geometry.location.lng };
}
