import type { ExtractResult } from './core/extract.js';
import { packFor } from './lang/index.js';
import { scanNumbers } from './core/numbers/index.js';

/**
 * Human-readable trace of one extraction: per sentence (with its paragraph and offsets), every
 * number read as a count (value, qualifier, counted noun, rule), every number left out and why
 * (year, time, money, age, …), every date (resolved date, precision, since/future/background,
 * rule), places, actors, and the events and tallies built from them. A summary closes it.
 */
export function explain(r: ExtractResult): string {
  const lines: string[] = [];
  const d = r.document;
  lines.push(`document ${d.id}  language=${d.language ?? '?'}  published=${d.published ?? '?'}`);
  lines.push(`title: ${d.title ?? ''}`);
  const rd = r.reading;
  if (!rd) return lines.join('\n') + '\n(no language pack: nothing read)\n';
  const pack = packFor(d.language);
  const q = (s: string) => JSON.stringify(s);
  let skippedTotal = 0;
  for (const s of rd.sentences) {
    lines.push('', `[${s.index}] ¶${s.paragraph} ${s.start}-${s.end}  ${s.text}`);
    const inS = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= s.start && x.end <= s.end);
    for (const n of inS(rd.numbers)) {
      const range = n.max !== undefined ? `–${n.max}` : '';
      const noun = n.noun ? `  noun=${n.noun}` : '';
      lines.push(`   number  ${q(d.text.slice(n.start, n.end))} = ${n.value}${range} ${n.qualifier}${noun}  (${n.rule})`);
    }
    if (pack) {
      for (const k of scanNumbers(d.text, s, pack).skipped) {
        skippedTotal++;
        lines.push(`   skip    ${q(d.text.slice(k.start, k.end))} not a count: ${k.reason}  (${k.rule})`);
      }
    }
    for (const t of inS(rd.dates)) {
      const flags = [t.since ? 'since' : '', t.future ? 'future' : '', t.background ? 'background' : '', t.partOfDay ?? '', t.relative ? 'relative' : '']
        .filter(Boolean).join(' ');
      lines.push(`   date    ${q(d.text.slice(t.start, t.end))} = ${t.date ?? '?'} p${t.precision}${flags ? ' ' + flags : ''}  (${t.rule})`);
    }
    for (const p of inS(rd.places)) lines.push(`   place   ${q(p.text)} = ${p.name}, ${p.country ?? '?'} [${p.kind}] ${p.lat ?? '?'},${p.lon ?? '?'}  (${p.rule})`);
    for (const a of inS(rd.actors)) lines.push(`   actor   ${q(a.text)} = ${a.name} [${a.type}/${a.kind}] ${a.country ?? ''}  (${a.rule})`);
    for (const c of rd.casualties.filter((c) => c.sentence === s.index)) {
      lines.push(`   claim   ${c.count} ${c.qualifier} ${c.outcome} ${c.group}${c.tally ? ' tally' : ''}${c.breakdown ? ' breakdown' : ''} by ${c.claimant?.name ?? 'outlet'}  (${c.rule})`);
    }
    for (const e of r.events.filter((e) => e.evidence.some((v) => v.start <= s.start && v.end >= s.end))) {
      lines.push(`   EVENT   ${e.event_type} / ${e.sub_event_type} ${e.modality} ${e.date ?? '?'} @ ${e.location?.name ?? '?'}  (${e.rule ?? ''})`);
    }
  }
  for (const t of r.tallies) lines.push(`TALLY ${t.count} ${t.outcome} ${t.group} since ${t.since ?? '?'} by ${t.claimant?.name ?? 'outlet'}  (${t.rule ?? ''})`);
  lines.push('', `summary: ${rd.sentences.length} sentences, ${rd.numbers.length} counts (${skippedTotal} numbers not counted), ${rd.dates.length} dates, ` +
    `${rd.places.length} places, ${rd.actors.length} actors, ${rd.casualties.length} casualty figures, ${r.events.length} events, ${r.tallies.length} tallies`);
  return lines.join('\n') + '\n';
}
