import type { ExtractResult } from './core/extract.js';

/** Human-readable trace: per sentence, what was found and by which rule. */
export function explain(r: ExtractResult): string {
  const lines: string[] = [];
  const d = r.document;
  lines.push(`document ${d.id}  language=${d.language ?? '?'}  published=${d.published ?? '?'}`);
  lines.push(`title: ${d.title ?? ''}`);
  const rd = r.reading;
  if (!rd) return lines.join('\n') + '\n(no language pack: nothing read)\n';
  for (const s of rd.sentences) {
    lines.push('', `[${s.index}] ${s.text}`);
    const inS = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= s.start && x.end <= s.end);
    for (const n of inS(rd.numbers)) lines.push(`   number  "${d.text.slice(n.start, n.end)}" = ${n.value} ${n.qualifier}  (${n.rule})`);
    for (const t of inS(rd.dates)) lines.push(`   date    "${d.text.slice(t.start, t.end)}" = ${t.date ?? '?'} p${t.precision}${t.since ? ' since' : ''}${t.future ? ' future' : ''}  (${t.rule})`);
    for (const p of inS(rd.places)) lines.push(`   place   "${p.text}" = ${p.name}, ${p.country ?? '?'} [${p.kind}] ${p.lat ?? '?'},${p.lon ?? '?'}  (${p.rule})`);
    for (const a of inS(rd.actors)) lines.push(`   actor   "${a.text}" = ${a.name} [${a.type}/${a.kind}] ${a.country ?? ''}  (${a.rule})`);
    for (const e of r.events.filter((e) => e.evidence.some((v) => v.start <= s.start && v.end >= s.end))) {
      lines.push(`   EVENT   ${e.event_type} / ${e.sub_event_type} ${e.modality} ${e.date ?? '?'} @ ${e.location?.name ?? '?'}  (${e.rule ?? ''})`);
    }
  }
  for (const t of r.tallies) lines.push(`TALLY ${t.count} ${t.outcome} ${t.group} since ${t.since ?? '?'} by ${t.claimant?.name ?? 'outlet'}  (${t.rule ?? ''})`);
  return lines.join('\n') + '\n';
}
