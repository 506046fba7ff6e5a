import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { DEMO_PASSWORD } from '../../seed/demo-data.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext({ env: { LOGIN_FAILURES_PER_ADDRESS: '3' } }); });
afterAll(async () => { await ctx.close(); });

function login(username: string, password: string, address: string) {
  return ctx.app.inject({ method: 'POST', url: '/api/auth/staff/login', remoteAddress: address, payload: { username, password } });
}

describe('failed-login throttle per address', () => {
  it('makes an address that fails across many accounts wait, without touching other addresses', async () => {
    // Three different accounts, one wrong password each: no account gets locked, the address does.
    for (const username of ['clerk', 'hotline', 'nobody.at.all']) expect((await login(username, 'Wrong#2026x', '203.0.113.7')).statusCode).toBe(401);
    const blocked = await login('center', DEMO_PASSWORD, '203.0.113.7');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('RATE_LIMITED');
    expect(blocked.json().error.details.retryAfterSeconds).toBeGreaterThan(800);
    expect((await login('center', DEMO_PASSWORD, '198.51.100.9')).statusCode).toBe(200);
    // Successful logins do not count: a hall behind one address can log everyone in.
    for (let i = 0; i < 4; i += 1) expect((await login('admin', DEMO_PASSWORD, '192.0.2.44')).statusCode).toBe(200);
  });
});
