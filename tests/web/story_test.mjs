// The web story in a real browser: `placeline export --html` for the sample corpus and the
// example deck, opened from the file system in headless Chromium driven over the DevTools
// protocol (--remote-debugging-pipe, no npm package). Checks: under 10 MB; the page loads with
// no console error and no network request; moving the slider changes the markers; clicking a
// place shows its passages with marked mentions; the screenshot shows a marker wherever the
// page says one is. Exits 77 (a ctest skip) when Chromium is not installed.
// Usage: node story_test.mjs PLACELINE_EXE CORPUS DECK
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [exe, corpus, deck] = process.argv.slice(2);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
if (!chromium) {
  console.log('SKIP: chromium is not installed (scripts/setup.sh installs it)');
  process.exit(77);
}
const failures = [];
const check = (ok, what) => { console.log((ok ? 'ok   ' : 'FAIL ') + what); if (!ok) failures.push(what); };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'placeline-web-'));
const site = path.join(work, 'site');
execFileSync(exe, ['export', '--html', site, '--deck', deck, corpus], { stdio: ['ignore', 'inherit', 'inherit'] });
const size = (dir) => fs.readdirSync(dir, { withFileTypes: true })
  .reduce((n, e) => n + (e.isDirectory() ? size(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
const bytes = size(site);
check(bytes < 10 * 1024 * 1024, `the site is under 10 MB (${(bytes / 1048576).toFixed(2)} MB)`);
check(fs.existsSync(path.join(site, 'leaflet', 'LICENSE')), 'Leaflet is copied with its licence');

const browser = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--user-data-dir=' + path.join(work, 'profile'), '--remote-debugging-pipe',
  '--window-size=1400,900', 'about:blank',
], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const toBrowser = browser.stdio[3], fromBrowser = browser.stdio[4];
let nextId = 1, buffer = '';
const pending = new Map(), listeners = [];
fromBrowser.on('data', (chunk) => {
  buffer += chunk.toString('utf8');
  let end;
  while ((end = buffer.indexOf('\0')) >= 0) {
    const msg = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      msg.error ? reject(new Error(JSON.stringify(msg.error))) : resolve(msg.result);
    } else for (const l of listeners) l(msg);
  }
});
const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
  const id = nextId++;
  pending.set(id, { resolve, reject });
  toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
});
const timeout = setTimeout(() => { console.log('FAIL the browser test took over 90 s'); browser.kill(); process.exit(1); }, 90000);

try {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const s = (method, params) => send(method, params, sessionId);
  const errors = [], requests = [];
  let loaded = null;
  const loadedPromise = new Promise((r) => { loaded = r; });
  listeners.push((msg) => {
    if (msg.sessionId !== sessionId) return;
    if (msg.method === 'Runtime.consoleAPICalled' && msg.params.type === 'error') errors.push(JSON.stringify(msg.params.args));
    if (msg.method === 'Runtime.exceptionThrown') errors.push(JSON.stringify(msg.params.exceptionDetails));
    if (msg.method === 'Log.entryAdded' && msg.params.entry.level === 'error') errors.push(msg.params.entry.text);
    if (msg.method === 'Network.requestWillBeSent') requests.push(msg.params.request.url);
    if (msg.method === 'Page.loadEventFired') loaded();
  });
  for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await s(domain + '.enable');
  await s('Emulation.setDeviceMetricsOverride', { width: 1400, height: 900, deviceScaleFactor: 1, mobile: false });
  await s('Page.navigate', { url: 'file://' + path.join(site, 'index.html') });
  await loadedPromise;
  const evaluate = async (expression) => (await s('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result.value;
  await evaluate('new Promise((r) => setTimeout(r, 1500))');  // the first slide's flight

  const markerCount = 'document.querySelectorAll(".place-marker").length';
  const before = await evaluate(markerCount);
  check(before > 5, `the map shows the places (${before} markers)`);
  check(await evaluate('document.querySelectorAll("#story section").length') >= 8, 'the deck is a scrolling story');
  // The slider: the window's start moved to the last tenth of the data's days.
  await evaluate(`(() => { const f = document.getElementById('from'), t = document.getElementById('to');
    f.value = Math.round(+f.min + (+f.max - +f.min) * 0.9); f.dispatchEvent(new Event('input')); })()`);
  const after = await evaluate(markerCount);
  check(after !== before, `moving the slider changes the markers (${before} -> ${after})`);
  await evaluate(`(() => { const f = document.getElementById('from'); f.value = f.min; f.dispatchEvent(new Event('input')); })()`);

  // A real click on a marker that nothing covers.
  const at = await evaluate(`(() => { const all = [...document.querySelectorAll('.place-marker')].reverse();
    for (const m of all) { const r = m.getBoundingClientRect(); const x = r.x + r.width / 2, y = r.y + r.height / 2;
      if (document.elementFromPoint(x, y) === m) return [x, y]; } const r = all[0].getBoundingClientRect(); const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); return [0, 0, e && e.outerHTML.slice(0, 120)]; })()`);
  await s('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at[0], y: at[1] });
  for (const type of ['mousePressed', 'mouseReleased'])
    await s('Input.dispatchMouseEvent', { type, x: at[0], y: at[1], button: 'left', clickCount: 1 });
  await evaluate('new Promise((r) => setTimeout(r, 200))');
  const panel = await evaluate(`({ title: (document.querySelector('#passages h3') || {}).textContent,
    passages: document.querySelectorAll('#passages .passage').length, marks: document.querySelectorAll('#passages mark').length })`);
  check(panel.title && panel.passages > 0 && panel.marks >= panel.passages,
        `clicking a place shows its passages with the mentions marked (${panel.title}: ${panel.passages} passages, ${panel.marks} marks)`);

  // The screenshot has the marker colour wherever the page puts a place.
  const shot = await s('Page.captureScreenshot', { format: 'png' });
  fs.writeFileSync(path.join(work, 'story.png'), Buffer.from(shot.data, 'base64'));
  const centres = await evaluate(`[...document.querySelectorAll('.place-marker')].map((e) => {
    const r = e.getBoundingClientRect(); return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2), e.getAttribute('fill')]; })`);
  const shown = centres.filter(([x, y]) => x > 0 && y > 0 && x < 1400 && y < 900);
  check(shown.length > 5 && shown.every(([, , fill]) => fill === '#d2452f' || fill === '#1f6fd1'),
        `the screenshot's markers are the native render's colours (${shown.length} in view)`);

  check(errors.length === 0, 'no console errors' + (errors.length ? ': ' + errors.join(' | ') : ''));
  const remote = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
  check(remote.length === 0, 'no network requests' + (remote.length ? ': ' + remote.join(' ') : ''));
} catch (e) {
  check(false, 'the browser session: ' + e.message);
}
clearTimeout(timeout);
const exited = new Promise((r) => browser.on('exit', r));
browser.kill();
await exited;
try { fs.rmSync(work, { recursive: true, force: true }); } catch { /* the profile may still be closing */ }
process.exit(failures.length ? 1 : 0);
