/**
 * News agencies whose names are also towns in the gazetteer ("citing Xinhua", "(ANI/Xinhua)",
 * "kantor berita Anadolu"): in every language a credit, never a place. Lower case, as the place
 * packs' stop lists are.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'xinhua', 'xinhuanet', 'bernama', 'anadolu', 'kyodo', 'yonhap', 'interfax', 'tass', 'irna', 'wafa', 'efe', 'dpa',
  'ansa', 'upi', 'ani', 'pti', 'ians', 'pna', 'nnn', 'menafn', 'sputnik', 'novosti', 'ukrinform', 'unian', 'jiji',
];
