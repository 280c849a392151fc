// The peer's sign-in, after Medplum's OAuth2 endpoints (packages/server/src/oauth):
//   GET  /oauth2/authorize   authorization code with PKCE (S256 only); the configured test
//                            user is approved at once, as if they had signed in on the page
//   POST /oauth2/token       authorization_code (+ code_verifier), refresh_token (rotated),
//                            client_credentials (client secret in the body or HTTP Basic)
//   POST /oauth2/revoke      RFC 7009: a refresh token revokes its access tokens too
//   GET  {base}/.well-known/smart-configuration and /.well-known/openid-configuration
// Access and refresh tokens are opaque random strings kept in memory.
import crypto from 'node:crypto';

function randomToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url');
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function text(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(body);
}

function oauthError(res, status, error, description) {
  json(res, status, { error, error_description: description });
}

// RFC 8252 7.3: a loopback redirect may use any port; scheme, host and path are exact.
function loopbackRedirectAllowed(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.pathname === '/' && !url.search && !url.hash && url.port !== '';
}

export class OAuthServer {
  constructor({ base, accessLifetimeS, refreshLifetimeS, publicClient, confidentialClient, user }) {
    this.base = base;
    this.accessLifetimeS = accessLifetimeS;
    this.refreshLifetimeS = refreshLifetimeS;
    this.publicClient = publicClient;
    const [id, secret] = confidentialClient.split(':');
    this.confidential = { id, secret };
    this.user = user;
    this.codes = new Map(); // code -> {clientId, redirectUri, challenge, expires, used}
    this.access = new Map(); // token -> {clientId, subject, expires, refresh, revoked}
    this.refresh = new Map(); // token -> {clientId, subject, scope, expires, revoked}
    this.resetStats();
  }

  resetStats() {
    this.stats = { authorization_code: 0, refresh_token: 0, client_credentials: 0, refused: 0, unauthorized: 0, revoked: 0 };
  }

  // Whether the request carries a valid access token; counts the refusals.
  authenticated(req) {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (\S+)$/.exec(header);
    const entry = match ? this.access.get(match[1]) : undefined;
    if (!entry || entry.revoked || entry.expires <= Date.now()) {
      this.stats.unauthorized++;
      return false;
    }
    return true;
  }

  discovery(origin) {
    return {
      issuer: origin + '/',
      authorization_endpoint: origin + '/oauth2/authorize',
      token_endpoint: origin + '/oauth2/token',
      revocation_endpoint: origin + '/oauth2/revoke',
      grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      capabilities: ['client-public', 'client-confidential-symmetric', 'permission-offline'],
    };
  }

  issue(clientId, subject, scope, withRefresh) {
    const now = Date.now();
    const access = randomToken();
    let refresh;
    if (withRefresh) {
      refresh = randomToken(48);
      this.refresh.set(refresh, { clientId, subject, scope, expires: now + this.refreshLifetimeS * 1000, revoked: false });
    }
    this.access.set(access, { clientId, subject, expires: now + this.accessLifetimeS * 1000, refresh, revoked: false });
    const body = { token_type: 'Bearer', access_token: access, expires_in: this.accessLifetimeS, scope: scope ?? '' };
    if (refresh) {
      body.refresh_token = refresh;
    }
    return body;
  }

  // Answers the sign-in and test-hook paths; false for anything else.
  async handle(req, res, url, raw) {
    const origin = `http://${req.headers.host}`;
    const path = url.pathname;
    if (req.method === 'GET' && (path === '/.well-known/openid-configuration' || path === '/.well-known/smart-configuration' || path === `${this.base}/.well-known/smart-configuration`)) {
      json(res, 200, this.discovery(origin));
      return true;
    }
    if (path === '/$auth-stats' && req.method === 'GET') {
      json(res, 200, this.stats);
      return true;
    }
    if (path === '/$expire-tokens' && req.method === 'POST') {
      for (const entry of this.access.values()) {
        entry.expires = 0;
      }
      json(res, 200, { expired: this.access.size });
      return true;
    }
    if (path === '/$revoke-all' && req.method === 'POST') {
      for (const entry of [...this.access.values(), ...this.refresh.values()]) {
        entry.revoked = true;
      }
      json(res, 200, { revoked: this.access.size + this.refresh.size });
      return true;
    }
    if (path === '/oauth2/authorize' && req.method === 'GET') {
      this.authorize(res, url.searchParams);
      return true;
    }
    if (path === '/oauth2/token' && req.method === 'POST') {
      this.token(req, res, raw);
      return true;
    }
    if (path === '/oauth2/revoke' && req.method === 'POST') {
      const form = new URLSearchParams(raw.toString('utf8'));
      this.revoke(form.get('token') ?? '');
      json(res, 200, {});
      return true;
    }
    return false;
  }

  authorize(res, q) {
    if (q.get('response_type') !== 'code') {
      return text(res, 400, 'Unsupported response type');
    }
    if (q.get('client_id') !== this.publicClient) {
      return text(res, 400, 'Client not found');
    }
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!loopbackRedirectAllowed(redirectUri)) {
      return text(res, 400, 'Mismatched redirect_uri');
    }
    const state = q.get('state');
    const back = (params) => {
      const target = new URL(redirectUri);
      for (const [k, v] of Object.entries(params)) {
        target.searchParams.append(k, v);
      }
      if (state) {
        target.searchParams.append('state', state);
      }
      res.writeHead(302, { Location: target.toString() });
      res.end();
    };
    if (!state) {
      return back({ error: 'invalid_request', error_description: 'Missing state' });
    }
    const challenge = q.get('code_challenge') ?? '';
    if (q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
      return back({ error: 'invalid_request', error_description: 'PKCE with S256 is required' });
    }
    const code = randomToken();
    this.codes.set(code, { clientId: this.publicClient, redirectUri, challenge, scope: q.get('scope') ?? '', expires: Date.now() + 60000, used: false });
    back({ code });
  }

  token(req, res, raw) {
    const form = new URLSearchParams(raw.toString('utf8'));
    let clientId = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic (\S+)$/.exec(req.headers.authorization ?? '');
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      clientId = decodeURIComponent(decoded.slice(0, colon));
      secret = decodeURIComponent(decoded.slice(colon + 1));
    }
    const refuse = (status, error, description) => {
      this.stats.refused++;
      oauthError(res, status, error, description);
    };
    switch (form.get('grant_type')) {
      case 'authorization_code': {
        const entry = this.codes.get(form.get('code') ?? '');
        if (!entry || entry.used || entry.expires <= Date.now()) {
          return refuse(400, 'invalid_grant', 'Invalid or expired code');
        }
        entry.used = true; // once only, right or wrong
        if (clientId !== entry.clientId) {
          return refuse(400, 'invalid_grant', 'Wrong client');
        }
        if (form.get('redirect_uri') !== entry.redirectUri) {
          return refuse(400, 'invalid_grant', 'Mismatched redirect_uri');
        }
        const verifier = form.get('code_verifier') ?? '';
        const computed = crypto.createHash('sha256').update(verifier, 'ascii').digest('base64url');
        if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || computed !== entry.challenge) {
          return refuse(400, 'invalid_grant', 'Invalid code_verifier');
        }
        this.stats.authorization_code++;
        return json(res, 200, this.issue(clientId, this.user, entry.scope, true));
      }
      case 'refresh_token': {
        const token = form.get('refresh_token') ?? '';
        const entry = this.refresh.get(token);
        if (!entry || entry.revoked || entry.expires <= Date.now() || entry.clientId !== clientId) {
          return refuse(400, 'invalid_grant', 'Invalid refresh token');
        }
        entry.revoked = true; // rotated: the old one is spent
        this.stats.refresh_token++;
        return json(res, 200, this.issue(clientId, entry.subject, entry.scope, true));
      }
      case 'client_credentials': {
        if (clientId !== this.confidential.id || !secret || secret !== this.confidential.secret) {
          return refuse(401, 'invalid_client', 'Invalid client or secret');
        }
        this.stats.client_credentials++;
        return json(res, 200, this.issue(clientId, clientId, form.get('scope') ?? '', false));
      }
      default:
        return refuse(400, 'unsupported_grant_type', 'Unsupported grant_type');
    }
  }

  revoke(token) {
    const refresh = this.refresh.get(token);
    if (refresh) {
      refresh.revoked = true;
      for (const entry of this.access.values()) {
        if (entry.refresh === token) {
          entry.revoked = true;
        }
      }
      this.stats.revoked++;
    }
    const access = this.access.get(token);
    if (access) {
      access.revoked = true;
      this.stats.revoked++;
    }
  }
}
