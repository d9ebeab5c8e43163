// Writes docs/rules.md from the rule table in src/report/rule-help.ts (SARIF helpUri points there).
import { writeFile } from 'node:fs/promises';
import { importTs } from './import-ts.mjs';

const { RULES } = await importTs('src/report/rule-help.ts');
const intro =
  'Every rule a report can name: the SARIF `ruleId` (code scanning links each to its section here), the finding codes of the text, JSON and markdown reports, and what to do about each.';
const sections = Object.entries(RULES).map(([id, rule]) => `### ${id}\n\n**${rule.title}.** ${rule.help}\n`);
await writeFile('docs/rules.md', `# Rules\n\n${intro}\n\n${sections.join('\n')}`);
