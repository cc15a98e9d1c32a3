// The portal's first load on localhost, as a new visitor sees it: each load in a fresh browser
// context (empty cache), in Debian's Chromium. Prints DOMContentLoaded, load, first contentful
// paint and the bytes transferred, as p50/p90/max over the runs.
//
//   npm start &   # or any gateway serving the portal
//   npm run bench:portal -- [--url http://127.0.0.1:3000/] [--runs 20]
import { chromium } from 'playwright-core';
import { ms, summarize } from './percentiles';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

interface LoadTimes {
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number;
  transferredBytes: number;
}

async function main(): Promise<void> {
  const url = option('url', 'http://127.0.0.1:3000/');
  const runs = Number(option('runs', '20'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const samples: LoadTimes[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // The sign-in page is the first screen: wait until the app has rendered it.
      await page.locator('main').waitFor();
      samples.push(
        await page.evaluate(() => {
          // The browser's Performance API (this file compiles without the DOM library).
          interface Entry {
            startTime: number;
            transferSize: number;
            domContentLoadedEventEnd: number;
            loadEventEnd: number;
          }
          const perf = (globalThis as unknown as { performance: { getEntriesByType(type: string): Entry[]; getEntriesByName(name: string): Entry[] } }).performance;
          const navigation = perf.getEntriesByType('navigation')[0]!;
          const paint = perf.getEntriesByName('first-contentful-paint')[0];
          const resources = perf.getEntriesByType('resource');
          return {
            domContentLoaded: navigation.domContentLoadedEventEnd,
            load: navigation.loadEventEnd,
            firstContentfulPaint: paint ? paint.startTime : Number.NaN,
            transferredBytes: navigation.transferSize + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
          };
        }),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const line = (name: string, values: number[], format: (value: number) => string) => {
    const summary = summarize(values.filter((value) => Number.isFinite(value)));
    console.log(`${name.padEnd(24)} p50 ${format(summary.p50).padStart(10)}   p90 ${format(summary.p90).padStart(10)}   max ${format(summary.max).padStart(10)}`);
  };
  console.log(`portal first load, ${runs} cold loads of ${url} (fresh context each, Chromium headless)`);
  line('DOMContentLoaded', samples.map((sample) => sample.domContentLoaded), ms);
  line('first contentful paint', samples.map((sample) => sample.firstContentfulPaint), ms);
  line('load', samples.map((sample) => sample.load), ms);
  line('transferred', samples.map((sample) => sample.transferredBytes), (bytes) => `${(bytes / 1024).toFixed(1)} kB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
