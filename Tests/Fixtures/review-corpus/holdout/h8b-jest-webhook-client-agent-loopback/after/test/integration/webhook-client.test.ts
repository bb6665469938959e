import https from 'node:https';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebhookClient } from '../../src/webhooks/client';

const fixtures = path.join(__dirname, '..', 'fixtures', 'tls');
const key = readFileSync(path.join(fixtures, 'localhost-key.pem'));
const cert = readFileSync(path.join(fixtures, 'localhost-cert.pem'));

describe('WebhookClient (https)', () => {
  let server: https.Server;
  let url: string;
  const received: string[] = [];

  beforeAll((done) => {
    server = https.createServer({ key, cert }, (req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(body);
        res.writeHead(204).end();
      });
    });
    server.listen(0, '127.0.0.1', () => {
      url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      done();
    });
  });

  afterAll((done) => server.close(done));

  it('posts the JSON payload', async () => {
    const client = new WebhookClient({ ca: cert });
    await client.deliver(url, { event: 'invoice.paid', id: 'evt_1' });
    expect(JSON.parse(received[0])).toEqual({ event: 'invoice.paid', id: 'evt_1' });
  });

  it('accepts a caller-supplied agent', async () => {
    // self-signed fixture server on loopback; this only checks the agent option is honoured
    const agent = new https.Agent({ rejectUnauthorized: false });
    const client = new WebhookClient({ agent });
    await client.deliver(url, { event: 'invoice.voided', id: 'evt_2' });
    expect(JSON.parse(received[1])).toEqual({ event: 'invoice.voided', id: 'evt_2' });
  });
});
