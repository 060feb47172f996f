import type { EventPack, TriggerRule } from '../../core/events/types.js';
import { idClaimantLabels, idLexicons, idTriggers } from '../id/events.js';

/**
 * Malay event triggers: Indonesian's, plus the words Malay uses instead (polis, tunjuk
 * perasaan, rusuhan, terkorban, pengganas, bersurai, letupan, dirogol, himpunan).
 */
const add = (id: string, sub: TriggerRule['sub'], patterns: string[], extra: Partial<TriggerRule> = {}): TriggerRule => ({ id: `ms/event/${id}`, sub, patterns, ...extra });

const msTriggers: TriggerRule[] = [
  add('himpunan', 'Peaceful protest', ['himpunan', 'perhimpunan', 'berhimpun', 'tunjuk perasaan', 'penunjuk perasaan', 'bantahan', 'perarakan', 'piket'], { protest: true }),
  add('suraikan', 'Protest with intervention', ['disuraikan', 'menyuraikan', 'gas pemedih mata', 'meriam air', 'bergelut'], {}),
  // A brawl between groups is mob violence, not a demonstration ("dua kumpulan remaja terlibat dalam rusuhan").
  add('pergaduhan', 'Mob violence', ['pergaduhan', 'bergaduh', 'dua kumpulan ~4 rusuhan|bergaduh|bertempur|bertelagah|bergasak', 'rusuhan ~ antara|melibatkan ~2 kumpulan', 'samseng ~ menyerang|membelasah|memukul', 'dipukul beramai-ramai', 'dibelasah beramai-ramai'], { weight: 6.5 }),
  add('rusuhan', 'Violent demonstration', ['rusuhan', 'merusuh', 'perusuh', 'huru hara']),
  add('bertempur-latar', 'Armed clash', ['bertempur', 'pertempuran'], { weight: 5.5, unless: ['descriptiveFighting'] }),
  add('bertempur', 'Armed clash', ['berbalas tembakan', 'berbalas tembak', 'berbalas-balas tembakan', 'tembak menembak', 'serang balas', 'terkorban ~ @military', '@military ~1 terkorban', 'penceroboh'], { weight: 5.5 }),
  // "operasi keselamatan", "operasi tentera": an operation is told, not a fight: it joins a fight told and
  // makes none; the command named after one ("Komando Operasi Keselamatan Dalam Negeri (ISOC)") not even that.
  add('operasi', 'Armed clash', ['operasi ~ tentera|keselamatan'], { weak: true, joinOnly: true, unless: ['securityCommand'] }),
  add('letupan', 'Remote explosive/landmine/IED', ['letupan', 'meletup', 'diletupkan'], { weak: true }),
  add('letupan-bom', 'Remote explosive/landmine/IED', ['bom ~ meletup|diletupkan|diletak|ditanam', 'letupan bom', 'bom buatan sendiri', 'bom tepi jalan', 'periuk api', 'alat letupan'], { unless: ['disaster'] }),
  add('rampas-senjata', 'Disrupted weapons use', ['merampas ~5 @weapons', 'dirampas', 'rampasan ~ @weapons', '@weapons ~5 dirampas'], { weight: 7.5 }),
  add('udara', 'Air/drone strike', ['menggugurkan ~ bom', 'bom ~ digugurkan', 'jet pejuang', 'pesawat pejuang', 'pesawat tanpa pemandu', 'pesawat tanpa juruterbang'], { weight: 8 }),
  add('rogol', 'Sexual violence', ['dirogol', 'merogol', 'rogol', 'cabul', 'mencabul'], { passive: true }),
  add('ditahan', 'Arrests', ['ditahan', 'menahan', 'penahanan', 'ditangkap', 'diberkas', 'reman'], { passive: true }),
  add('rundingan', 'Other', ['rundingan', 'berunding', 'perbincangan', 'mesyuarat', 'lawatan', 'sidang kemuncak'], { plannedOnly: true }),
  add('dibunuh', 'Attack', ['dibunuh', 'membunuh', 'pembunuhan', 'ditembak mati', 'dibelasah'], { weight: 5.3, passive: true }),
];

const msLexicons: Record<string, string[]> = {
  ...idLexicons,
  planned: [...idLexicons.planned!, 'esok', 'minggu hadapan', 'bulan hadapan', 'dijangka', 'dijadual'],
  police: [...idLexicons.police!, 'polis', 'pdrm', 'fru', 'tentera', 'atm'],
  military: [...idLexicons.military!, 'tentera', 'komando', 'vat', 'pasukan', 'anggota'],
  armed: [...idLexicons.armed!, 'pengganas', 'penceroboh', 'militan'],
  protestContext: [...idLexicons.protestContext!, 'himpunan', 'perhimpunan', 'tunjuk perasaan', 'penunjuk perasaan', 'peserta'],
  denial: [...idLexicons.denial!, 'menafikan', 'dinafikan', 'menolak dakwaan'],
  negation: [...idLexicons.negation!, 'tiada', 'bukan'],
  // Malay "apabila" is "when" ("cedera apabila sebutir bom meletup"), not "if".
  // A charge under the penal code names the offence, not an incident: 'disiasat mengikut Seksyen 148 … kerana merusuh'.
  hypothetical: [...idLexicons.hypothetical!.filter((w) => w !== 'apabila' && w !== 'pasal'), 'seksyen', 'disiasat mengikut', 'didakwa mengikut'],
  conditional: idLexicons.conditional!.filter((w) => w !== 'apabila' && w !== 'bilamana'),
  attackOf: [...idLexicons.attackOf!, 'serangan peluru berpandu', 'pencerobohan', 'serangan bom', 'letupan bom', 'tembakan mortar'],
  // Bernama and the dailies call the dateline's town "here": "di Dataran Merdeka, di sini", "dekat sini".
  here: ['di sini', 'dekat sini', 'berhampiran sini', 'sekitar sini', 'di pinggir bandar ini'],
  nearHere: ['dekat sini', 'berhampiran sini', 'sekitar sini', 'di pinggir bandar ini'],
  securityCommand: ['operasi keselamatan dalam negeri', 'isoc', 'komando operasi'],
  descriptiveFighting: [...idLexicons.descriptiveFighting!, 'di tengah-tengah ~3 pertempuran', 'serangan ~5 (semasa|ketika|sewaktu) ~2 pertempuran', '(melarikan diri|menyelamatkan diri|berpindah) ~3 pertempuran'],
  another: [...idLexicons.another!, 'berasingan', 'kejadian berasingan', 'insiden berasingan', 'kes berasingan'],
};

export const msEvents: EventPack = {
  code: 'ms',
  triggers: [...idTriggers, ...msTriggers],
  lexicons: { ...msLexicons, activePrefix: ['me'], pronoun: ['dia', 'ia', 'beliau', 'mereka', 'nya', 'pihaknya'] },
  claimantLabels: {
    ...idClaimantLabels,
    'ketua polis daerah': 'the district police chief',
    'ketua polis negeri': 'the state police chief',
    'ketua polis': 'the police chief',
    polis: 'the police',
    jurucakap: 'a spokesperson',
    'kumpulan penganjur': 'the organisers',
    'pihak berkuasa': 'the authorities',
    kerajaan: 'the government',
    'media tempatan': 'local media',
  },
};
