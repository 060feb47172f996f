import type { EventPack, TriggerRule } from '../../core/events/types.js';

/**
 * Indonesian event triggers. Affixed verb forms are spelled out (di- passive, me-/meng- active,
 * pe-…-an nouns, ter- accidental) because a stemmer turns menembak into "embak"; `word*`
 * covers the -nya/-kan/-i suffixes. Patterns: see src/core/events/types.ts.
 */
export const idLexicons: Record<string, string[]> = {
  planned: ['akan', 'bakal', 'hendak', 'direncanakan', 'berencana', 'rencananya', 'dijadwalkan', 'terjadwal', 'pekan depan', 'minggu depan', 'bulan depan', 'besok', 'mendatang', 'akan datang'],
  // aircraft seen or heard, not striking
  sighting: ['pengamatan', 'pemantauan', 'memantau', 'dipantau', 'pengintaian', 'mengintai', 'pengawasan', 'mengawasi', 'memotret', 'mendengar suara', 'terdengar suara', 'suara pesawat', 'suara drone', 'suara dron', 'suara jet', 'melintas', 'melintasi', 'terbang rendah', 'berputar-putar', 'mengitari', 'terlihat terbang', 'terbang di atas', 'lalu-lalang', 'berseliweran'],
  hypothetical: ['bisa', 'mungkin', 'khawatir*', 'kekhawatiran', 'dikhawatirkan', 'ancam*', 'mengancam', 'diancam', 'ancaman', 'jika', 'kalau', 'apabila', 'seandainya', 'berpotensi', 'potensi', 'risiko', 'mencegah', 'pencegahan', 'menghindari', 'jangan', 'mendesak', 'menyerukan', 'rawan', 'waspada', 'antisipasi', 'mengantisipasi', 'latihan', 'simulasi', 'terseret', 'ikut terseret', 'upaya', 'rencana', 'merencanakan', 'direncanakan', 'berencana', 'perencanaan', 'mempersiapkan', 'menyiapkan', 'merancang', 'berniat', 'hoaks', 'hoax', 'isu', 'dituduh', 'menuduh', 'tuduhan', 'membawa', 'kepemilikan', 'menyimpan', 'kabar bohong', 'rumor', 'desas desus', 'membahas', 'merundingkan', 'usulan', 'proposal', 'mengusulkan', 'mendorong', 'ultimatum', 'memerintahkan', 'diperintahkan', 'berupaya', 'mencoba', 'hendak', 'berharap', 'harapan', 'membujuk', 'mengajak', 'mendesak', 'meminta', 'menyerukan', 'mengimbau', 'untuk menyetujui', 'berusaha', 'dijerat', 'dikenakan pasal', 'dikenai pasal', 'disangkakan', 'disangka', 'pasal'],
  // What suspects are held for ("ditangkap terkait kasus penembakan"): with an arrest, the arrest is the event.
  accused: ['terlibat', 'terkait', 'kasus', 'dugaan', 'pelaku', 'tersangka', 'disyaki', 'didakwa', 'dipercayai', 'dalang'],
  notHypothetical: ['saat|ketika|karena|yang ~2 mencoba|berusaha|hendak melarikan|kabur|melawan|menyelamatkan',
    // a suspect who fired "saat hendak ditangkap" (when about to be arrested): the arrest was tried, the shooting is told
    'saat|ketika|sewaktu|semasa|apabila hendak|akan|cuba|mencoba ditangkap|diamankan|ditahan|diringkus|dibekuk'],
  notNegation: ['tak dikenal', 'tidak dikenal', 'tak dikenali', 'tidak dikenali', 'tak bertanggung jawab', 'tidak bertanggung jawab', 'tak beridentitas'],
  background: ['kerap', 'sering', 'seringkali', 'biasanya', 'acap kali', 'kerap kali', 'selama # tahun', 'sejak tahun', 'tahun lalu', 'tahun silam', 'beberapa tahun', 'bertahun tahun', 'dekade', 'sejarah', 'peringatan', 'mengenang', 'tahun-tahun sebelumnya'],
  negation: ['tidak', 'tak', 'bukan', 'belum', 'tanpa', 'tiada', 'tidak ada', 'nihil'],
  denial: ['membantah', 'bantah', 'dibantah', 'menyangkal', 'disangkal', 'menampik', 'ditampik', 'tidak benar', 'menepis', 'ditepis'],
  disaster: ['banjir', 'gempa', 'longsor', 'tanah longsor', 'tsunami', 'erupsi', 'letusan', 'meletus', 'kebakaran hutan', 'karhutla', 'kecelakaan', 'tabrakan', 'bertabrakan', 'terbalik', 'tenggelam', 'tabung gas', 'korsleting', 'korsleting listrik', 'puting beliung', 'badai', 'siklon', 'kekeringan', 'wabah', 'keracunan', 'ambruk', 'runtuh', 'tersambar petir', 'bencana', 'kebocoran', 'bocor', 'pabrik', 'kilang', 'tabung', 'kompor', 'petasan', 'kembang api', 'korsleting', 'pesawat jatuh', 'jatuh', 'basarnas', 'tim sar', 'pencarian korban'],
  protestContext: ['demo*', 'unjuk rasa', 'berunjuk rasa', 'pengunjuk rasa', 'pendemo', 'demonstran', 'massa aksi', 'aksi unjuk', 'aksi massa', 'aksi damai', 'aksi protes', 'peserta aksi', 'himpunan', 'perhimpunan', 'tunjuk perasaan', 'penunjuk perasaan', 'protes', 'memprotes'],
  police: ['polisi', 'polis', 'aparat', 'kepolisian', 'brimob', 'petugas', 'polri', 'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'satpol', 'tni', 'tentara', 'pasukan'],
  cancelled: ['batal', 'dibatalkan', 'membatalkan', 'ditunda', 'menunda', 'urung', 'gagal digelar', 'ditangguhkan', 'tertunda'],
  // Of those, the cues the perpetrator's name follows ("Pelaku diduga kelompok KKB", "menuding TNI").
  perpetratorAfter: ['pelaku', 'pelakunya', 'para pelaku', 'didalangi', 'dilakukan oleh', 'menuding', 'menuduh'],
  perpetratorNamed: ['pelaku', 'pelakunya', 'para pelaku', 'penyerang', 'dalang', 'didalangi', 'bertanggung jawab', 'diduga dilakukan', 'dilakukan oleh', 'dituding', 'menuding'],
  conditional: ['jika', 'jikalau', 'kalau', 'apabila', 'seandainya', 'andaikan', 'bilamana'],
  falseReport: ['hoaks', 'hoax', 'kabar bohong', 'berita bohong', 'disinformasi', 'misinformasi', 'berita palsu', 'kabar palsu'],
  clauseBreak: ['setelah', 'sesudah', 'namun', 'tetapi', 'tapi', 'sedangkan', 'padahal', 'meskipun'],
  // A side's next move or answer ("the junta then launched …"): the attacked striking back is another incident.
  response: ['kemudian', 'kemudiannya', 'lalu', 'selanjutnya', 'setelah itu', 'sebagai balasan', 'membalas', 'balas dendam', 'serangan balasan'],
  // Who is among the toll ("killing 12 people, including two police officers"): no side.
  partOf: ['termasuk', 'di antaranya', 'diantaranya', 'antara lain', 'salah satunya'],
  // What a side's own name is followed by when it thinks or says, not acts ("pihaknya percaya …").
  // Kata kerja "melakukan" sebelum kata benda perbuatan ("KKB melakukan penembakan"): pelakunya subjek kalimat.
  doVerb: ['melakukan', 'melancarkan', 'melaksanakan', 'lakukan'],
  cognition: ['percaya', 'meyakini', 'yakin', 'menduga', 'mencurigai', 'memperkirakan', 'menilai', 'menyebut', 'mengatakan', 'menegaskan', 'memastikan', 'mengetahui', 'berkata', 'mendakwa', 'menuduh', 'menuding', 'mengklaim'],
  // What is carried off when no one is abducted.
  takenThings: ['jenazah', 'jenazahnya', 'mayat', 'mayatnya', 'jasad', 'jasadnya', 'senjata', 'senjatanya', 'senpi', 'motor', 'sepeda motor', 'mobil', 'uang', 'barang', 'harta', 'ternak'],
  // A figure told as more dead besides others ("two attackers were also killed"): added, not set against them.
  additive: ['juga', 'turut'],
  // Fighting told as the backdrop of something else ("serangan yang dilancarkan saat pertempuran …", "di tengah
  // pertempuran", "mengungsi akibat pertempuran", "TNLA, yang bertempur melawan junta"): the war, not a battle of its own.
  descriptiveFighting: ['di tengah ~3 pertempuran|bertempur', 'di tengah-tengah ~3 pertempuran', 'serangan ~5 (saat|ketika|selama|semasa|sewaktu) ~2 pertempuran', '(mengungsi|melarikan diri|menghindari|menyelamatkan diri|menyelamatkan nyawa) ~3 pertempuran', 'yang (bertempur|berperang) melawan', 'yang (sedang|masih) (bertempur|berperang)'],
  // Armed parties by their common names: roads they block are no unrest.
  armedParty: ['kkb', 'kst', 'opm', 'tpnpb', 'teroris', 'begal', 'perampok', 'orang bersenjata', 'kelompok bersenjata', 'otk', 'pengganas'],
  // A weapon's owner ("a drone belonging to …"): that side did it.
  owner: ['milik', 'kepunyaan'],
  // A claimant telling its own deed ("TPNPB mengklaim telah menembak …", "Tentera Arakan mendakwa telah membunuh …").
  claimDeed: ['mengklaim', 'mendakwa', 'mengaku', 'mengakui'],
  perfective: ['telah', 'sudah', 'berhasil', 'berjaya', 'baru saja', 'sempat'],
  // What a side named before the trigger suffered, not did ("tiga prajurit tewas ketika bom meledak").
  suffered: ['tewas', 'terbunuh', 'terluka', 'luka', 'cedera', 'gugur', 'maut', 'meninggal', 'tertembak', 'terkorban', 'terkena', 'menjadi'],
  // A fight between places' people ("bentrok antarwarga Desa Kariu dan Desa Ori"): the places listed are its two sides.
  betweenSides: ['antara', 'antarwarga', 'antardesa', 'antarkampung', 'antar desa', 'antar kampung', 'antar warga', 'dua desa', 'dua kampung', 'kedua desa', 'kedua kampung', 'dua dusun'],
  // Attack nouns whose agent follows them ("serangan udara Israel", "penembakan KKB", "gempuran pasukan Rusia").
  attackOf: ['serangan', 'serangan udara', 'serangan drone', 'serangan dron', 'serangan roket', 'serangan rudal', 'serangan artileri', 'serangan bersenjata', 'serangan bom', 'gempuran', 'pengeboman', 'pemboman', 'penembakan', 'penyerangan', 'penyerbuan', 'agresi', 'invasi', 'tembakan', 'tembakan artileri', 'pembantaian'],
  by: ['oleh'],
  // How a speaker names its own side ("TPNPB mengklaim pihaknya menembak mati …").
  ownSide: ['pihaknya', 'pasukannya', 'anggotanya', 'prajuritnya', 'pasukan kami', 'anggota kami', 'prajurit kami', 'pihak kami'],
  // The passive voice of a trigger ("diserang sekumpulan militan": the militants attacked); words that only look like it.
  passivePrefix: ['di'],
  passiveNot: ['dialog', 'dialogue', 'distrik', 'disinformasi', 'diskusi', 'diplomasi', 'dinas', 'dinihari', 'diri', 'dirinya'],
  // What follows happened before the event told: its figures are that earlier incident's.
  // Where the wounded or the displaced were taken: a place after these is no event's location.
  // where a statement was made, before the place: not where it happened
  speechVenue: ['jumpa pers di', 'konferensi pers di', 'keterangan pers di', 'kepada wartawan di', 'kepada awak media di', 'kepada media di', 'saat ditemui di', 'ketika ditemui di', 'saat dikonfirmasi di', 'ketika dikonfirmasi di', 'sidang media di', 'kepada pemberita di', 'ketika ditemui pemberita di',
    // ("Kapolda mengonfirmasi kejadian tersebut di Jayapura": the incident, told already, was confirmed there)
    ...['membenarkan', 'mengonfirmasi', 'mengkonfirmasi', 'menjelaskan'].flatMap((v) => ['kejadian', 'peristiwa', 'insiden'].flatMap((n) => [`${v} ${n} tersebut di`, `${v} ${n} itu di`]))],
  destination: ['kampung halamannya di', 'kampung halaman di', 'kampung halamannya ke', 'dimakamkan di', 'disemayamkan di', 'rumah duka di', 'dipulangkan ke', 'dikebumikan di', 'dievakuasi ke', 'dibawa ke', 'dilarikan ke', 'dirujuk ke', 'diterbangkan ke', 'dipindahkan ke', 'mengungsi ke', 'dirawat di', 'menjalani perawatan di', 'dikejarkan ke', 'dihantar ke', 'mengantar penumpang ke', 'mengantarkan penumpang ke', 'dalam perjalanan ke', 'dalam perjalanan menuju', 'hendak ke', 'hendak menuju'],
  // Relations that name a group to describe another ("kelompok yang berbaiat kepada ISIS").
  affiliation: ['berbaiat kepada', 'berbaiat ke', 'baiat kepada', 'berafiliasi dengan', 'berafiliasi ke', 'terafiliasi dengan', 'setia kepada', 'sayap dari', 'pecahan dari', 'bagian dari jaringan', 'terinspirasi'],
  priorEvent: ['hari setelah', 'hari sesudah', 'hari usai', 'sehari setelah', 'sehari usai', 'pekan setelah', 'minggu setelah', 'bulan setelah', 'hari pasca', 'pekan pasca', 'hari selepas', 'minggu selepas', 'bulan selepas', 'sehari selepas', 'setelah serangan', 'usai serangan', 'menyusul serangan', 'pasca-serangan', 'pascaserangan', 'sebagai balasan atas', 'membalas serangan', 'balasan atas serangan'],
  // A gathering told as peaceful: police action told later without a place is not its.
  peaceful: ['berlangsung damai', 'berjalan damai', 'secara damai', 'aksi damai', 'berlangsung tertib', 'berjalan tertib', 'berlangsung kondusif', 'berjalan kondusif', 'berjalan lancar', 'berlangsung aman', 'berjalan aman', 'dengan aman'],
  // Nouns that name a side as the one who did it: such a subject is actor1 wherever it stands before the trigger.
  perpetratorNoun: ['pelaku', 'penyerang', 'pengebom', 'penembak', 'penyerbu'],
  complementizer: ['bahwa'],
  // How a telling was given, between the speech verb and its day ("katanya menerusi kenyataan pada Ahad"): that day is the telling's.
  speechMedium: ['kenyataan', 'keterangan', 'pernyataan', 'siaran', 'rilis', 'konferensi', 'sidang', 'wawancara', 'temu', 'hantaran', 'unggahan'],
  armed: ['kkb', 'kst', 'teroris', 'militan', 'pemberontak', 'gerilyawan', 'milisi', 'bandit', 'begal', 'otk', 'penembak', 'pelaku', 'kelompok', 'separatis', 'opm', 'tpnpb', 'pria', 'orang', 'pasukan', 'tentara', 'militer', 'polisi', 'aparat', 'taliban', 'hamas', 'isis', 'pengganas', 'penceroboh', 'komplotan', 'gerombolan', 'perampok', 'penyerang'],
  // Words in the civilian list that name a person without saying who ('seorang', 'korban'): before a
  // force's name they are that force's ('seorang prajurit TNI', 'korban anggota Brimob'), no civilian.
  civilianUnlessActor: ['seorang', 'korban', 'kendaraan', 'mobil'],
  civilian: ['warga', 'sipil', 'penduduk', 'masyarakat', 'guru', 'pelajar', 'siswa', 'mahasiswa', 'anak', 'perempuan', 'wanita', 'petani', 'pedagang', 'pengemudi', 'sopir', 'tukang', 'ojek', 'pekerja', 'karyawan', 'jemaah', 'jemaat', 'pengungsi', 'rumah', 'kampung', 'desa', 'pasar', 'masjid', 'gereja', 'sekolah', 'kios', 'keluarga', 'bayi', 'ibu', 'nakes', 'wartawan', 'jurnalis', 'pendeta', 'ustaz', 'penumpang', 'kendaraan', 'mobil', 'seorang', 'korban'],
  military: ['tni', 'prajurit', 'tentara', 'pasukan', 'polisi', 'polis', 'anggota', 'brimob', 'pos', 'markas', 'koramil', 'polsek', 'polres', 'satgas', 'personel', 'aparat', 'patroli', 'militer', 'kodim', 'yonif', 'batalyon', 'kkb', 'kst', 'militan', 'pemberontak', 'pejuang', 'gerilyawan', 'markas', 'komando', 'keselamatan'],
  weapons: ['senjata', 'senpi', 'amunisi', 'peluru', 'bom', 'peledak', 'granat', 'detonator', 'ranjau', 'rakitan', 'panah', 'senapan', 'pistol', 'mortir', 'roket', 'rudal', 'drone', 'dron', 'munisi', 'magasin'],
  territory: ['kota', 'desa', 'kampung', 'wilayah', 'daerah', 'kawasan', 'distrik', 'pos', 'markas', 'bandara', 'perbatasan', 'bukit', 'gunung', 'pelabuhan', 'jembatan', 'jalan', 'kendali', 'kontrol', 'kabupaten', 'provinsi', 'pangkalan', 'basis'],
  govforces: ['tentara', 'pasukan', 'militer', 'tni', 'polri', 'pemerintah', 'junta', 'aparat', 'prajurit', 'polisi', 'angkatan'],
  nonstate: ['pemberontak', 'militan', 'milisi', 'kelompok', 'kkb', 'opm', 'taliban', 'hamas', 'isis', 'houthi', 'gerilyawan', 'separatis', 'teroris', 'jihadis', 'hizbullah'],
  perpetrator: ['rudal', 'roket', 'mortir', 'artileri', 'drone', 'dron', 'granat', 'dibom', 'serangan udara', 'kkb', 'kst', 'teroris', 'militan', 'pemberontak', 'gerilyawan', 'milisi', 'separatis', 'opm', 'tentara', 'pasukan', 'pelaku', 'serangan', 'pengeboman', 'penembakan', 'sabotase', 'pengganas'],
  conjunction: ['dan', 'serta', 'atau', 'hingga'],
  source: ['dari', 'arah', 'asal'],
  another: ['lebih lanjut', 'lainnya', 'terpisah', 'lain', 'berikutnya', 'susulan', 'serupa', 'aksi serupa'],
  locative: ['di', 'ke', 'tengah', 'utara', 'selatan', 'timur', 'barat', 'dekat', 'sekitar', 'kota', 'desa', 'kampung', 'distrik', 'kabupaten', 'kecamatan', 'kelurahan', 'provinsi', 'kawasan', 'daerah', 'wilayah', 'pusat', 'jalan', 'jl', 'berhampiran', 'bandar', 'negeri', 'dibom', 'ditembaki', 'menyerang', 'merebut', 'menguasai', 'menuju', 'sekitaran'],
  plannedMeeting: ['sebelum', 'jelang', 'menjelang', 'mendatang', 'nanti'],
  anaphora: ['itu', 'tersebut', 'ini', 'tadi', 'dipicu', 'diduga dipicu', 'bermula', 'berawal', 'dilatarbelakangi'],
  // Before a trigger word: a telling of an event already told ("provokator bentrokan", "korban kerusuhan").
  // (and the victims told again: "kedua korban ditembak saat …")
  anaphoraBefore: ['provokator', 'dalang', 'pemicu', 'tersebut', 'kedua korban', 'ketiga korban', 'keempat korban', 'kelima korban', 'para korban', 'kedua korban tersebut', 'korban tersebut'],
  incendiary: ['molotov', 'bom bensin', 'bom api'],
  celebration: ['merayakan*', 'meraikan*', 'rayakan', 'perayaan', 'pawai kemenangan', 'sukacita'],
  protesters: ['demonstran', 'pendemo', 'pengunjuk', 'massa', 'peserta', 'mahasiswa', 'penunjuk'],
};

const t = (id: string, sub: TriggerRule['sub'], patterns: string[], extra: Partial<TriggerRule> = {}): TriggerRule => ({ id: `id/event/${id}`, sub, patterns, ...extra });

export const idTriggers: TriggerRule[] = [
  // Explosions/Remote violence
  t('dibom', 'Shelling/artillery/missile attack', ['dibom', 'membom', 'dibombardir', 'membombardir', 'pemboman', 'pengeboman', 'mengebom', 'ditembaki', 'dihujani ~ roket|rudal|peluru|bom|mortir', 'artileri', 'tembakan artileri', 'roket', 'rudal', 'mortir', 'meriam ~ ditembakkan|menembakkan|menghantam', 'howitzer', 'serangan roket', 'serangan rudal', 'menembakkan ~ roket|rudal|mortir|artileri|peluru', 'roket|rudal|mortir|artileri|misil|proyektil ~ ditembakkan', 'proyektil', 'misil', 'dihantam ~ roket|rudal'], { passive: true }),
  t('serangan-udara', 'Air/drone strike', ['serangan udara', 'serangan dari udara', 'serangan drone', 'serangan dron', 'dron', 'serangan pesawat', 'helikopter ~ menembaki|menyerang|membom', 'menjatuhkan ~ bom', 'bom ~ dijatuhkan', 'pengeboman udara', 'bom barel', 'angkatan udara ~ menyerang|membom|menggempur', 'menggempur ~ udara', 'serangan udara*']),
  // The aircraft alone: a strike, unless the sentence only saw or heard them ("warga mendengar suara
  // pesawat tempur melintas", "drone terlihat berputar-putar").
  t('pesawat', 'Air/drone strike', ['dron', 'pesawat tempur', 'jet tempur', 'jet', 'pesawat nirawak', 'pesawat tanpa awak', 'drone', 'helikopter tempur'], { unless: ['sighting'] }),
  t('bom-bunuh-diri', 'Suicide bomb', ['bom bunuh diri', 'bunuh diri ~ bom|meledakkan', 'meledakkan diri', 'pelaku bom bunuh diri', 'serangan bunuh diri', 'rompi ~ bom|peledak', 'bom ~ bunuh diri']),
  t('bom-rakitan', 'Remote explosive/landmine/IED', ['bom rakitan', 'bom pinggir jalan', 'ranjau', 'ranjau darat', 'bom mobil', 'alat peledak', 'bahan peledak ~ meledak', 'bom meledak', 'ledakan bom', 'bom ~ meledak|diledakkan|ditanam|dipasang|diletakkan', 'bom waktu', 'bom panci', 'bom paket', 'bom pipa', 'peledakan bom', 'teror bom'], { unless: ['disaster'] }),
  t('bom', 'Remote explosive/landmine/IED', ['bom'], { weight: 6.4, unless: ['incendiary'] }),
  t('ledakan', 'Remote explosive/landmine/IED', ['ledakan', 'meledak', 'diledakkan', 'meledakkan'], { weak: true }),
  t('granat', 'Grenade', ['granat', 'granat tangan', 'bom tangan', 'lempar* ~ granat'], { weight: 7.2 }),
  t('molotov', 'Grenade', ['bom molotov', 'molotov', 'bom bensin'], { violent: true }),
  t('granat-roket', 'Shelling/artillery/missile attack', ['granat berpeluncur roket', 'peluncur granat', 'rpg'], { weight: 7.5 }),
  t('senjata-kimia', 'Chemical weapon', ['senjata kimia', 'serangan kimia', 'gas beracun', 'gas saraf', 'klorin', 'sarin', 'gas mustard']),

  // Battles
  t('pertempuran', 'Armed clash', ['pertempuran', 'bertempur', 'pertempuran sengit', 'berperang'], { weight: 5.5, unless: ['descriptiveFighting'] }),
  t('bentrokan', 'Armed clash', ['bentrok*', 'baku tembak', 'kontak tembak', 'kontak senjata', 'tembak menembak', 'saling tembak', 'menyergap', 'disergap', 'penyergapan', 'serangan balik', 'serangan balasan', 'gugur', 'pengepungan', 'dikepung', 'mengepung', 'menggempur', 'digempur', 'penggerebekan ~ kkb|teroris|militan', 'tembakan ~ dibalas', 'membalas ~ tembakan', 'tembakan balas', 'tembakan balasan', 'dilumpuhkan', 'melumpuhkan', 'ditembak mati ~ aparat|petugas|polisi|tni|satgas|densus', '@military ~1 tewas'], { weight: 5.5 }),
  t('serang-pos', 'Armed clash', ['menyerang ~ @military', 'diserang ~ @military', 'serangan ~ terhadap ~ @military', 'penyerangan ~ @military', 'menembaki ~ @military', 'menembak ~ @military', 'ditembak ~ @military',
    // shots fired at the force ("melepaskan beberapa das tembakan ke arah anggota polis")
    'melepaskan ~3 tembakan ~2 ke arah ~2 @military|@police', 'menembak ke arah ~2 @military|@police'], { weight: 5.2 }),
  t('merebut-kembali', 'Government regains territory', ['merebut kembali', 'direbut kembali', 'menguasai kembali', 'dikuasai kembali', 'mengambil alih kembali', 'diambil alih kembali', 'membebaskan ~ @territory', 'dibebaskan dari', 'pembebasan ~ kota|desa|wilayah|daerah', '@govforces ~6 (merebut|menguasai|mengambil alih|mengusir|memukul mundur)']),
  t('merebut', 'Non-state actor overtakes territory', ['@nonstate ~6 (merebut|menguasai|merampas|menduduki|mengambil alih|direbut|dikuasai)', 'jatuh ke tangan ~ @nonstate', 'dikuasai ~ oleh ~ @nonstate', 'direbut ~ oleh ~ @nonstate', 'di bawah kendali ~ @nonstate']),
  t('tanpa-perlawanan', 'Non-violent transfer of territory', ['tanpa perlawanan', 'tanpa pertempuran', 'diserahkan ~ kendali', 'penyerahan ~ wilayah|kota|kendali', 'menarik diri dari', 'ditinggalkan ~ pasukan']),

  // Violence against civilians
  t('tembak-warga', 'Attack', ['menembak ~ @civilian', 'menembaki ~ @civilian', 'ditembak', 'tewas ditembak', 'menembak mati', 'ditembak mati', 'penembakan', 'pembunuhan', 'dibunuh', 'membunuh', 'pembantaian', 'dibantai', 'membantai', 'dibacok', 'membacok', 'pembacokan', 'ditikam', 'menikam', 'penikaman', 'ditusuk', 'menusuk', 'penusukan', 'dianiaya', 'menganiaya', 'penganiayaan', 'dipenggal', 'memenggal', 'disiksa', 'penyiksaan', 'menyerang ~ @civilian', 'diserang ~ @civilian', 'penyerangan ~ @civilian', 'serangan ~ terhadap ~ @civilian', 'dibakar hidup', 'eksekusi', 'dieksekusi', 'dipanah', 'memanah', 'teror ~ @civilian'], { weight: 5.3, passive: true }),
  // "tertembak" (was hit by a bullet) tells who was hurt, mostly in an incident told already ("dua
  // anggota KKB yang tertembak" after the clash): a generic mention that joins the event before it.
  t('tertembak', 'Attack', ['tertembak'], { weight: 5.3, passive: true, weak: true }),
  t('kkb-menembak', 'Attack', ['@armed ~3 (menembak|menembaki|membunuh|menganiaya|membacok|menikam|memanah|menyandera)'], { weight: 5.0 }),
  t('serangan', 'Attack', ['serangan', 'menyerang', 'diserang', 'penyerangan', 'teror'], { weak: true }),
  t('kejadian', 'Other', ['kejadian', 'insiden', 'peristiwa'], { weak: true, joinOnly: true }),
  t('perang', 'Armed clash', ['perang', 'peperangan', 'konflik bersenjata', 'operasi militer', 'operasi penumpasan'], { weak: true }),
  t('diculik', 'Abduction/forced disappearance', ['diculik', 'menculik', 'penculikan', 'disandera', 'menyandera', 'penyanderaan', 'sandera', 'dihilangkan paksa', 'penghilangan paksa', 'tebusan'], { passive: true }),
  // (what is taken away may be the dead or goods: "jenazahnya dibawa kabur oleh rekan-rekannya")
  t('dibawa-kabur', 'Abduction/forced disappearance', ['dibawa kabur'], { passive: true, unless: ['takenThings'] }),
  t('pemerkosaan', 'Sexual violence', ['diperkosa', 'memperkosa', 'pemerkosaan', 'perkosaan', 'kekerasan seksual', 'pelecehan seksual', 'dicabuli', 'mencabuli', 'pencabulan', 'rudapaksa', 'dirudapaksa', 'merudapaksa', 'dirogol', 'merogol', 'rogol', 'serangan seksual', 'perbudakan seksual'], { passive: true }),

  // Protests
  t('unjuk-rasa', 'Peaceful protest', ['unjuk rasa', 'berunjuk rasa', 'pengunjuk rasa', 'demo', 'demonstrasi', 'demonstran', 'berdemonstrasi', 'berdemo', 'pendemo', 'aksi ~ massa|damai|protes|unjuk|demo|tolak|menolak|menuntut|solidaritas|kamisan|bela|simpatik', 'aksi #', 'aksi lanjutan', 'aksi ~ digelar|berlangsung', 'massa aksi', 'peserta aksi', 'protes', 'memprotes', 'long march', 'mogok', 'mogok kerja', 'orasi', 'berorasi', 'himpunan', 'perhimpunan', 'tunjuk perasaan', 'penunjuk perasaan', 'menggelar ~ aksi|demo|unjuk|doa', 'berhimpun', 'pawai', 'mimbar bebas', 'audiensi'], { protest: true }),
  t('turun-ke-jalan', 'Peaceful protest', ['turun ke jalan'], { protest: true, unless: ['celebration'] }),
  t('dibubarkan', 'Protest with intervention', ['gas air mata', 'water cannon', 'meriam air', 'dibubarkan', 'membubarkan', 'pembubaran', 'bubarkan', 'disuraikan', 'menyuraikan', 'peluru karet', 'gas pemedih mata', 'semburan air', 'pembubaran paksa', 'dibubarkan paksa']),
  t('dibubarkan-konteks', 'Protest with intervention', ['dipukul mundur', 'dihalau', 'menghalau', 'dipukuli', 'dihadang', 'menghadang', 'represif', 'tindakan represif', 'represi', 'pentungan', 'kekerasan aparat', 'mengejar ~ @protesters', 'dikejar'], { needs: ['protestContext'] }),
  t('kekerasan-berlebihan', 'Excessive force against protesters', ['menembak ~ @protesters', 'menembaki ~ @protesters', '@protesters ~5 tewas|meninggal|ditembak']),
  // Shot by police, live rounds, shot dead: force against protesters only where the sentence is
  // about a protest ("dua terduga teroris ditembak polisi", "dua anggota KKB tewas tertembak" are not).
  t('kekerasan-berlebihan-demo', 'Excessive force against protesters', ['ditembak ~ polisi|aparat|petugas', 'peluru tajam', 'ditembak mati ~ polisi|aparat', 'tewas ~ tertembak'], { needs: ['protestContext'] }),
  // "Ricuh" (a commotion) says neither side's violence: with police intervention and no violence of the crowd told, the intervention codes it.
  t('ricuh-samar', 'Violent demonstration', ['ricuh', 'kericuhan', 'berakhir ricuh', 'chaos'], { vague: true }),
  t('ricuh', 'Violent demonstration', ['rusuh', 'kerusuhan', 'rusuhan', 'perusuh', 'anarkis', 'anarkistis', 'anarki', 'melempar* ~ batu|botol|molotov|petugas|polisi|aparat|kantor|gedung', 'dilempari', 'lempar batu', 'membakar ban', 'bakar ban', 'pembakaran ban', 'merusak ~ fasilitas|pagar|gedung|kantor|pos', 'bentrok dengan ~ polisi|aparat|petugas', 'menjebol', 'dijebol', 'huru hara', 'huru-hara']),
  t('diredam', 'Violent demonstration', ['diredam', 'meredam', 'berhasil dikendalikan'], { needs: ['protestContext'], violent: true }),
  // Roads blocked by a crowd are unrest in ACLED's terms (road-blocking is a violent demonstration); by armed men, the set-up of an attack.
  t('blokade-jalan', 'Violent demonstration', ['memblokade ~ jalan|jalur|akses|ruas', 'memblokir ~ jalan|jalur|akses|ruas', 'blokade jalan', 'aksi blokade', 'pemblokiran jalan', 'memalang ~ jalan', 'pemalangan jalan'], { violent: true, unless: ['armedParty'] }),
  // (a crowd besieging a police station, "warga mengepung Mapolres", is unrest, not the siege of a battle)
  t('warga-menyerang', 'Mob violence', ['(warga|masyarakat|massa|penduduk|pemuda|sekelompok|pemukim) ~6 (menyerang|membakar|merusak|melempari|menimpuki|mengamuk|mengeroyok|menganiaya|menghakimi|menjarah|menyerbu|penyerangan|pelemparan|pembakaran|perusakan|mengepung|menggeruduk)'], { weight: 6.5 }),
  // A crowd driving people out ("ratusan mahasiswa mengusir paksa pengungsi Rohingya"), a mob's attack told as such.
  t('usir-massa', 'Mob violence', ['(warga|masyarakat|massa|penduduk|pemuda|sekelompok|mahasiswa|ratusan|puluhan|ribuan) ~8 (mengusir|mengusir paksa|pengusiran paksa|mengusir secara paksa)', 'diusir paksa ~ warga|massa|mahasiswa', 'serangan massa', 'penyerangan massa'], { weight: 6.5 }),
  t('amuk-massa', 'Mob violence', ['amuk massa', 'diamuk massa', 'mengamuk', 'massa ~ mengamuk|menyerang|membakar|merusak|mengeroyok|menganiaya', 'dihakimi massa', 'main hakim sendiri', 'persekusi', 'tawuran', 'dikeroyok', 'mengeroyok', 'pengeroyokan', 'bentrok antarwarga', 'bentrokan antarwarga', 'antarkampung', 'antar kampung', 'antarkelompok', 'antar kelompok', 'antar warga', 'konflik ~ sosial|antarwarga|komunal', 'antardesa', 'antar desa', 'dua kelompok warga', 'dua kelompok pemuda', 'antarormas', 'antar ormas', 'dua ormas', 'dua organisasi kemasyarakatan', 'bentrok ormas', 'bentrokan ormas']),

  // Strategic developments
  // A ceasefire or deal named without being made ("gencatan senjata itu rapuh"): joins the agreement told, or codes one alone.
  t('gencatan-nomina', 'Agreement', ['gencatan senjata', 'perjanjian damai', 'kesepakatan damai', 'kesepakatan', 'perjanjian', 'gencatan'], { weak: true }),
  t('gencatan-senjata', 'Agreement', ['(menyepakati|menyetujui|mengumumkan|memberlakukan|mencapai|memperpanjang|diperpanjang|diumumkan|diberlakukan|menandatangani|ditandatangani) ~ gencatan|kesepakatan|perjanjian', '(gencatan senjata|kesepakatan|perjanjian) ~ (berlaku|mulai berlaku|diberlakukan|ditandatangani|disepakati|tercapai|diumumkan)', 'bersepakat', 'sepakat', 'menyepakati', 'disepakati', 'mencapai kesepakatan', 'menandatangani ~ perjanjian|kesepakatan|nota', 'pertukaran tahanan', 'pertukaran ~ sandera|tawanan', 'pembebasan sandera', 'membebaskan ~ sandera|tahanan|tawanan', 'penghentian permusuhan', 'jeda kemanusiaan', 'rekonsiliasi', 'perdamaian ~ ditandatangani', 'damai ~ ditandatangani']),
  t('ditangkap', 'Arrests', ['ditangkap', 'menangkap', 'penangkapan', 'tertangkap', 'diamankan', 'mengamankan', 'ditahan', 'menahan', 'penahanan', 'dibekuk', 'membekuk', 'diringkus', 'meringkus', 'dicokok', 'mencokok', 'dibawa ke ~ (polres|polsek|polda|mapolres|mapolsek|mapolda|kantor polisi)', 'ditangkap*', 'diciduk', 'menciduk', 'digelandang', 'ditetapkan ~ tersangka'], { passive: true }),
  // Drones or missiles shot down are weapons use disrupted, whatever the drone word says (it outranks the air strike it names).
  t('tembak-jatuh', 'Disrupted weapons use', ['ditembak jatuh', 'menembak jatuh', 'tembak jatuh', 'mencegat ~ rudal|roket|drone|dron', 'dicegat', 'dihancurkan ~ sistem pertahanan udara', 'pertahanan udara ~ menembak|mencegat|menghancurkan'], { weight: 8.5 }),
  t('jinakkan-bom', 'Disrupted weapons use', ['menjinakkan', 'dijinakkan', 'penjinakan', 'gegana', 'jihandak', 'disita ~5 @weapons', 'menyita ~5 @weapons', 'penyitaan ~ @weapons', 'ditemukan ~5 @weapons', 'menemukan ~5 @weapons', 'penemuan ~5 @weapons', 'diamankan ~5 @weapons', 'mengamankan ~5 @weapons', '@weapons ~5 disita|ditemukan|diamankan|dimusnahkan|diserahkan', 'dicegat', 'mencegat', 'dicegah ~ rudal|roket|drone', 'digagalkan', 'menggagalkan', 'gudang senjata', 'dimusnahkan ~ @weapons', 'memusnahkan ~ @weapons', 'disposal'], { weight: 7.5 }),
  t('mendirikan-pos', 'Headquarters or base established', ['mendirikan ~ pos|markas|pangkalan|basis|kamp', 'membangun ~ pos|markas|pangkalan|basis|kamp', 'pos ~ baru', 'markas baru', 'pangkalan baru', 'pembangunan ~ pos|markas|pangkalan', 'membuka ~ pos|markas']),
  t('dibakar', 'Looting/property destruction', ['dibakar', 'membakar', 'pembakaran', 'terbakar', 'dijarah', 'menjarah', 'penjarahan', 'dirusak', 'merusak', 'perusakan', 'pengrusakan', 'dihancurkan', 'menghancurkan', 'diobrak abrik', 'diobrak-abrik', 'digusur', 'dirobohkan']),
  t('pengerahan', 'Change to group/activity', ['dikerahkan', 'mengerahkan', 'pengerahan', 'dikirim ~ pasukan|personel|prajurit', 'mengirim ~ pasukan|personel|prajurit', 'penarikan ~ pasukan', 'menarik ~ pasukan', 'membelot', 'menyerahkan diri', 'menyerah', 'penempatan ~ pasukan', 'jam malam', 'darurat militer', 'status siaga', 'bergabung dengan', 'dibentuk', 'membentuk ~ pasukan|satgas|kelompok', 'dilarang', 'pelarangan'], { weak: true }),
  t('mengungsi', 'Other', ['mengungsi', 'pengungsi', 'pengungsian', 'kuburan massal', 'ditemukan tewas', 'ditemukan meninggal', 'eksodus', 'evakuasi', 'dievakuasi'], { weak: true }),
  t('pertemuan', 'Other', ['bertemu', 'pertemuan', 'pembicaraan', 'perundingan', 'berunding', 'negosiasi', 'ktt', 'kunjungan', 'berkunjung', 'rapat', 'dialog', 'konferensi', 'mediasi', 'menggelar ~ pertemuan|pembicaraan|perundingan'], { plannedOnly: true }),
];

/** English words for claimants in notes (folded phrase → label); see EventPack.claimantLabels. */
export const idClaimantLabels: Record<string, string> = {
  'kejaksaan agung': "the Prosecutor General's Office",
  jaksa: 'prosecutors',
  'kementerian pertahanan': 'the Defence Ministry',
  'kementerian luar negeri': 'the Foreign Ministry',
  'kementerian kesehatan': 'the Health Ministry',
  'kepala penerangan': 'the military information chief',
  kapendam: 'the regional military information chief',
  'komando operasi': 'the military operations command',
  kapolda: 'the provincial police chief',
  kapolres: 'the district police chief',
  kapolresta: 'the city police chief',
  kapolsek: 'the sub-district police chief',
  'kepala kepolisian': 'the police chief',
  kabidhumas: 'the police spokesperson',
  'kabid humas': 'the police spokesperson',
  humas: 'the police public relations office',
  polisi: 'the police',
  kepolisian: 'the police',
  'aparat keamanan': 'security forces',
  'pihak berwenang': 'the authorities',
  'pihak berwajib': 'the authorities',
  pemerintah: 'the government',
  bupati: 'the district head',
  gubernur: 'the governor',
  'wali kota': 'the mayor',
  walikota: 'the mayor',
  'juru bicara': 'a spokesperson',
  jubir: 'a spokesperson',
  saksi: 'witnesses',
  'saksi mata': 'witnesses',
  warga: 'residents',
  penduduk: 'residents',
  penganjur: 'the organisers',
  panitia: 'the organisers',
  koordinator: 'the organisers',
  'rumah sakit': 'hospital officials',
  dokter: 'doctors',
  'tim medis': 'medics',
  relawan: 'volunteers',
  pbb: 'the United Nations',
  'perserikatan bangsa bangsa': 'the United Nations',
  'media setempat': 'local media',
  'media lokal': 'local media',
  'kantor berita': 'a news agency',
};

export const idEvents: EventPack = {
  code: 'id',
  triggers: idTriggers,
  lexicons: { ...idLexicons, activePrefix: ['me'], pronoun: ['dia', 'ia', 'beliau', 'mereka', 'nya', 'dirinya', 'pihaknya'] },
  claimantLabels: idClaimantLabels,
};
