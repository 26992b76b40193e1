// The web story in a real browser: `placeline export --html` for the sample corpus and the
// example deck, opened from the file system in headless Chromium driven over the DevTools
// protocol (--remote-debugging-pipe, no npm package). Checks: under 10 MB; the page loads with
// no console error and no network request; moving the slider changes the markers; clicking a
// place shows its passages with marked mentions; the screenshot shows a marker wherever the
// page says one is. Without Chromium it prints the skip marker, which ctest reports as a skip.
// Usage: node story_test.mjs PLACELINE_EXE CORPUS DECK
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const [exe, corpus, deck] = process.argv.slice(2);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
if (!chromium) {
  console.log('PLACELINE_TEST_SKIPPED: chromium is not installed (scripts/setup.sh installs it)');
  process.exit(0);
}
// A small PNG reader (8-bit greyscale, RGB or RGBA, not interlaced: what Chromium and stb write).
function readPng(file) {
  const buf = fs.readFileSync(file);
  let pos = 8, width = 0, height = 0, type = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos), kind = buf.toString('ascii', pos + 4, pos + 8), body = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') { width = body.readUInt32BE(0); height = body.readUInt32BE(4); type = body[9]; }
    if (kind === 'IDAT') idat.push(body);
    pos += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 6: 4, 4: 2 }[type];
  const raw = zlib.inflateSync(Buffer.concat(idat)), stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; ++i) {
      const a = i >= channels ? out[y * stride + i - channels] : 0, b = y ? out[(y - 1) * stride + i] : 0;
      const c = i >= channels && y ? out[(y - 1) * stride + i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a; else if (filter === 2) v += b; else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      out[y * stride + i] = v & 255;
    }
  }
  return { width, height, at: (x, y) => { const o = (y * width + x) * channels; return [out[o], out[o + 1], out[o + 2]]; } };
}
// Whether the marker colour (the native render's and the page's #d2452f) is within `r` pixels.
function markerNear(img, x, y, r) {
  for (let dy = -r; dy <= r; ++dy) for (let dx = -r; dx <= r; ++dx) {
    const px = Math.round(x + dx), py = Math.round(y + dy);
    if (px < 0 || py < 0 || px >= img.width || py >= img.height) continue;
    const [R, G, B] = img.at(px, py);
    if (Math.abs(R - 210) < 20 && Math.abs(G - 69) < 20 && Math.abs(B - 47) < 20) return true;
  }
  return false;
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

  // The screenshot against the native render of the same view: the map's box, all time, no
  // highlight, drawn by \`placeline render\` in Web Mercator (Leaflet's projection) at the map's
  // size. Every place the page shows in view has a marker there in both pictures.
  await evaluate(`(() => { const f = document.getElementById('from'), t = document.getElementById('to');
    f.value = f.min; t.value = t.max; t.dispatchEvent(new Event('input')); })()`);
  await evaluate('new Promise((r) => setTimeout(r, 300))');
  const view = await evaluate(`(() => { const m = window.placelineStory.map, b = m.getBounds(), size = m.getSize();
    const box = document.getElementById('map').getBoundingClientRect();
    return { w: size.x, h: size.y, left: box.x, top: box.y, west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth(),
      places: [...document.querySelectorAll('.place-marker')].map((e) => { const r = e.getBoundingClientRect();
        return [r.x + r.width / 2 - box.x, r.y + r.height / 2 - box.y]; }) }; })()`);
  const shot = await s('Page.captureScreenshot', { format: 'png' });
  fs.writeFileSync(path.join(work, 'story.png'), Buffer.from(shot.data, 'base64'));
  const web = readPng(path.join(work, 'story.png'));
  const nativeFile = path.join(work, 'native.png');
  execFileSync(exe, ['render', '--projection', 'EPSG:3857', '--size', `${view.w}x${view.h}`, '--bbox',
    [view.west, view.south, view.east, view.north].map((v) => v.toFixed(6)).join(','), '--out', nativeFile, corpus],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const native = readPng(nativeFile);
  const inside = view.places.filter(([x, y]) => x > 12 && y > 12 && x < view.w - 12 && y < view.h - 12);
  const onWeb = inside.filter(([x, y]) => markerNear(web, x + view.left, y + view.top, 3)).length;
  // Native markers of nearby places merge into clusters drawn at the cluster's leader: a wider search.
  const onNative = inside.filter(([x, y]) => markerNear(native, x, y, 14)).length;
  check(inside.length > 5 && onWeb === inside.length, `the screenshot shows every marker the page places (${onWeb} of ${inside.length})`);
  check(onNative >= inside.length * 0.9, `the native render at the same view has those places too (${onNative} of ${inside.length})`);

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
if (process.env.PLACELINE_KEEP_WEB) console.log('pictures kept in ' + work);
else try { fs.rmSync(work, { recursive: true, force: true }); } catch { /* the profile may still be closing */ }
process.exit(failures.length ? 1 : 0);
