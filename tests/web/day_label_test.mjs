// The web story's day labels, without a browser: `placeline export --html` for the sample corpus,
// then the page script's dayLabel function run in Node on days before and after 1 AD. Years
// before 1 AD read as the window's time axis reads them ("44 BC"), not as JavaScript's
// expanded ISO years ("-000043-03-15").
// Usage: node day_label_test.mjs PLACELINE_EXE CORPUS
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [exe, corpus] = process.argv.slice(2);
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'placeline-labels-'));
const failures = [];
const check = (ok, what) => { console.log((ok ? 'ok   ' : 'FAIL ') + what); if (!ok) failures.push(what); };
try {
  execFileSync(exe, ['export', '--html', site, corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
  const script = fs.readFileSync(path.join(site, 'story.js'), 'utf8');
  const source = script.match(/const dayLabel = \(d\) => \{[\s\S]*?\n  \};/);
  check(!!source, 'story.js defines dayLabel');
  if (source) {
    const epoch = Date.parse('1970-01-01T00:00:00Z');
    const dayLabel = new Function('epoch', source[0] + '\nreturn dayLabel;')(epoch);
    // Days since 1970-01-01 of a civil date, the proleptic Gregorian calendar (year 0 is 1 BC).
    const day = (y, m, d) => { const t = new Date(Date.UTC(2000, m - 1, d)); t.setUTCFullYear(y); return Math.round((t - epoch) / 86400000); };
    check(dayLabel(day(2023, 9, 19)) === '2023-09-19', `2023-09-19 is ${dayLabel(day(2023, 9, 19))}`);
    check(dayLabel(day(1, 1, 1)) === '0001-01-01', `1 AD is ${dayLabel(day(1, 1, 1))}`);
    check(dayLabel(day(-43, 3, 15)) === '15 Mar 44 BC', `the Ides of March 44 BC is ${dayLabel(day(-43, 3, 15))}`);
    check(dayLabel(day(-499, 1, 1)) === '1 Jan 500 BC', `1 January 500 BC is ${dayLabel(day(-499, 1, 1))}`);
    check(dayLabel(day(0, 12, 31)) === '31 Dec 1 BC', `the last day of 1 BC is ${dayLabel(day(0, 12, 31))}`);
  }
} finally {
  fs.rmSync(site, { recursive: true, force: true });
}
if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
