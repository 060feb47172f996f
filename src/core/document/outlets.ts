/** Outlet names by registrable domain, for `document.source` when the page does not name itself. */
const OUTLETS: Record<string, string> = {
  'kumparan.com': 'kumparan', 'detik.com': 'detikcom', 'kompas.com': 'Kompas.com', 'kompas.id': 'Kompas',
  'tempo.co': 'Tempo', 'cnnindonesia.com': 'CNN Indonesia', 'antaranews.com': 'ANTARA', 'tribunnews.com': 'Tribunnews',
  'okezone.com': 'Okezone', 'liputan6.com': 'Liputan6', 'republika.co.id': 'Republika', 'suara.com': 'Suara.com',
  'cnbcindonesia.com': 'CNBC Indonesia', 'thejakartapost.com': 'The Jakarta Post', 'jawapos.com': 'Jawa Pos',
  'sindonews.com': 'SINDOnews', 'viva.co.id': 'VIVA', 'idntimes.com': 'IDN Times', 'merdeka.com': 'Merdeka.com',
  'jpnn.com': 'JPNN', 'inews.id': 'iNews', 'bbc.com': 'BBC', 'bbc.co.uk': 'BBC', 'reuters.com': 'Reuters',
  'apnews.com': 'AP', 'aljazeera.com': 'Al Jazeera', 'aljazeera.net': 'Al Jazeera', 'cnn.com': 'CNN',
  'nytimes.com': 'The New York Times', 'theguardian.com': 'The Guardian', 'washingtonpost.com': 'The Washington Post',
  'france24.com': 'France 24', 'voanews.com': 'VOA', 'dw.com': 'DW', 'aa.com.tr': 'Anadolu Agency', 'afp.com': 'AFP',
  'thehindu.com': 'The Hindu', 'bernama.com': 'Bernama', 'utusan.com.my': 'Utusan Malaysia', 'bharian.com.my': 'Berita Harian',
  'hmetro.com.my': 'Harian Metro', 'sinarharian.com.my': 'Sinar Harian', 'thestar.com.my': 'The Star',
  'malaysiakini.com': 'Malaysiakini', 'astroawani.com': 'Astro Awani', 'straitstimes.com': 'The Straits Times',
};

const OUTLET_NAMES = new Set(Object.values(OUTLETS).map((n) => n.toLowerCase()));

/** A line that is only an outlet's name ("The Jakarta Post", "Kompas.com"). */
export function isOutletName(s: string, extra: string | null = null): boolean {
  const l = s.trim().toLowerCase();
  return OUTLET_NAMES.has(l) || (!!extra && extra.toLowerCase() === l);
}

/** Multi-label public suffixes the outlets above use. */
const SECOND_LEVEL = /\.(?:co|com|or|ac|go|net|org|gov|sch|web|my|biz)\.[a-z]{2}$/;

/** The host of a URL without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\d?\./, '') : null;
}

/** The outlet behind a URL: a known name ("Kompas.com" for regional.kompas.com), else the bare domain. */
export function outletFromUrl(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.split('.');
  const keep = SECOND_LEVEL.test(host) ? 3 : 2;
  const registrable = labels.slice(-keep).join('.');
  return OUTLETS[host] ?? OUTLETS[registrable] ?? registrable;
}
