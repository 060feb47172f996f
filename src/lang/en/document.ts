import type { DocumentPack } from '../../core/document/types.js';

/**
 * English page furniture, as Reuters, AP, BBC, Al Jazeera and newspaper sites print it: dates
 * ("October 8, 2020 4:25 PM GMT+7", "8 Oct 2020, 09:25 BST"), "Read more:" link lines,
 * "Photo:" credits, share widgets, newsletter boxes and cookie notices.
 */
export const enDocument: DocumentPack = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
    nov: 11, december: 12, dec: 12,
  },
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  zones: {
    GMT: '+00:00', UTC: '+00:00', Z: '+00:00', BST: '+01:00', IST: '+05:30', CET: '+01:00', CEST: '+02:00',
    EET: '+02:00', EEST: '+03:00', WET: '+00:00', WEST: '+01:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00',
    CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', AEST: '+10:00',
    AEDT: '+11:00', SGT: '+08:00', MYT: '+08:00', PHT: '+08:00', HKT: '+08:00', JST: '+09:00', KST: '+09:00',
    PKT: '+05:00', AST: '+03:00', GST: '+04:00', ICT: '+07:00', CAT: '+02:00', EAT: '+03:00', WAT: '+01:00',
    SAST: '+02:00', NZST: '+12:00', NZDT: '+13:00', AFT: '+04:30', IRST: '+03:30', NPT: '+05:45', BDT: '+06:00',
  },
  clockWords: ['at'],
  publishedLabels: ['published', 'posted', 'first published', 'publication date', 'released'],
  updatedLabels: ['updated', 'last updated', 'modified', 'last modified'],
  litterLines: [
    'advertisement', 'advertisements', 'advert', 'adverts', 'ad', 'ads', 'tell us what you think', 'tell us what you think...', 'what do you think?', 'click here for more information.', 'sponsored', 'sponsored content', 'story continues below advertisement',
    'article continues below advertisement', 'continue reading', 'continue reading below', 'scroll to continue with content',
    'scroll to continue', 'read more', 'read full article', 'share', 'share this', 'share this article', 'share this story',
    'comment', 'comments', 'print', 'email', 'e-mail', 'copy link', 'link copied', 'bookmark', 'save', 'saved',
    'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest', 'instagram', 'youtube', 'x',
    'enlarge', 'enlarge this image', 'expand', 'close', 'toggle caption', 'hide caption', 'show caption', 'caption',
    'listen', 'listen to this article', 'play', 'watch', 'video', 'skip advertisement', 'menu', 'search', 'home',
    'sign in', 'log in', 'subscribe', 'register', 'accept', 'accept all', 'reject all', 'manage cookies', 'cookie settings',
    'back to top', 'next article', 'previous article', 'more', 'loading', 'loading...', 'news flash', 'breaking news',
    'trending', 'most read', 'most popular', 'editor\'s picks', 'top stories', 'view comments', 'show comments',
    // accessibility links at the top of a page
    'skip to content', 'skip to main content', 'skip to navigation', 'skip navigation', 'skip to footer', 'jump to content',
  ],
  litterPatterns: [
    // social prompts: "Follow X on Twitter…", "Share on facebook", "Like us on Facebook"
    'follow\\b.{0,80}\\bon (?:twitter|facebook|instagram|x|telegram|linkedin|youtube|tiktok|google news|whatsapp)\\b.*',
    '(?:share|post|send|tweet) (?:on|to|via) \\w+',
    '(?:like|join) us on \\w+.*',
    '(?:click|tap) (?:here )?to (?:share|print|email|comment|save|bookmark|copy)\\b.{0,60}',
    // a share widget's label with its counter: "share2", "Share 14"
    '(?:share|shares|tweet|tweets)\\s?\\d{1,5}',
    // reading time and counters: "1 Min Read", "5 minute read", "12 comments"
    '\\d+\\s*(?:min|mins|minute|minutes)\\.?\\s*read',
    '\\d+\\s*(?:comments?|shares?|views?)',
    // newsletter and subscription boxes
    '.{0,120}\\bsign up (?:for|to)\\b.{0,80}\\b(?:newsletter|briefing|alerts?|updates|inbox|email|digest)\\b.{0,80}',
    '.{0,80}\\b(?:subscribe|subscription|subscriber)\\b.{0,80}\\b(?:newsletter|read|access|unlimited|digital|today|now|month|offer|continue)\\b.{0,80}',
    '(?:already a subscriber|have an account)\\??.{0,80}',
    '(?:sign|log) in to (?:continue|read|comment).{0,80}',
    // cookie and consent notices
    '.{0,120}\\b(?:we use cookies|this site uses cookies|this website uses cookies|cookie policy|accept cookies|your privacy choices)\\b.{0,200}',
    // copyright and rights lines
    '(?:©|\\(c\\)|copyright)\\s.{0,120}',
    '.{0,60}\\ball rights reserved\\.?.{0,60}',
    // "Updated 2 hours ago", "3 hours ago"
    '(?:updated|posted)?\\s*\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\\s*ago',
    // pagination and ad slots: "Next page", "Page 2 of 3", "Advertisement - scroll to continue"
    '(?:next|previous) (?:page|article|story)',
    'page \\d+(?: of \\d+)?',
    'advertisement(?:\\s*[-–—:|]\\s*.{0,40})?',
    // wire boilerplate
    '\\(?(?:reporting|writing|editing|additional reporting|compiled|editing) by .{0,200}',
    'our standards:.{0,80}',
    // newspaper print lines: "Published in Dawn, November 7th, 2025", "A version of this article appears in print on …"
    '(?:published|printed|appeared) in (?:the )?[\\w .\'&-]{2,40}, (?:\\w+ )?\\w+ \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\.?',
    'a version of this (?:article|story) (?:appears|appeared) in print .{0,120}',
    '.{0,120}\\bcontributed to this report\\.?',
    // agency source lines and follow prompts: "SOURCE: AL JAZEERA AND NEWS AGENCIES", "Follow Al Jazeera English:"
    'source:\\s?[\\w .,&-]{2,60}',
    'follow (?:us|[\\w ]{2,40}?)(?: on [\\w ]{2,30})?:?',
  ],
  relatedLeads: ['read also', 'also read', 'read more', 'see also', 'related', 'more', 'more on this', 'recommended', 'watch', 'listen', 'also see', 'read next', 'don\'t miss', 'related story', 'related article', 'related coverage', 'click here'],
  tailHeaders: ['related topics', 'suggested topics', 'related internet links', 'explore more', 'more on this story', 'features', 'related', 'related stories', 'related articles', 'related news', 'related coverage', 'related content', 'more stories', 'more from', 'more news', 'more on this story', 'recommended', 'recommended stories', 'you may also like', 'you might also like', 'read next', 'most read', 'most popular', 'popular', 'trending', 'latest news', 'latest stories', 'top stories', 'around the web', 'topics', 'tags', 'more like this'],
  photoLabels: ['photo', 'photo credit', 'photograph', 'picture', 'image', 'image credit', 'image source', 'file photo', 'illustration', 'photo illustration'],
  captionLabels: ['image caption', 'media caption', 'photo caption', 'caption'],
  creditNames: ['Reuters', 'REUTERS', 'AFP', 'AP', 'AP Photo', 'EPA', 'EPA-EFE', 'Getty Images', 'Getty', 'Anadolu', 'Anadolu Agency', 'Xinhua', 'Bernama', 'BERNAMA', 'Shutterstock', 'iStock', 'Handout', 'File'],
  enlargeWords: ['enlarge', 'enlarge this image', 'expand', 'zoom', 'toggle caption', 'hide caption', 'view image'],
  bylineLabels: ['by', 'written by', 'words by', 'author', 'authors', 'reported by', 'story by', 'edited by'],
  stopwords: [
    'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'he', 'it', 'as', 'at', 'by',
    'from', 'his', 'be', 'have', 'has', 'had', 'are', 'were', 'an', 'they', 'said', 'which', 'this', 'their', 'but',
    'not', 'been', 'who', 'after', 'its', 'or', 'will', 'would', 'there', 'when', 'more', 'than', 'also', 'into',
  ],
  distinctive: [],
};
