import { expect, type APIRequest, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './test-data.ts';

/**
 * A staff member's own API session for test setup: logged in with the session cookie, and the CSRF token that the
 * API requires on every unsafe method (read from GET /api/auth/session after login).
 */
export class StaffApi {
  readonly request: APIRequestContext;
  private readonly csrfToken: string;

  private constructor(request: APIRequestContext, csrfToken: string) {
    this.request = request;
    this.csrfToken = csrfToken;
  }

  /** Logs in with a fresh request context (own cookie jar); pass the `playwright.request` of the test. */
  static async login(apiRequest: APIRequest, baseURL: string, username: string): Promise<StaffApi> {
    const request = await apiRequest.newContext({ baseURL });
    const login = await request.post('/api/auth/staff/login', { data: { username, password: DEMO_PASSWORD } });
    expect(login.status(), `login ${username}`).toBe(200);
    const session = await request.get('/api/auth/session');
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    return new StaffApi(request, csrfToken);
  }

  async get<T>(path: string, params?: Record<string, string | number>): Promise<T> {
    const response = await this.request.get(path, params ? { params } : {});
    expect(response.status(), `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  }

  async put<T>(path: string, data: unknown): Promise<T> {
    const response = await this.request.put(path, { data, headers: { 'X-CSRF-Token': this.csrfToken } });
    expect(response.status(), `PUT ${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  async post<T>(path: string, data: unknown = {}): Promise<T> {
    const response = await this.request.post(path, { data, headers: { 'X-CSRF-Token': this.csrfToken } });
    expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  async dispose(): Promise<void> {
    await this.request.dispose();
  }
}
