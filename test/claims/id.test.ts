import { describe, expect, it } from 'vitest';
import { claims, figs } from './helpers.js';

describe('id casualty figures', () => {
  const cases: [string, string[]][] = [
    ['Tiga warga sipil tewas dalam serangan artileri di Kota Kharkiv pada Senin.', ['3 killed']],
    ['Ledakan bom di pasar itu menewaskan sedikitnya 12 orang.', ['12 killed']],
    ['Sebanyak 7 orang meninggal dunia akibat kerusuhan tersebut.', ['7 killed']],
    ['Korban tewas akibat gempa bertambah menjadi 84 orang.', ['84 killed']],
    ['Dua prajurit TNI gugur dalam kontak tembak dengan kelompok bersenjata di Intan Jaya.', ['2 killed']],
    ['Empat polisi tewas dan 11 lainnya luka-luka dalam serangan itu.', ['11 injured', '4 killed']],
    ['Sebanyak 15 mahasiswa mengalami luka-luka setelah bentrok dengan aparat.', ['15 injured']],
    // One person introduced, then a name of several words.
    ['Seorang guru honorer bernama Maria Lena Sogen tewas dalam peristiwa tersebut.', ['1 killed']],
    ['Warga Desa Sukamaju Barat tewas.', []],
    ['Korban lainnya, Ahmad Yani (45) tewas di rumah sakit.', ['1 killed']],
    // A wound named as the cause of death is no injury.
    ['Korban tewas ada tiga orang, dua di antaranya akibat luka tembak dan satu akibat luka bacok.', ['3 killed']],
    ['Dua warga mengalami luka akibat terkena peluru nyasar.', ['2 injured']],
    ['Polisi menangkap 23 orang yang diduga terlibat penjarahan.', ['23 captured']],
    ['Lima nelayan dilaporkan hilang setelah kapal mereka diserang.', ['5 missing']],
    ['Puluhan demonstran terluka akibat lemparan batu.', ['12 injured']],
    ['Serangan itu juga melukai delapan warga desa.', ['8 injured']],
    ['Tim SAR menemukan tiga jenazah di lokasi kejadian.', ['3 killed']],
    ['Aparat keamanan menembak mati dua anggota kelompok bersenjata.', ['2 killed']],
    ['Tidak ada korban jiwa dalam kebakaran gudang amunisi tersebut.', ['0 killed']],
    ['Seorang anak tewas tertimpa reruntuhan bangunan.', ['1 killed']],
    ['Ratusan warga ditangkap dalam operasi tersebut.', ['100 captured']],
  ];
  for (const [text, want] of cases) it(text, () => expect(claims(text, 'id')).toEqual(want));

  it('reads the qualifier and the group', () => {
    const [f] = figs('Sedikitnya 27 warga sipil tewas dalam serangan udara itu.', 'id');
    expect(f).toMatchObject({ count: 27, qualifier: 'at_least', outcome: 'killed', group: 'civilian' });
    const [g] = figs('Sekitar 40 tentara tewas dalam pertempuran.', 'id');
    expect(g).toMatchObject({ count: 40, qualifier: 'about', group: 'military' });
    const [h] = figs('Tiga orang luka berat dalam kecelakaan itu.', 'id');
    expect(h).toMatchObject({ count: 3, outcome: 'injured', group: 'unknown' });
  });

  it('marks "termasuk" parts as breakdowns', () => {
    const f = figs('Serangan itu menewaskan 19 orang, termasuk enam anak-anak.', 'id');
    expect(f.find((x) => x.count === 19)).toMatchObject({ outcome: 'killed', breakdown: false });
    expect(f.find((x) => x.count === 6)).toMatchObject({ breakdown: true });
  });

  it('marks parts that add up to a stated total as breakdowns', () => {
    const text = 'Sebanyak 9 orang luka-luka dalam insiden itu. Empat polisi mengalami luka berat, tiga polisi luka ringan, dan dua warga luka-luka.';
    expect(claims(text, 'id')).toEqual(['9 injured']);
  });

  it('reads a running total with its start date', () => {
    const text = 'Kementerian Kesehatan mengatakan 1.240 orang tewas sejak konflik pecah pada 3 Maret.';
    const start = text.indexOf('3 Maret');
    const [f] = figs(text, 'id', { dates: [{ start, end: start + 7, date: '2024-03-03', precision: 1, since: true, future: false, rule: 'test' }] });
    expect(f).toMatchObject({ count: 1240, outcome: 'killed', tally: true, since: '2024-03-03', claimant: 'Kementerian Kesehatan' });
  });

  it('takes the outcome of the figure before for "totalnya menjadi N"', () => {
    const f = figs('Militer mengatakan tiga tentaranya tewas pekan ini, sehingga totalnya menjadi 61 orang.', 'id');
    expect(f.map((x) => `${x.count} ${x.outcome} ${x.group} ${x.tally}`)).toEqual(['3 killed military false', '61 killed military true']);
  });

  it('does not count a single event toll as a tally', () => {
    const [f] = figs('Bom mobil menewaskan enam orang di Mogadishu pada Selasa.', 'id');
    expect(f!.tally).toBe(false);
  });

  it('reads a named victim with no numeral as one killed', () => {
    expect(claims('Warga mengatakan Yohanes tewas setelah ditembak orang tak dikenal.', 'id')).toEqual(['1 killed']);
  });

  it('uses the numbers the reading stage gives', () => {
    const text = 'Sebanyak empat belas orang tewas.';
    const start = text.indexOf('empat');
    const f = figs(text, 'id', { numbers: [{ start, end: start + 11, value: 14, qualifier: 'exact', rule: 'test' }] });
    expect(f.map((x) => x.count)).toEqual([14]);
  });
});

describe('id toll phrases', () => {
  it('"korban luka tembus N"', () => {
    expect(claims('Korban luka akibat bentrokan itu tembus 300 orang.', 'id')).toEqual(['300 injured']);
  });
  it('"jumlah … yang tewas … N" without a link word', () => {
    expect(claims('Jumlah warga yang tewas selama sepekan terakhir sekitar 45 orang.', 'id')).toEqual(['45 killed']);
  });
  it('"syahid" is killed', () => {
    expect(claims('Sedikitnya 17 warga Palestina syahid dalam serangan semalam.', 'id')).toEqual(['17 killed']);
  });
  it('the speaker after a reporting outlet is the nearer one', () => {
    const f = figs('Harian Kompas melaporkan, Dinas Kesehatan menyatakan 8 warga meninggal dunia.', 'id');
    expect(f[0]!.claimant).toBe('Dinas Kesehatan');
  });
});

describe('id nouns before the count', () => {
  it('"tewasnya N prajurit"', () => {
    expect(claims('Tewasnya dua prajurit itu memicu operasi besar-besaran.', 'id')).toEqual(['2 killed']);
  });
  it('"korban tewas N orang" with no link word', () => {
    expect(claims('Dalam insiden itu korban tewas 6 orang.', 'id')).toEqual(['6 killed']);
  });
  it('"atas kematian N warga"', () => {
    expect(claims('Pemerintah berduka atas kematian tujuh warga sipil di Maybrat.', 'id')).toEqual(['7 killed']);
  });
});

describe('id severity and idioms', () => {
  it('reads killed, critical and injured in one sentence', () => {
    expect(claims('Dua orang tewas di tempat, sementara tiga lainnya kritis.', 'id')).toEqual(['2 killed', '3 injured']);
  });
  it('"N nyawa melayang"', () => {
    expect(claims('Tiga nyawa melayang dalam bentrokan antarkampung itu.', 'id')).toEqual(['3 killed']);
  });
  it('injured by severity without a total add up to one figure', () => {
    expect(claims('Akibat kejadian ini, 3 orang meninggal dunia, 5 orang luka berat dan 10 orang luka ringan.', 'id')).toEqual(['15 injured', '3 killed']);
  });
});

describe('id parts of a total', () => {
  it('figures by place are kept even when they add up to a total', () => {
    const text = 'Total 30 orang terluka dalam kericuhan itu. Di Bekasi 12 orang terluka, di Depok 18 orang terluka.';
    expect(claims(text, 'id')).toEqual(['12 injured', '18 injured', '30 injured']);
  });
});

describe('id negated groups', () => {
  it('"tidak ada warga yang tewas" is a zero', () => {
    expect(claims('Polisi memastikan tidak ada warga yang tewas dalam kebakaran itu.', 'id')).toEqual(['0 killed']);
  });
});

describe('id coordinated objects', () => {
  it('"menewaskan 3 warga dan 2 polisi" gives both the outcome', () => {
    expect(claims('Serangan itu menewaskan 3 warga dan 2 polisi.', 'id')).toEqual(['2 killed', '3 killed']);
  });
});
