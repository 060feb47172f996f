import type { ActorRule, ActorType } from '../../core/actors/types.js';

/**
 * Named armed groups, state forces known by a proper name, and foreign or international forces,
 * with their ACLED-style names. Proper names read the same in Indonesian, Malay and English
 * news; aliases in one language only (Indonesian translations) sit in the same list since they
 * cannot be mistaken in the other. `cased` aliases are acronyms that are also common words
 * ("IS", "PDF", "AA") and match only in capitals.
 */
export interface ArmedGroup {
  slug: string;
  name: string;
  type: ActorType;
  country: string | null;
  kind?: 'group' | 'force';
  aliases: readonly string[];
  cased?: readonly string[];
  /** English label for notes; defaults to the first alias. */
  label?: string;
}

export const ARMED_GROUPS: readonly ArmedGroup[] = [
  // Indonesia
  {
    slug: 'tpnpb', name: 'TPNPB: West Papua National Liberation Army', type: 'rebel', country: 'ID', label: 'TPNPB-OPM',
    aliases: ['TPNPB', 'TPNPB-OPM', 'TPNPB OPM', 'TPN-OPM', 'TPN PB', 'OPM', 'Organisasi Papua Merdeka', 'Free Papua Movement', 'West Papua National Liberation Army',
      'Tentara Pembebasan Nasional Papua Barat', 'KKB', 'KKSB', 'KSB', 'Kelompok Kriminal Bersenjata', 'Kelompok Kriminal Separatis Bersenjata', 'Kelompok Separatis Bersenjata',
      'KST', 'Kelompok Separatis Teroris', 'kelompok separatis Papua', 'separatis Papua', 'pemberontak Papua', 'Papuan separatists', 'Papuan rebels', 'KKB Papua', 'KST Papua'],
  },
  { slug: 'jad', name: 'JAD: Jamaah Ansharut Daulah', type: 'rebel', country: 'ID', aliases: ['Jamaah Ansharut Daulah', 'Jemaah Ansharut Daulah', "Jama'ah Ansharut Daulah", 'JAD'] },
  { slug: 'ji', name: 'JI: Jemaah Islamiyah', type: 'rebel', country: 'ID', aliases: ['Jemaah Islamiyah', 'Jamaah Islamiyah', "Jama'ah Islamiyah", 'Jemaah Islamiah'], cased: ['JI'] },
  { slug: 'mit', name: 'MIT: Mujahidin Indonesia Timur', type: 'rebel', country: 'ID', aliases: ['Mujahidin Indonesia Timur', 'East Indonesia Mujahideen', 'Mujahideen Indonesia Timur'], cased: ['MIT'] },
  { slug: 'jat', name: 'JAT: Jamaah Ansharut Tauhid', type: 'rebel', country: 'ID', aliases: ['Jamaah Ansharut Tauhid', 'JAT'] },
  // Philippines / Malaysia
  { slug: 'sulu', name: 'Royal Army of the Sultanate of Sulu', type: 'political_militia', country: 'PH', label: 'Sulu Sultanate gunmen',
    aliases: ['Tentera Diraja Kesultanan Sulu', 'Royal Sulu Army', 'Royal Security Forces of the Sultanate of Sulu', 'pengikut Kesultanan Sulu', 'pengikut Sultan Sulu', 'penceroboh Sulu', 'pengganas Sulu', 'militan Sulu', 'kumpulan bersenjata Sulu', 'Sulu gunmen', 'Sulu militants', 'Sulu intruders', 'penyusup Sulu', 'pengikut Sulu'] },
  { slug: 'asg', name: 'Abu Sayyaf Group', type: 'rebel', country: 'PH', aliases: ['Abu Sayyaf', 'Abu Sayyaf Group', 'kumpulan Abu Sayyaf', 'kelompok Abu Sayyaf'], cased: ['ASG'] },
  { slug: 'npa', name: 'NPA: New Peoples Army', type: 'rebel', country: 'PH', aliases: ["New People's Army", 'New Peoples Army', 'Tentara Rakyat Baru', 'Tentera Rakyat Baru', 'Tentera Rakyat Baharu'], cased: ['NPA'] },
  { slug: 'milf', name: 'MILF: Moro Islamic Liberation Front', type: 'rebel', country: 'PH', aliases: ['Moro Islamic Liberation Front', 'Barisan Pembebasan Islam Moro', 'Front Pembebasan Islam Moro', 'MILF'] },
  { slug: 'biff', name: 'BIFF: Bangsamoro Islamic Freedom Fighters', type: 'rebel', country: 'PH', aliases: ['Bangsamoro Islamic Freedom Fighters', 'BIFF'] },
  { slug: 'maute', name: 'Maute Group', type: 'rebel', country: 'PH', aliases: ['Maute', 'Maute Group', 'kelompok Maute', 'Dawlah Islamiyah'] },
  // Middle East
  { slug: 'hamas', name: 'Hamas Movement', type: 'rebel', country: 'PS', label: 'Hamas',
    aliases: ['Hamas', 'Hamas Movement', 'gerakan Hamas', 'kelompok Hamas', 'pejuang Hamas', 'militan Hamas', 'milisi Hamas', 'Hamas militants', 'Hamas fighters', 'Hamas gunmen',
      'Qassam Brigades', 'al-Qassam Brigades', 'Al Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'Izz el-Deen al-Qassam Brigades', 'Brigade al-Qassam', 'Brigade Izzuddin al-Qassam', 'Brigade Izz ad-Din al-Qassam', 'Briged al-Qassam', 'sayap militer Hamas', 'sayap bersenjata Hamas'] },
  { slug: 'pij', name: 'PIJ: Palestinian Islamic Jihad', type: 'rebel', country: 'PS', label: 'Islamic Jihad',
    aliases: ['Islamic Jihad', 'Palestinian Islamic Jihad', 'Jihad Islam', 'Jihad Islam Palestina', 'Jihad Islam Palestin', 'al-Quds Brigades', 'Al Quds Brigades', 'Brigade al-Quds', 'Saraya al-Quds'], cased: ['PIJ'] },
  { slug: 'hezbollah', name: 'Hezbollah', type: 'political_militia', country: 'LB',
    aliases: ['Hezbollah', 'Hizbullah', 'Hizbollah', 'Hisbullah', 'Hizballah', 'kelompok Hizbullah', 'milisi Hizbullah', 'pejuang Hizbullah', 'Hezbollah fighters', 'Hezbollah militants'] },
  { slug: 'houthis', name: 'Houthi Movement (Ansar Allah)', type: 'rebel', country: 'YE', label: 'Houthis',
    aliases: ['Houthi', 'Houthis', 'Huthi', 'Huthis', 'Hutsi', 'Houthi rebels', 'Houthi militants', 'Houthi movement', 'pemberontak Houthi', 'milisi Houthi', 'kelompok Houthi', 'Ansar Allah', 'Ansarallah', 'Ansarullah'] },
  { slug: 'is', name: 'Islamic State', type: 'rebel', country: null, label: 'Islamic State',
    aliases: ['Islamic State', 'Islamic State group', 'ISIS', 'ISIL', 'Daesh', 'Daish', 'Negara Islam', 'Negara Islam Irak dan Suriah', 'NIIS', 'kelompok ISIS', 'militan ISIS', 'IS militants', 'IS fighters', 'Islamic State militants'], cased: ['IS'] },
  { slug: 'iskp', name: 'Islamic State (Khorasan)', type: 'rebel', country: 'AF', aliases: ['ISKP', 'IS-K', 'ISIS-K', 'Islamic State Khorasan', 'Islamic State Khorasan Province', 'ISIS Khorasan'] },
  { slug: 'hts', name: "HTS: Hayat Tahrir al-Sham", type: 'rebel', country: 'SY', aliases: ['Hayat Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'Hayat Tahrir al Sham', 'HTS'] },
  { slug: 'sdf', name: 'SDF: Syrian Democratic Forces', type: 'rebel', country: 'SY', aliases: ['Syrian Democratic Forces', 'Pasukan Demokratik Suriah', 'SDF'] },
  { slug: 'ypg', name: "YPG: People's Protection Units", type: 'rebel', country: 'SY', aliases: ["People's Protection Units", 'YPG'] },
  { slug: 'pkk', name: "PKK: Kurdistan Workers' Party", type: 'rebel', country: 'TR', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party', 'Partai Pekerja Kurdistan', 'PKK'] },
  { slug: 'aqap', name: 'AQAP: Al Qaeda in the Arabian Peninsula', type: 'rebel', country: 'YE', aliases: ['Al Qaeda in the Arabian Peninsula', 'al-Qaeda in the Arabian Peninsula', 'AQAP'] },
  { slug: 'alqaeda', name: 'Al Qaeda', type: 'rebel', country: null, aliases: ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'Al Qaida', 'Alqaeda'] },
  { slug: 'idf', name: 'Military Forces of Israel', type: 'state', country: 'IL', kind: 'force', label: 'Israeli forces',
    aliases: ['IDF', 'Israel Defense Forces', 'Israel Defence Forces', 'Israeli Defense Forces', 'Pasukan Pertahanan Israel', 'Angkatan Pertahanan Israel', 'Tentara Pertahanan Israel', 'Zionis', 'tentara Zionis', 'pasukan Zionis', 'militer Zionis', 'rezim Zionis', 'rejim Zionis', 'tentera Zionis', 'tentera rejim Zionis', 'rejim Israel', 'Zionist forces', 'Zionist army'] },
  { slug: 'ispr', name: 'Military Forces of Pakistan', type: 'state', country: 'PK', kind: 'force', label: 'Pakistani military (ISPR)', aliases: ['ISPR', 'Inter-Services Public Relations'] },
  { slug: 'houthigov', name: 'Houthi Movement (Ansar Allah)', type: 'rebel', country: 'YE', label: 'Houthi authorities',
    aliases: ['Houthi-run health ministry', 'Houthi-run ministry', 'Houthi-run media', 'Houthi-controlled health ministry', 'Houthi health ministry', 'Houthi authorities', 'Houthi officials'] },
  // Africa
  { slug: 'shabaab', name: 'Al Shabaab', type: 'rebel', country: 'SO', label: 'al-Shabaab',
    aliases: ['al-Shabaab', 'al-Shabab', 'al Shabaab', 'al Shabab', 'al-Shebab', 'Al-Shabaab', 'Shabaab', 'Shabab', 'ash-Shabaab', 'Harakat al-Shabaab al-Mujahideen', 'militan al-Shabaab', 'kelompok al-Shabaab', 'al-Shabaab militants', 'al-Shabab militants', 'al-Shabab fighters', 'al-Shabaab fighters'] },
  { slug: 'iswap', name: 'Islamic State (West Africa)', type: 'rebel', country: 'NG', label: 'ISWAP',
    aliases: ['ISWAP', 'Islamic State West Africa Province', 'Islamic State West Africa', "Islamic State's West Africa Province", 'Islamic State in West Africa', 'Islamic State West African Province', 'ISWA'] },
  { slug: 'boko', name: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', type: 'rebel', country: 'NG', label: 'Boko Haram',
    aliases: ['Boko Haram', 'kelompok Boko Haram', 'militan Boko Haram', 'Boko Haram militants', 'Boko Haram fighters', 'Boko Haram insurgents', 'Boko Haram terrorists' , "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"] },
  { slug: 'ansaru', name: 'Ansaru', type: 'rebel', country: 'NG', aliases: ['Ansaru'] },
  { slug: 'jnim', name: "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", type: 'rebel', country: 'ML', label: 'JNIM',
    aliases: ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin', 'Jama’at Nusrat al-Islam wal-Muslimin', 'Group for the Support of Islam and Muslims', 'GSIM'] },
  { slug: 'iss', name: 'Islamic State (Sahel)', type: 'rebel', country: 'ML', aliases: ['Islamic State Sahel', 'Islamic State Sahel Province', 'Islamic State in the Greater Sahara', 'ISGS'] },
  { slug: 'rsf', name: 'RSF: Rapid Support Forces', type: 'rebel', country: 'SD', label: 'RSF',
    aliases: ['Rapid Support Forces', 'Pasukan Dukungan Cepat', 'Pasukan Sokongan Pantas', 'paramiliter RSF', 'Janjaweed'], cased: ['RSF'] },
  { slug: 'saf', name: 'Military Forces of Sudan', type: 'state', country: 'SD', kind: 'force', label: 'Sudanese Armed Forces', aliases: ['Sudanese Armed Forces', 'Angkatan Bersenjata Sudan'], cased: ['SAF'] },
  { slug: 'm23', name: 'M23: March 23 Movement', type: 'rebel', country: 'CD', label: 'M23', aliases: ['M23', 'M-23', 'March 23 Movement', 'Gerakan 23 Maret', 'M23 rebels', 'pemberontak M23', 'AFC/M23'] },
  { slug: 'adf', name: 'ADF: Allied Democratic Forces', type: 'rebel', country: 'CD', label: 'ADF', aliases: ['Allied Democratic Forces', 'ISCAP', 'Islamic State Central Africa Province'], cased: ['ADF', 'ADF-Nalu'] },
  { slug: 'codeco', name: 'CODECO: Cooperative for the Development of Congo', type: 'political_militia', country: 'CD', label: 'CODECO', aliases: ['CODECO', 'Cooperative for the Development of Congo', 'Cooperative for the Development of the Congo'] },
  { slug: 'fdlr', name: 'FDLR: Democratic Forces for the Liberation of Rwanda', type: 'rebel', country: 'CD', aliases: ['FDLR', 'Democratic Forces for the Liberation of Rwanda'] },
  { slug: 'fardc', name: 'Military Forces of Democratic Republic of Congo', type: 'state', country: 'CD', kind: 'force', label: 'Congolese army', aliases: ['FARDC', 'Armed Forces of the Democratic Republic of Congo', 'Armed Forces of the Democratic Republic of the Congo'] },
  { slug: 'fnl', name: 'Palipehutu-FNL: Party for the Liberation of the Hutu People-National Liberation Forces', type: 'rebel', country: 'BI', label: 'Palipehutu-FNL',
    aliases: ['Palipehutu-FNL', 'Palipehutu', 'FNL', 'National Liberation Forces', 'Forces for National Liberation', 'Party for the Liberation of the Hutu People'] },
  { slug: 'lra', name: "LRA: Lord's Resistance Army", type: 'rebel', country: 'UG', aliases: ["Lord's Resistance Army", 'LRA'] },
  { slug: 'tplf', name: 'TPLF: Tigray Peoples Liberation Front', type: 'rebel', country: 'ET', aliases: ["Tigray People's Liberation Front", 'TPLF', 'Tigrayan forces', 'Tigray Defence Forces', 'Tigray Defense Forces', 'TDF'] },
  { slug: 'fano', name: 'Fano Militia', type: 'identity_militia', country: 'ET', aliases: ['Fano', 'Fano militia', 'Fano fighters'] },
  { slug: 'ola', name: 'OLA: Oromo Liberation Army', type: 'rebel', country: 'ET', aliases: ['Oromo Liberation Army', 'OLA'] },
  { slug: 'splaio', name: 'SPLM/A-IO: Sudan Peoples Liberation Movement/Army (In Opposition)', type: 'rebel', country: 'SS', aliases: ['SPLA-IO', 'SPLM-IO', 'SPLM/A-IO'] },
  { slug: 'wagner', name: 'Wagner Group', type: 'external', country: 'RU', label: 'Wagner Group',
    aliases: ['Wagner', 'Wagner Group', 'Grup Wagner', 'Kumpulan Wagner', 'Wagner mercenaries', 'tentara bayaran Wagner', 'Wagner fighters', 'PMC Wagner'] },
  { slug: 'africacorps', name: 'Africa Corps', type: 'external', country: 'RU', aliases: ['Africa Corps', 'Korps Afrika'] },
  // Haiti
  { slug: '400mawozo', name: '400 Mawozo Gang', type: 'political_militia', country: 'HT', label: '400 Mawozo gang',
    aliases: ['400 Mawozo', '400 Mawozo gang', 'geng 400 Mawozo', '400 Mawozos', 'Kidnapping gang 400 Mawozo'] },
  { slug: 'vivansanm', name: 'Viv Ansanm Gang Coalition', type: 'political_militia', country: 'HT', aliases: ['Viv Ansanm'] },
  { slug: 'g9', name: 'G9 an Fanmi e Alye Gang Coalition', type: 'political_militia', country: 'HT', aliases: ['G9', 'G-9', 'G9 an Fanmi', 'G9 Family and Allies'] },
  { slug: 'gpep', name: 'G-Pep Gang Coalition', type: 'political_militia', country: 'HT', aliases: ['G-Pep', 'GPep', 'G-PEP'] },
  { slug: 'grangrif', name: 'Gran Grif Gang', type: 'political_militia', country: 'HT', aliases: ['Gran Grif'] },
  // South and Central Asia
  { slug: 'taliban', name: 'Taliban', type: 'rebel', country: 'AF', label: 'Taliban',
    aliases: ['Taliban', 'Taleban', 'Afghan Taliban', 'Taliban militants', 'Taliban fighters', 'Taliban insurgents', 'militan Taliban', 'pejuang Taliban', 'kelompok Taliban', 'pasukan Taliban', 'rezim Taliban'] },
  { slug: 'ttp', name: 'TTP: Tehreek-i-Taliban Pakistan', type: 'rebel', country: 'PK', label: 'Pakistani Taliban',
    aliases: ['TTP', 'Tehreek-i-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan', 'Pakistani Taliban', 'Taliban Pakistan'] },
  { slug: 'bla', name: 'BLA: Baloch Liberation Army', type: 'rebel', country: 'PK', label: 'Baloch Liberation Army', aliases: ['Baloch Liberation Army', 'Balochistan Liberation Army', 'Tentara Pembebasan Baloch', 'BLA'] },
  { slug: 'blf', name: 'BLF: Baloch Liberation Front', type: 'rebel', country: 'PK', aliases: ['Baloch Liberation Front', 'BLF'] },
  { slug: 'let', name: 'LeT: Lashkar-e-Taiba', type: 'rebel', country: null, label: 'Lashkar-e-Taiba', aliases: ['Lashkar-e-Taiba', 'Lashkar-e-Tayyiba', 'Lashkar-e-Toiba', 'LeT', 'Lashkar'] },
  { slug: 'jem', name: 'JeM: Jaish-e-Mohammed', type: 'rebel', country: null, label: 'Jaish-e-Mohammed', aliases: ['Jaish-e-Mohammed', 'Jaish-e-Mohammad', 'Jaish-e-Muhammad', 'JeM'] },
  { slug: 'hm', name: 'HM: Hizbul Mujahideen', type: 'rebel', country: 'IN', label: 'Hizbul Mujahideen', aliases: ['Hizbul Mujahideen', 'Hizbul Mujahidin', 'Hizb-ul-Mujahideen'] },
  { slug: 'trf', name: 'TRF: The Resistance Front', type: 'rebel', country: 'IN', aliases: ['The Resistance Front'], cased: ['TRF'] },
  { slug: 'maoist', name: 'CPI (Maoist): Communist Party of India (Maoist)', type: 'rebel', country: 'IN', label: 'Maoists', aliases: ['Maoists', 'Maoist rebels', 'Maoist insurgents', 'Naxalites', 'Naxals', 'CPI-Maoist', 'CPI (Maoist)'] },
  // Myanmar
  { slug: 'tatmadaw', name: 'Military Forces of Myanmar', type: 'state', country: 'MM', kind: 'force', label: 'Myanmar military',
    aliases: ['Tatmadaw', 'junta Myanmar', 'junta militer Myanmar', 'Myanmar junta', 'Myanmar military junta', 'Burmese junta', 'junta Burma', 'SAC', 'State Administration Council', 'Dewan Administrasi Negara'] },
  { slug: 'pdf', name: "PDF: People's Defense Force", type: 'rebel', country: 'MM', label: "People's Defence Force",
    aliases: ["People's Defence Force", "People's Defense Force", "People's Defence Forces", "People's Defense Forces", 'Pasukan Pertahanan Rakyat', 'Angkatan Pertahanan Rakyat'], cased: ['PDF', 'PDFs'] },
  { slug: 'knu', name: 'KNU: Karen National Union', type: 'rebel', country: 'MM', label: 'Karen National Union', aliases: ['Karen National Union', 'Persatuan Nasional Karen', 'Kesatuan Kebangsaan Karen', 'Uni Nasional Karen', 'Karen rebels', 'Karen insurgents', 'Karen fighters', 'pemberontak Karen', 'kelompok pemberontak Karen', 'gerilyawan Karen', 'pemberontak etnis Karen', 'pemberontak Karen Myanmar'], cased: ['KNU'] },
  { slug: 'knla', name: 'KNLA: Karen National Liberation Army', type: 'rebel', country: 'MM', label: 'Karen National Liberation Army', aliases: ['Karen National Liberation Army', 'Tentara Pembebasan Nasional Karen', 'Tentera Pembebasan Kebangsaan Karen', 'Tentera Pembebasan Nasional Karen', 'KNLA'] },
  { slug: 'aa', name: 'AA: Arakan Army', type: 'rebel', country: 'MM', label: 'Arakan Army', aliases: ['Arakan Army', 'Tentara Arakan', 'Tentera Arakan', 'Angkatan Tentera Arakan'] },
  { slug: 'kia', name: 'KIA: Kachin Independence Army', type: 'rebel', country: 'MM', aliases: ['Kachin Independence Army', 'Tentara Kemerdekaan Kachin', 'Tentera Kemerdekaan Kachin'] },
  { slug: 'tnla', name: "TNLA: Ta'ang National Liberation Army", type: 'rebel', country: 'MM', aliases: ["Ta'ang National Liberation Army", 'Taang National Liberation Army', 'TNLA'] },
  { slug: 'mndaa', name: 'MNDAA: Myanmar National Democratic Alliance Army', type: 'rebel', country: 'MM', aliases: ['Myanmar National Democratic Alliance Army', 'MNDAA'] },
  { slug: 'arsa', name: 'ARSA: Arakan Rohingya Salvation Army', type: 'rebel', country: 'MM', aliases: ['Arakan Rohingya Salvation Army', 'ARSA'] },
  // State forces known by their own names
  { slug: 'kdf', name: 'Military Forces of Kenya', type: 'state', country: 'KE', kind: 'force', label: 'Kenya Defence Forces', aliases: ['Kenya Defence Forces', 'Kenya Defense Forces', 'KDF'] },
  { slug: 'sna', name: 'Military Forces of Somalia', type: 'state', country: 'SO', kind: 'force', label: 'Somali National Army', aliases: ['Somali National Army', 'SNA', 'Danab', 'Danab commandos'] },
  { slug: 'updf', name: 'Military Forces of Uganda', type: 'state', country: 'UG', kind: 'force', label: 'Ugandan army', aliases: ["Uganda People's Defence Force", "Uganda People's Defence Forces", 'UPDF'] },
  { slug: 'endf', name: 'Military Forces of Ethiopia', type: 'state', country: 'ET', kind: 'force', label: 'Ethiopian army', aliases: ['Ethiopian National Defense Force', 'Ethiopian National Defence Force', 'ENDF'] },
  { slug: 'fama', name: 'Military Forces of Mali', type: 'state', country: 'ML', kind: 'force', label: 'Malian army', aliases: ['Malian Armed Forces', 'FAMa', 'FAMA'] },
  { slug: 'bsf', name: 'Military Forces of India', type: 'state', country: 'IN', kind: 'force', label: 'Indian forces', aliases: ['Border Security Force', 'BSF', 'Rashtriya Rifles', 'Assam Rifles', 'Indian Army'] },
  { slug: 'crpf', name: 'Police Forces of India', type: 'state', country: 'IN', kind: 'force', label: 'Indian police', aliases: ['Central Reserve Police Force', 'CRPF', 'Special Operations Group', 'J&K Police', 'Jammu and Kashmir Police'] },
  { slug: 'fc', name: 'Military Forces of Pakistan', type: 'state', country: 'PK', kind: 'force', label: 'Pakistani forces', aliases: ['Frontier Corps', 'Pakistan Army', 'Pakistan Rangers'] },
  { slug: 'pnp', name: 'Police Forces of the Philippines', type: 'state', country: 'PH', kind: 'force', label: 'Philippine police', aliases: ['Philippine National Police', 'PNP'] },
  { slug: 'irgc', name: 'Military Forces of Iran', type: 'state', country: 'IR', kind: 'force', label: 'Revolutionary Guards', aliases: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard', 'IRGC', 'Garda Revolusi', 'Garda Revolusi Iran', 'Pengawal Revolusi'] },
  { slug: 'sspdf', name: 'Military Forces of South Sudan', type: 'state', country: 'SS', kind: 'force', label: 'South Sudanese army', aliases: ["South Sudan People's Defence Forces", 'SSPDF', 'SPLA'] },
  { slug: 'bakamla', name: 'Military Forces of Indonesia', type: 'state', country: 'ID', kind: 'force', label: 'Indonesian Maritime Security Agency', aliases: ['Bakamla', 'Badan Keamanan Laut'] },
  // Militias and rebels elsewhere
  { slug: 'cjtf', name: 'CJTF: Civilian Joint Task Force', type: 'political_militia', country: 'NG', label: 'Civilian JTF', aliases: ['Civilian Joint Task Force', 'Civilian JTF', 'CJTF'] },
  { slug: 'lakurawa', name: 'Lakurawa', type: 'rebel', country: 'NG', aliases: ['Lakurawa'] },
  { slug: 'imbonerakure', name: 'Imbonerakure', type: 'political_militia', country: 'BI', aliases: ['Imbonerakure'] },
  { slug: 'maimai', name: 'Mai-Mai Militia', type: 'political_militia', country: 'CD', label: 'Mai-Mai militia', aliases: ['Mai-Mai', 'Mai Mai', 'Mayi-Mayi', 'Wazalendo', 'Mai-Mai militia', 'Mai-Mai militiamen'] },
  { slug: 'pmf', name: 'PMF: Popular Mobilization Forces', type: 'political_militia', country: 'IQ', label: 'Popular Mobilisation Forces', aliases: ['Popular Mobilization Forces', 'Popular Mobilisation Forces', 'Hashd al-Shaabi', 'PMF'] },
  { slug: 'aqsa', name: 'Al Aqsa Martyrs Brigade', type: 'rebel', country: 'PS', aliases: ['Al-Aqsa Martyrs Brigades', 'Al Aqsa Martyrs Brigades', "Al-Aqsa Martyrs' Brigades", 'Brigade Martir al-Aqsa'] },
  { slug: 'brn', name: 'BRN: National Revolutionary Front', type: 'rebel', country: 'TH', label: 'Barisan Revolusi Nasional', aliases: ['Barisan Revolusi Nasional', 'BRN'] },
  { slug: 'amba', name: 'Ambazonian Separatists', type: 'rebel', country: 'CM', aliases: ['Ambazonian separatists', 'Ambazonian fighters', 'Amba Boys', 'Amba fighters', 'Anglophone separatists'] },
  // Europe and the Americas
  { slug: 'farc', name: 'FARC Dissidents', type: 'rebel', country: 'CO', aliases: ['FARC dissidents', 'FARC', 'disiden FARC'] },
  { slug: 'eln', name: 'ELN: National Liberation Army', type: 'rebel', country: 'CO', aliases: ['ELN', 'National Liberation Army of Colombia'] },
  // International forces
  { slug: 'un', name: 'United Nations', type: 'external', country: null, kind: 'group', label: 'United Nations',
    aliases: ['UN peacekeepers', 'U.N. peacekeepers', 'pasukan penjaga perdamaian PBB', 'pasukan perdamaian PBB', 'pasukan pengaman PBB', 'MONUSCO', 'UNIFIL', 'MINUSMA', 'MINUSCA', 'UNMISS', 'United Nations peacekeepers'] },
  { slug: 'au', name: 'AU: African Union', type: 'external', country: null, label: 'African Union forces', aliases: ['AMISOM', 'ATMIS', 'AUSSOM', 'African Union troops', 'African Union forces', 'African Union peacekeepers', 'African Union peacekeeping troops', 'African Union peacekeeping forces', 'AU troops', 'AU forces', 'AU peacekeepers', 'pasukan Uni Afrika', 'pasukan penjaga perdamaian Uni Afrika'] },
  { slug: 'nato', name: 'NATO: North Atlantic Treaty Organization', type: 'external', country: null, label: 'NATO', aliases: ['NATO', 'Pakta Pertahanan Atlantik Utara', 'North Atlantic Treaty Organization', 'KFOR'] },
  { slug: 'ecowas', name: 'ECOWAS: Economic Community of West African States', type: 'external', country: null, label: 'ECOWAS', aliases: ['ECOWAS', 'ECOMOG'] },
];

/** Turns the shared list into a pack's rules, with the pack's rule-id prefix ("id/actor/group"). */
export function groupRules(prefix: string, groups: readonly ArmedGroup[] = ARMED_GROUPS): ActorRule[] {
  const out: ActorRule[] = [];
  for (const g of groups) {
    const actor = { name: g.name, type: g.type, kind: g.kind ?? 'group', country: g.country, label: g.label ?? g.aliases[0] ?? g.name } as const;
    const id = `${prefix}:${g.slug}`;
    // Short acronyms ("LeT", "OLA", "HTS") are common words when lower-cased: match them in capitals only.
    const acronym = (a: string) => !/\s/.test(a) && (a.match(/\p{Lu}/gu) ?? []).length >= 2 && a.replace(/[^\p{L}]/gu, '').length <= 6;
    const free = g.aliases.filter((a) => !acronym(a));
    const cased = [...g.aliases.filter(acronym), ...(g.cased ?? [])];
    if (free.length) out.push({ id, patterns: free.map(quote), actor });
    if (cased.length) out.push({ id, patterns: cased.map(quote), actor, cased: true });
  }
  return out;
}

/** Makes a proper name a literal pattern (its words joined, no pattern syntax inside). */
function quote(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/[|?{}]/g, ''))
    .join(' ');
}
