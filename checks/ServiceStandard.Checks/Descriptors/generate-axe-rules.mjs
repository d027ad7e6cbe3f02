// Regenerates axe-rules.json: the metadata of every rule of the axe-core version that
// Deque.AxeCore.Commons bundles, with its Spanish help, for `servicestandard checks list`.
// Usage: node generate-axe-rules.mjs <path to an unpacked axe-core package of that version>
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node generate-axe-rules.mjs <axe-core package folder>');
  process.exit(2);
}
const axe = createRequire(import.meta.url)(join(dir, 'axe.js'));
const es = JSON.parse(readFileSync(join(dir, 'locales', 'es.json'), 'utf8'));
// ACT rules an axe rule implements that axe's own metadata does not list (W3C's implementation
// reports for axe-core list them).
const moreActIds = { 'summary-name': ['2t702h'] };
const rules = axe.getRules().map((r) => ({
  id: r.ruleId,
  // The rule's default impact; a single result may carry another.
  impact: axe._audit.rules.find((x) => x.id === r.ruleId)?.impact ?? 'moderate',
  help: { en: r.help, es: es.rules?.[r.ruleId]?.help ?? r.help },
  description: { en: r.description, es: es.rules?.[r.ruleId]?.description ?? r.description },
  helpUrl: r.helpUrl,
  tags: r.tags,
  actIds: [...(r.actIds ?? []), ...(moreActIds[r.ruleId] ?? [])],
}));
writeFileSync(new URL('./axe-rules.json', import.meta.url), JSON.stringify({ axeVersion: axe.version, rules }, null, 2) + '\n');
console.log(`axe ${axe.version}: ${rules.length} rules`);
