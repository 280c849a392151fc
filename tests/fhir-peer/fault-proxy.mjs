// A small fault-injecting HTTP proxy in front of the test peer, for the sync tests:
// timeouts (slow answers), 500s, dropped connections, truncated and malformed JSON.
//
//   node fault-proxy.mjs --target http://127.0.0.1:PORT [--port N]
//
// Prints "listening <port>". POST /$faults?rate=0.3&seed=7 sets the share of requests
// that fail (0 stops the faults); GET /$faults tells what was injected so far.
// POST /$redirect?to=http://127.0.0.1:OTHER answers every later request with a 307 to the same
// path there (empty `to`: stops). GET /$seen lists what reached this proxy (method, path, the
// Authorization header and the body): a redirect's target tells what a client sent it.
// POST /$answers?mode=slowloris answers every later request with headers, then one byte every
// 200 ms, never ending; mode=huge&mb=N with a JSON answer of N MB, streamed; mode= (empty) stops.
import http from 'node:http';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const target = new URL(option('--target', 'http://127.0.0.1:8080'));
const port = Number(option('--port', '0'));
const kinds = ['status500', 'drop-before', 'drop-after', 'truncate', 'malformed', 'slow'];
let rate = 0;
let seed = 1;
const injected = Object.fromEntries(kinds.map((k) => [k, 0]));
let redirectTo = '';
let answerMode = '';
let hugeMb = 0;
const seen = [];

function random() {
  // mulberry32: the same seed gives the same faults
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function forward(req, body, done) {
  const upstream = http.request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
    (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done(res.statusCode, res.headers, Buffer.concat(chunks)));
    },
  );
  upstream.on('error', () => done(502, {}, Buffer.from('{"resourceType":"OperationOutcome"}')));
  upstream.end(body);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const url = new URL(req.url, 'http://proxy');
    if (url.pathname === '/$faults') {
      if (req.method === 'POST') {
        rate = Number(url.searchParams.get('rate') ?? '0');
        seed = Number(url.searchParams.get('seed') ?? '1');
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ rate, injected }));
    }
    if (url.pathname === '/$redirect' && req.method === 'POST') {
      redirectTo = url.searchParams.get('to') ?? '';
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ redirectTo }));
    }
    if (url.pathname === '/$answers' && req.method === 'POST') {
      answerMode = url.searchParams.get('mode') ?? '';
      hugeMb = Number(url.searchParams.get('mb') ?? '0');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ answerMode, hugeMb }));
    }
    if (url.pathname === '/$seen') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(seen));
    }
    seen.push({ method: req.method, path: req.url, authorization: req.headers.authorization ?? '', body: body.toString('utf8') });
    if (redirectTo) {
      res.writeHead(307, { Location: redirectTo + req.url });
      return res.end();
    }
    if (answerMode === 'slowloris') {
      res.writeHead(200, { 'Content-Type': 'application/fhir+json' });
      const drip = setInterval(() => res.write(' '), 200);
      res.on('close', () => clearInterval(drip));
      return undefined;
    }
    if (answerMode === 'huge') {
      res.writeHead(200, { 'Content-Type': 'application/fhir+json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let left = hugeMb;
      res.write('{"resourceType":"Bundle","type":"searchset","entry":[]');
      const more = () => {
        while (left > 0) {
          left--;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        res.end('}');
        return undefined;
      };
      res.on('close', () => { left = 0; });
      return more();
    }
    const fault = random() < rate ? kinds[Math.floor(random() * kinds.length)] : undefined;
    if (fault) injected[fault]++;
    if (fault === 'status500') {
      res.writeHead(500, { 'Content-Type': 'application/fhir+json' });
      return res.end('{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception"}]}');
    }
    if (fault === 'drop-before') return req.socket.destroy();
    forward(req, body, (status, headers, answer) => {
      if (fault === 'drop-after') return req.socket.destroy(); // the server did it; the client never hears
      const copy = { ...headers };
      delete copy['content-length'];
      delete copy['transfer-encoding'];
      if (fault === 'truncate') {
        res.writeHead(status, copy);
        return res.end(answer.subarray(0, Math.floor(answer.length / 2)));
      }
      if (fault === 'malformed') {
        res.writeHead(status, copy);
        return res.end('{"resourceType": "Bundle", "entry": [ oops');
      }
      const send = () => {
        res.writeHead(status, copy);
        res.end(answer);
      };
      if (fault === 'slow') return setTimeout(send, 1500); // longer than the tests' 1 s timeout
      send();
    });
  });
});

server.listen(port, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
