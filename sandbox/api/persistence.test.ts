import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestSandbox, temporaryDataFile, tokenFor } from '../testing';

describe('persistence with SANDBOX_DATA', () => {
  it('keeps a declaration across a restart, written by rename (no temporary file left)', async () => {
    const dataFile = temporaryDataFile();
    const first = await startTestSandbox({ dataFile });
    const token = await tokenFor(first, 'anna');
    const created = await fetch(`${first.apiUrl}/therapeuticExclusions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, From: 'tests@example.org', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        patient: { identifier: [{ type: 'ssin', value: '85071412330' }] },
        hcParty: { identifier: [{ type: 'nihii', value: '62045158' }], qualificationCode: 'orgpharmacy' },
      }),
    });
    expect(created.status).toBe(201);
    await first.close();
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).exclusions.length).toBeGreaterThan(0);
    expect(existsSync(`${dataFile}.${process.pid}.tmp`)).toBe(false);

    const second = await startTestSandbox({ dataFile, signingKey: first.signingKey });
    try {
      const list = await fetch(`${second.apiUrl}/therapeuticExclusions/85071412330?hcPartyNihii=62045158`, {
        headers: { Authorization: `Bearer ${await tokenFor(second, 'anna')}`, From: 'tests@example.org' },
      });
      expect(list.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
