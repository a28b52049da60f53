#!/usr/bin/env node
// Derives the embedded story pack (public/stories/witkoff-leak.json) from the captures in ../shared/seeds.
// Run once when the seeds change: `node scripts/build-seed-pack.mjs`. The pack is committed as data, so the
// extension and CI never need ../shared to run. The metadata comes from ../shared/seeds/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = join(root, '..', 'shared', 'seeds');

/** Cuts a capture down to the article: from the line after `after` up to the line before `before`. */
function between(text, after, before) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const start = after ? lines.findIndex((l) => l.trim() === after) + 1 : 0;
  const end = before ? lines.findIndex((l) => l.trim() === before) : lines.length;
  if (start < 0 || end < 0 || end <= start) throw new Error(`markers not found: ${after} / ${before}`);
  return lines.slice(start, end).join('\n').trim();
}

const read = (file) => readFileSync(join(seeds, file), 'utf8');

// 000 is a capture of the Overview app: its logo, image caption, outlet/country/date labels and section list
// come before the article, and an app-store promotion after it. The headline is the fourth line.
const raw000 = read('000_5f6fa893fbc90bad.txt');
const title000 = raw000.split('\n')[3].trim();

const pack = {
  format: 'sidelight-story-pack',
  version: 1,
  story: {
    id: 'witkoff-leak',
    title: 'Who leaked the Witkoff–Ushakov calls',
    description:
      'November 2025: who may have leaked the recordings Bloomberg published of calls between Trump envoy Steve Witkoff and Kremlin aide Yuri Ushakov.',
  },
  articles: [
    {
      id: '000_5f6fa893fbc90bad',
      outlet: 'UNIAN',
      url: 'https://www.overviewpress.com/articleExpanded/cKzPU37h6SoMMoiCoahSSH/11-27-2025-1/who-drained-witkoff-s-conversation-with-advice-for-the-kremlin-analysis-by-the-guardian',
      title: title000,
      date: '2025-11-26',
      language: 'en',
      text: between(raw000, "Ukraine's Military and Negotiation Details", 'Get the full experience in the app'),
      note: 'English translation shown by the Overview news app; retells an analysis by The Guardian.',
    },
    {
      id: '002_f24f5414ffbe457d',
      outlet: 'Capital Post',
      url: 'https://capitalpost.uk/politics/political-scandals/leaked-calls-reveal-trump-aides-kremlin-advice.html',
      date: '2025-11',
      language: 'en',
      text: read('002_f24f5414ffbe457d.txt').trim(),
    },
    {
      id: '004_bd9b67b97656ee16',
      outlet: 'Insider',
      url: 'https://insider.uk.com/?p=3466',
      date: '2025-11',
      language: 'en',
      text: read('004_bd9b67b97656ee16.txt').trim(),
    },
  ],
};

const out = join(root, 'public', 'stories', 'witkoff-leak.json');
writeFileSync(out, JSON.stringify(pack, null, 2) + '\n');
console.log(`wrote ${out}: ${pack.articles.length} articles`);
