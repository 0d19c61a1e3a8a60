import { readFileSync, readdirSync, statSync } from 'node:fs';
import { parseArticle } from './lib/articles/parse-article';
import { toArticleInput } from './lib/articles/to-article-input';
import { extractArticle } from './lib/extract';
import { parseGazetteer } from './lib/extract/actors';
const [target, para] = process.argv.slice(2);
const files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith('.md')).map((f) => `${target}/${f}`) : [target];
const gazetteer = parseGazetteer(readFileSync('data/actors.yaml', 'utf8'), 'actors.yaml');
for (const file of files) {
  const article = toArticleInput(parseArticle(file, readFileSync(file, 'utf8')));
  const { events } = extractArticle(article, { gazetteer });
  for (const e of events) for (const c of e.citations) if (!para || c.paragraph === Number(para))
    console.log(`${article.slug.slice(0, 12)} ¶${c.paragraph} ${e.date.start}/${e.date.precision} [${e.signature?.family}] ${e.title} | ${e.actors.join(',')} | ${e.rules.filter((r) => r.startsWith('attach')).join(' ')}\n    “${c.quote.slice(0, 150)}”`);
}
