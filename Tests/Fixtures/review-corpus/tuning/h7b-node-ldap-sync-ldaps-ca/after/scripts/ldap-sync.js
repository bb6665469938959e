#!/usr/bin/env node
'use strict';

/**
 * Syncs group membership from the corporate directory into our `team_members`
 * table. Scheduled hourly from deploy/cron/ldap-sync.yaml.
 */

const fs = require('fs');
const { Client } = require('ldapts');
const { Pool } = require('pg');

const {
  LDAP_URL = 'ldaps://dc01.corp.northwind.lan:636',
  LDAP_CA_FILE = '/etc/ssl/northwind/corp-root-ca.pem',
  LDAP_BIND_DN,
  LDAP_BIND_PASSWORD,
  LDAP_BASE_DN = 'OU=Groups,DC=corp,DC=northwind,DC=lan',
  DATABASE_URL,
} = process.env;

const GROUP_TO_TEAM = {
  'CN=eng-platform': 'platform',
  'CN=eng-payments': 'payments',
  'CN=support-tier2': 'support',
};

async function fetchMembers(client) {
  const result = {};
  for (const [cn, team] of Object.entries(GROUP_TO_TEAM)) {
    const { searchEntries } = await client.search(`${cn},${LDAP_BASE_DN}`, {
      scope: 'base',
      attributes: ['member'],
    });
    const members = [].concat(searchEntries[0]?.member ?? []);
    result[team] = members.map((dn) => /^CN=([^,]+)/i.exec(dn)?.[1]).filter(Boolean);
  }
  return result;
}

async function main() {
  // The DCs present certificates issued by the corporate root CA, which is not in
  // Node's bundled store. Trust that CA in addition to verification, not instead of it.
  const client = new Client({
    url: LDAP_URL,
    timeout: 10000,
    connectTimeout: 5000,
    tlsOptions: {
      ca: [fs.readFileSync(LDAP_CA_FILE)],
      minVersion: 'TLSv1.2',
      rejectUnauthorized: true,
    },
  });
  const pool = new Pool({ connectionString: DATABASE_URL });

  try {
    await client.bind(LDAP_BIND_DN, LDAP_BIND_PASSWORD);
    const byTeam = await fetchMembers(client);

    const db = await pool.connect();
    try {
      await db.query('BEGIN');
      for (const [team, names] of Object.entries(byTeam)) {
        await db.query('DELETE FROM team_members WHERE team = $1 AND source = $2', [team, 'ldap']);
        for (const name of names) {
          await db.query(
            'INSERT INTO team_members (team, username, source) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
            [team, name.toLowerCase(), 'ldap'],
          );
        }
      }
      await db.query('COMMIT');
    } catch (err) {
      await db.query('ROLLBACK');
      throw err;
    } finally {
      db.release();
    }
    console.log(JSON.stringify({ msg: 'ldap sync done', teams: Object.keys(byTeam).length }));
  } finally {
    await client.unbind().catch(() => {});
    await pool.end();
  }
}

main().catch((err) => {
  console.error(JSON.stringify({ msg: 'ldap sync failed', error: err.message }));
  process.exit(1);
});
