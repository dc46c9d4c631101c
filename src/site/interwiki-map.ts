/**
 * Interwiki prefixes and the URL each stands for (`$1` is the title with underscores for spaces,
 * encoded as MediaWiki's wfUrlencode does: titles.ts wikiUrlEncode; a URL without `$1` ignores
 * it), data not code. Two lists, as MediaWiki has them:
 *
 * - the Wikimedia map, which every Wikipedia uses (meta.wikimedia.org's Interwiki map as the wikis
 *   report it in siteinfo's `interwikimap`, read from zh.wikipedia's in 2025-10), without the
 *   language editions (LANGUAGE_CODES in defaults.ts) and the short sister-project prefixes
 *   (LANGUAGE_PROJECTS below: `w`, the English Wikipedia on every Wikipedia, and the others,
 *   whose edition follows the wiki's language);
 *   its aliases of editions that name no language (`jp`, `cz`) are here;
 * - core's default list (maintenance/interwiki.list), what a MediaWiki install that nobody changed
 *   has, for the prefixes the Wikimedia map lacks (CORE_ONLY_PREFIXES). Wikimedia's wikis read
 *   their interwiki cache alone, where these prefixes are not (`[[Unreal: The Movie]]` is a
 *   page of jawiki): defaults.ts makes them prefixes only on a wiki outside Wikimedia. What such a
 *   wiki has is not in its dump; it keeps the Wikimedia map too, and where both lists have a
 *   prefix the Wikimedia URL.
 *
 * Both are long; one entry a line keeps a change readable.
 */

/**
 * Sister projects whose prefix leads to the edition in the wiki's own language (`wikt:` on zh is
 * zh.wiktionary), or in the language the title starts with (`wikt:en:word`): the host, `{lang}`
 * standing for that language. `w:` is the exception that proves it: on every Wikipedia it is the
 * English one (the wikis' siteinfo says so; ja pages write `[[w:Peterhof Palace]]`). The long names
 * (`wiktionary:`) are in the interwiki map and lead where it says (en.wiktionary).
 *
 * `chapter:` is what dumpInterwiki.php makes it on every wiki, `<lang>.wikimedia.org`, whether or
 * not that host is the chapter of the wiki's readers: on ukwiki it is Wikimedia UK's wiki (the
 * United Kingdom's; Ukraine's is ua.wikimedia.org, prefix `wmua`), and ja.wikimedia.org and
 * zh.wikimedia.org are no wikis at all. The link goes where the live wiki's goes.
 */
export const LANGUAGE_PROJECTS: Readonly<Record<string, { host: string; lang: string | null }>> = {
  w: { host: '{lang}.wikipedia.org', lang: 'en' },
  wikt: { host: '{lang}.wiktionary.org', lang: null },
  b: { host: '{lang}.wikibooks.org', lang: null },
  n: { host: '{lang}.wikinews.org', lang: null },
  q: { host: '{lang}.wikiquote.org', lang: null },
  s: { host: '{lang}.wikisource.org', lang: null },
  v: { host: '{lang}.wikiversity.org', lang: null },
  voy: { host: '{lang}.wikivoyage.org', lang: null },
  chapter: { host: '{lang}.wikimedia.org', lang: null },
};

const WIKIMEDIA = `
acc https://accounts.wmflabs.org/internal.php/viewRequest?id=$1
acronym https://www.acronymfinder.com/$1.html
advisory https://advisory.wikimedia.org/wiki/$1
antwiki https://antwiki.org/wiki/$1
appropedia https://www.appropedia.org/$1
aquariumwiki https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#AquariumWiki
arborwiki https://localwiki.org/ann-arbor/$1
arxiv https://arxiv.org/abs/$1
battlestarwiki https://en.battlestarwiki.org/$1
bcnbio https://www.bcn.cl/historiapolitica/resenas_parlamentarias/wiki/$1
beacha https://www.beachapedia.org/$1
betawiki https://translatewiki.net/wiki/$1
betawikiversity https://beta.wikiversity.org/wiki/$1
bibcode https://ui.adsabs.harvard.edu/abs/$1/abstract
bibliowiki https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikilivres
botwiki https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Botwiki
boxrec https://boxrec.com/en/boxer/$1
bugzilla https://bugzilla.wikimedia.org/show_bug.cgi?id=$1
bulba https://bulbapedia.bulbagarden.net/wiki/$1
c https://commons.wikimedia.org/wiki/$1
c2 https://wiki.c2.com/?$1
cache https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Google_Cache
ccorg https://creativecommons.org/$1
centralwikia https://community.fandom.com/wiki/$1
choralwiki https://www.cpdl.org/wiki/index.php/$1
citizendium https://en.citizendium.org/wiki/$1
cmn https://zh.wikipedia.org/wiki/$1
commons https://commons.wikimedia.org/wiki/$1
communitywiki https://communitywiki.org/$1
comune https://rete.comuni-italiani.it/wiki/$1
creativecommons https://creativecommons.org/licenses/$1
creativecommonswiki https://wiki.creativecommons.org/$1
cz https://cs.wikipedia.org/wiki/$1
d https://www.wikidata.org/wiki/$1
dbdump https://dumps.wikimedia.org/$1/latest/
dcdatabase https://dc.fandom.com/$1
dcw https://dcwwiki.org/$1
debian https://wiki.debian.org/$1
devmo https://developer.mozilla.org/docs/$1
dico https://dicoado.org/dico/$1
dicoado https://fr.dicoado.org/dico/$1
dict https://www.dict.org/bin/Dict?Database=*&Form=Dict1&Strategy=*&Query=$1
dictionary https://www.dict.org/bin/Dict?Database=*&Form=Dict1&Strategy=*&Query=$1
diffblog https://diff.wikimedia.org/$1
discord https://discord.com/$1
disinfopedia https://sourcewatch.org/index.php/$1
dk https://da.wikipedia.org/wiki/$1
dmoz https://curlie.org/$1
dmozs https://curlie.org/search?q=$1
doi https://doi.org/$1
donate https://donate.wikimedia.org/wiki/$1
doom_wiki https://doom.fandom.com/wiki/$1
download https://releases.wikimedia.org/$1
dpd https://www.rae.es/dpd/$1
dpla https://dp.la/item/$1
drae https://dle.rae.es/?w=$1
elibre https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#elibre
emacswiki https://www.emacswiki.org/emacs?$1
en-simple https://simple.wikipedia.org/wiki/$1
encyc https://encyc.org/wiki/$1
englyphwiki https://en.glyphwiki.org/wiki/$1
enkol https://enkol.pl/$1
epo https://eo.wikipedia.org/wiki/$1
esolang https://esolangs.org/wiki/$1
etherpad https://etherpad.wikimedia.org/$1
ethnologue https://www.ethnologue.com/language/$1
ethnologuefamily https://www.ethnologue.com/show_family.asp?subid=$1
exkcd https://www.explainxkcd.com/wiki/index.php/$1
exotica https://www.exotica.org.uk/wiki/$1
f https://www.wikifunctions.org/wiki/$1
fandom https://community.fandom.com/wiki/w:c:$1
fanimutationwiki https://wiki.animutationportal.com/index.php/$1
fedora https://fedoraproject.org/wiki/$1
finalfantasy https://finalfantasy.fandom.com/wiki/$1
finnix https://www.finnix.org/$1
flickrphoto https://www.flickr.com/photo.gne?id=$1
flickruser https://www.flickr.com/people/$1
foldoc https://foldoc.org/$1
foundation https://foundation.wikimedia.org/wiki/$1
foundationsite https://wikimediafoundation.org/$1
freebsdman https://www.FreeBSD.org/cgi/man.cgi?apropos=1&query=$1
freedomdefined https://freedomdefined.org/$1
freenode https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#freenode
freesoft https://directory.fsf.org/wiki/$1
gardenology https://www.gardenology.org/wiki/$1
gentoo https://wiki.gentoo.org/wiki/$1
genwiki https://wiki.genealogy.net/index.php/$1
gerrit https://gerrit.wikimedia.org/r/$1
git https://gerrit.wikimedia.org/g/$1
gitiles https://gerrit.wikimedia.org/g/$1
gitlab https://gitlab.wikimedia.org/$1
globalcontribs https://guc.toolforge.org/?user=$1
glottolog https://glottolog.org/glottolog?iso=$1
glottopedia http://glottopedia.org/index.php/$1
google https://www.google.com/search?q=$1
googledefine https://www.google.com/search?q=define:$1
googlegroups https://groups.google.com/groups?q=$1
gs https://global-search.toolforge.org/?q=$1
gucprefix https://guc.toolforge.org/?isPrefixPattern=1&src=rc&user=$1
guildwarswiki https://wiki.guildwars.com/wiki/$1
gutenberg https://www.gutenberg.org/ebooks/$1
gutenbergwiki https://meta.wikimedia.org/w/index.php?title=Interwiki_map/discontinued#Gutenbergwiki
hackerspaces https://wiki.hackerspaces.org/$1
hammondwiki https://www.dairiki.org/HammondWiki/$1
hdl https://hdl.handle.net/$1
heraldik https://heraldik-wiki.de/wiki/$1
horizonlabs https://horizon.wikimedia.org/$1
hrfwiki http://fanstuff.hrwiki.org/index.php/$1
hrwiki http://www.hrwiki.org/index.php/$1
iarchive https://archive.org/details/$1
imdbcompany https://www.imdb.com/company/co$1/
imdbname https://www.imdb.com/name/nm$1/
imdbtitle https://www.imdb.com/title/tt$1/
incubator https://incubator.wikimedia.org/wiki/$1
infosphere https://theinfosphere.org/$1
irc irc://irc.libera.chat/$1
ircrc irc://irc.wikimedia.org/$1
ircs ircs://irc.libera.chat/$1
isni https://isni.org/isni/$1
iso639-3 https://iso639-3.sil.org/code/$1
issn https://www.worldcat.org/issn/$1
iuridictum https://iuridictum.pecina.cz/w/$1
jaglyphwiki https://glyphwiki.org/wiki/$1
jira https://jira.toolserver.org/browse/$1
jp https://ja.wikipedia.org/wiki/$1
jstor https://www.jstor.org/journals/$1
kamelo http://kamelopedia.net/wiki/$1
karlsruhe https://ka.stadtwiki.net/$1
komicawiki https://wiki.komica.org/?$1
labsconsole https://wikitech.wikimedia.org/wiki/$1
lexemes https://www.wikidata.org/w/index.php?search=$1&ns146=1
liberachat ircs://irc.libera.chat/$1
libreplanet https://libreplanet.org/wiki/$1
lingualibre https://lingualibre.org/wiki/$1
linguistlist https://linguistlist.org/forms/langs/LLDescription.cfm?code=$1
listarchive https://lists.wikimedia.org/hyperkitty/$1
localwiki https://localwiki.org/$1
lofc https://id.loc.gov/authorities/$1
lojban https://mw.lojban.org/papri/$1
lokalhistoriewiki https://lokalhistoriewiki.no/wiki/$1
lostpedia https://lostpedia.fandom.com/wiki/$1
luxo https://guc.toolforge.org/?user=$1
m https://meta.wikimedia.org/wiki/$1
mail https://lists.wikimedia.org/postorius/lists/$1.lists.wikimedia.org/
mailarchive https://lists.wikimedia.org/pipermail/$1
mariowiki https://www.mariowiki.com/$1
marveldatabase https://marvel.fandom.com/wiki/$1
mdwiki https://mdwiki.org/wiki/$1
meatball http://meatballwiki.org/wiki/$1
mediawikiwiki https://www.mediawiki.org/wiki/$1
mediazilla https://bugzilla.wikimedia.org/$1
memoryalpha https://memory-alpha.fandom.com/wiki/$1
meta https://meta.wikimedia.org/wiki/$1
metawiki https://meta.wikimedia.org/wiki/$1
metawikimedia https://meta.wikimedia.org/wiki/$1
metawikipedia https://meta.wikimedia.org/wiki/$1
mineralienatlas https://www.mineralienatlas.de/lexikon/index.php/$1
miraheze https://meta.miraheze.org/wiki/$1
mixnmatch https://mix-n-match.toolforge.org/#/catalog/$1
moinmoin https://moinmo.in/$1
mosapedia https://mosapedia.de/wiki/index.php/$1
mozillawiki https://wiki.mozilla.org/$1
mozillazinekb https://kb.mozillazine.org/$1
mw https://www.mediawiki.org/wiki/$1
mwod https://www.merriam-webster.com/dictionary/$1
mwot https://www.merriam-webster.com/thesaurus/$1
nara https://catalog.archives.gov/id/$1
nlab https://ncatlab.org/nlab/show/$1
nost https://nostalgia.wikipedia.org/wiki/$1
nostalgia https://nostalgia.wikipedia.org/wiki/$1
oclc https://www.worldcat.org/oclc/$1
oeis https://oeis.org/$1
oewiki https://oesterreichwiki.org/wiki/$1
oldwikisource https://wikisource.org/wiki/$1
olpc https://wiki.laptop.org/go/$1
openlibrary https://openlibrary.org/$1
openstreetmap https://wiki.openstreetmap.org/wiki/$1
openwetware https://openwetware.org/wiki/$1
organicdesign https://www.organicdesign.co.nz/$1
orthodoxwiki https://orthodoxwiki.org/$1
osmwiki https://wiki.openstreetmap.org/wiki/$1
otrs https://ticket.wikimedia.org/otrs/index.pl?Action=AgentTicketZoom&TicketID=$1
otrswiki https://vrt-wiki.wikimedia.org/wiki/$1
outreach https://outreach.wikimedia.org/wiki/$1
outreachwiki https://outreach.wikimedia.org/wiki/$1
owasp https://www.owasp.org/index.php/$1
paws https://public-paws.wmcloud.org/$1
petscan https://petscan.wmflabs.org/?psid=$1
phab https://phabricator.wikimedia.org/$1
phabricator https://phabricator.wikimedia.org/$1
planetmath https://planetmath.org/alphabetical.html
pmid https://www.ncbi.nlm.nih.gov/pubmed/$1?dopt=Abstract
pokewiki https://pokewiki.de/$1
pokéwiki https://pokewiki.de/$1
policy https://policy.wikimedia.org/$1
proofwiki https://proofwiki.org/wiki/$1
pyrev https://www.mediawiki.org/wiki/Special:Code/pywikipedia/$1
pythoninfo https://wiki.python.org/moin/$1
quality https://quality.wikimedia.org/wiki/$1
quarry https://quarry.wmcloud.org/$1
rcirc irc://irc.wikimedia.org/$1
regiowiki https://regiowiki.at/wiki/$1
rev https://www.mediawiki.org/wiki/Special:Code/MediaWiki/$1
revo https://reta-vortaro.de/#$1
rfc https://datatracker.ietf.org/doc/html/rfc$1
rheinneckar https://rhein-neckar-wiki.de/$1
rodovid https://en.rodovid.org/wk/$1
rt https://rt.wikimedia.org/Ticket/Display.html?id=$1
scholar https://scholar.google.com/scholar?q=$1
schoolswp https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#SchoolsWP
schoolwiki https://schoolwiki.in/$1
scores https://imslp.org/wiki/$1
scoutwiki https://en.scoutwiki.org/$1
securewikidc https://wikimediadc.org/wiki/$1
semantic-mw https://www.semantic-mediawiki.org/wiki/$1
senseislibrary https://senseis.xmp.net/?$1
sep11 https://meta.wikimedia.org/wiki/Sep11wiki
sharemap https://meta.wikimedia.org/w/index.php?title=Interwiki_map/discontinued#Sharemap
shoutwiki https://www.shoutwiki.com/wiki/$1
silcode https://iso639-3.sil.org/code/$1
slashdot https://slashdot.org/article.pl?sid=$1
sourceforge https://sourceforge.net/$1
spcom https://spcom.wikimedia.org/wiki/$1
species https://species.wikimedia.org/wiki/$1
stats https://stats.wikimedia.org/$1
stewardry https://meta.toolforge.org/stewardry/?wiki=$1
strategy https://strategy.wikimedia.org/wiki/$1
strategywiki https://strategywiki.org/wiki/$1
sulutil https://meta.wikimedia.org/wiki/Special:CentralAuth/$1
svn https://svn.wikimedia.org/viewvc/mediawiki/$1?view=log
swtrain https://train.spottingworld.com/$1
tardis https://tardis.wiki/wiki/$1
tclerswiki https://wiki.tcl-lang.org/page/$1
tenwiki https://ten.wikipedia.org/wiki/$1
test2wiki https://test2.wikipedia.org/wiki/$1
testcommons https://test-commons.wikimedia.org/wiki/$1
testwiki https://test.wikipedia.org/wiki/$1
testwikidata https://test.wikidata.org/wiki/$1
tfwiki https://tfwiki.net/wiki/$1
thelemapedia http://www.thelemapedia.org/index.php/$1
theopedia https://www.theopedia.com/$1
ticket https://ticket.wikimedia.org/otrs/index.pl?Action=AgentTicketZoom&TicketNumber=$1
tmbw https://tmbw.net/wiki/$1
tolkiengateway https://tolkiengateway.net/wiki/$1
toolforge https://iw.toolforge.org/$1
toolhub https://toolhub.wikimedia.org/$1
toollabs https://iw.toolforge.org/$1
tools https://toolserver.org/$1
translatewiki https://translatewiki.net/wiki/$1
tswiki https://www.mediawiki.org/wiki/Toolserver:$1
tviv http://tviv.org/wiki/$1
twiki https://twiki.org/cgi-bin/view/$1
twl https://wikipedialibrary.wmflabs.org/search/?q=$1
tyvawiki https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#TyvaWiki
umap https://umap.openstreetmap.fr/$1
uncyclopedia https://en.uncyclopedia.co/wiki/$1
unihan https://www.unicode.org/cgi-bin/GetUnihanData.pl?codepoint=$1
urbandict https://www.urbandictionary.com/define.php?term=$1
usability https://usability.wikimedia.org/wiki/$1
usemod https://www.usemod.org/cgi-bin/wiki.pl?$1
utrs https://utrs-beta.wmflabs.org/appeal/$1
viaf https://viaf.org/viaf/$1
vikidia https://fr.vikidia.org/wiki/$1
vlos https://tusach.thuvienkhoahoc.com/wiki/$1
votewiki https://vote.wikimedia.org/wiki/$1
vrts https://ticket.wikimedia.org/otrs/index.pl?Action=AgentTicketZoom&TicketID=$1
vrtwiki https://vrt-wiki.wikimedia.org/wiki/$1
wcna https://wikiconference.org/wiki/$1
weirdgloop https://meta.weirdgloop.org/w/$1
werelate https://www.werelate.org/wiki/$1
wg https://wg-en.wikipedia.org/wiki/$1
wikia https://community.fandom.com/wiki/w:c:$1
wikiapiary https://wikiapiary.com/wiki/$1
wikiasite https://community.fandom.com/wiki/w:c:$1
wikibooks https://en.wikibooks.org/wiki/$1
wikicities https://community.fandom.com/wiki/w:$1
wikicity https://community.fandom.com/wiki/w:c:$1
wikiconference https://wikiconference.org/wiki/$1
wikidata https://www.wikidata.org/wiki/$1
wikiedudashboard https://dashboard.wikiedu.org/$1
wikifunctions https://www.wikifunctions.org/wiki/$1
wikifur https://en.wikifur.com/wiki/$1
wikihow https://www.wikihow.com/$1
wikiindex https://wikiindex.org/$1
wikilivres https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikilivres
wikilivresru https://wikilivres.ru/$1
wikimania https://wikimania.wikimedia.org/wiki/$1
wikimedia https://foundation.wikimedia.org/wiki/$1
wikinews https://en.wikinews.org/wiki/$1
wikinfo https://wikinfo.org/w/index.php/$1
wikinvest https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikinvest
wikipapers https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikipapers
wikipedia https://en.wikipedia.org/wiki/$1
wikipediawikipedia https://en.wikipedia.org/wiki/Wikipedia:$1
wikiquote https://en.wikiquote.org/wiki/$1
wikiskripta https://www.wikiskripta.eu/index.php/$1
wikisophia https://meta.wikimedia.org/wiki/Interwiki_map/discontinued#Wikisophia
wikisource https://en.wikisource.org/wiki/$1
wikisp https://wikisp.org/wiki/$1
wikispecies https://species.wikimedia.org/wiki/$1
wikispore https://wikispore.wmflabs.org/wiki/$1
wikispot http://wikispot.org/?action=gotowikipage&v=$1
wikitech https://wikitech.wikimedia.org/wiki/$1
wikiti https://wikiti.brandonw.net/index.php?title=$1
wikitrek https://wikitrek.org/wiki/$1
wikiversity https://en.wikiversity.org/wiki/$1
wikivoyage https://en.wikivoyage.org/wiki/$1
wikiwikiweb https://wiki.c2.com/?$1
wiktionary https://en.wiktionary.org/wiki/$1
wm2005 https://wikimania2005.wikimedia.org/wiki/$1
wm2006 https://wikimania2006.wikimedia.org/wiki/$1
wm2007 https://wikimania2007.wikimedia.org/wiki/$1
wm2008 https://wikimania2008.wikimedia.org/wiki/$1
wm2009 https://wikimania2009.wikimedia.org/wiki/$1
wm2010 https://wikimania2010.wikimedia.org/wiki/$1
wm2011 https://wikimania2011.wikimedia.org/wiki/$1
wm2012 https://wikimania2012.wikimedia.org/wiki/$1
wm2013 https://wikimania2013.wikimedia.org/wiki/$1
wm2014 https://wikimania2014.wikimedia.org/wiki/$1
wm2015 https://wikimania2015.wikimedia.org/wiki/$1
wm2016 https://wikimania2016.wikimedia.org/wiki/$1
wm2017 https://wikimania2017.wikimedia.org/wiki/$1
wm2018 https://wikimania2018.wikimedia.org/wiki/$1
wmam https://am.wikimedia.org/wiki/$1
wmania https://wikimania.wikimedia.org/wiki/$1
wmar https://www.wikimedia.org.ar/wiki/$1
wmat https://mitglieder.wikimedia.at/$1
wmau https://wikimedia.org.au/wiki/$1
wmbd https://bd.wikimedia.org/wiki/$1
wmbe https://be.wikimedia.org/wiki/$1
wmbr https://br.wikimedia.org/wiki/$1
wmca https://ca.wikimedia.org/wiki/$1
wmch https://www.wikimedia.ch/$1
wmcl https://wikimedia.cl/$1
wmcn https://cn.wikimedia.org/wiki/$1
wmco https://co.wikimedia.org/wiki/$1
wmcz https://www.wikimedia.cz/$1
wmcz_docs https://docs.wikimedia.cz/wiki/$1
wmcz_old https://old.wikimedia.cz/wiki/$1
wmdc https://wikimediadc.org/wiki/$1
wmde https://wikimedia.de/$1
wmdeblog https://blog.wikimedia.de/$1
wmdk https://dk.wikimedia.org/wiki/$1
wmdoc https://doc.wikimedia.org/$1
wmec https://ec.wikimedia.org/wiki/$1
wmee https://ee.wikimedia.org/wiki/$1
wmes https://www.wikimedia.es/wiki/$1
wmet https://ee.wikimedia.org/wiki/$1
wmf https://foundation.wikimedia.org/wiki/$1
wmfblog https://diff.wikimedia.org/$1
wmfdashboard https://outreachdashboard.wmflabs.org/$1
wmfi https://fi.wikimedia.org/wiki/$1
wmfr https://wikimedia.fr/$1
wmge https://ge.wikimedia.org/wiki/$1
wmhi https://hi.wikimedia.org/wiki/$1
wmhk https://meta.wikimedia.org/wiki/Wikimedia_Hong_Kong
wmhu https://wikimedia.hu/wiki/$1
wmid https://id.wikimedia.org/wiki/$1
wmil https://www.wikimedia.org.il/$1
wmin https://meta.wikimedia.org/wiki/Wikimedia_India
wmit https://wiki.wikimedia.it/wiki/$1
wmke https://meta.wikimedia.org/wiki/Wikimedia_Kenya
wmmk https://mk.wikimedia.org/wiki/$1
wmmx https://mx.wikimedia.org/wiki/$1
wmnl https://nl.wikimedia.org/wiki/$1
wmno https://no.wikimedia.org/wiki/$1
wmnoc https://noc.wikimedia.org/$1
wmnoch https://noc.wikimedia.org/conf/highlight.php?file=$1
wmnyc https://nyc.wikimedia.org/wiki/$1
wmpa-us https://pa-us.wikimedia.org/wiki/$1
wmph https://meta.wikimedia.org/wiki/Wiki_Society_of_the_Philippines
wmpl https://pl.wikimedia.org/wiki/$1
wmplsite https://wikimedia.pl/$1
wmpt https://pt.wikimedia.org/wiki/$1
wmpunjabi https://punjabi.wikimedia.org/wiki/$1
wmromd https://romd.wikimedia.org/wiki/$1
wmrs https://rs.wikimedia.org/wiki/$1
wmru https://ru.wikimedia.org/wiki/$1
wmse https://se.wikimedia.org/wiki/$1
wmsk https://wikimedia.sk/$1
wmteam https://wikimaniateam.wikimedia.org/wiki/$1
wmtr https://tr.wikimedia.org/wiki/$1
wmtw https://meta.wikimedia.org/wiki/Wikimedia_Taiwan
wmua https://ua.wikimedia.org/wiki/$1
wmuk https://wikimedia.org.uk/wiki/$1
wmve https://ve.wikimedia.org/wiki/$1
wmza https://meta.wikimedia.org/wiki/Wikimedia_South_Africa
wookieepedia https://starwars.fandom.com/wiki/$1
wowwiki https://wowpedia.fandom.com/wiki/$1
wplibrary https://wikipedialibrary.wmflabs.org/search/?q=$1
wurmpedia https://wurmpedia.com/index.php/$1
xkcd https://xkcd.com/$1
xtools https://xtools.wmcloud.org/$1
zum https://wiki.zum.de/$1
`;

const CORE_DEFAULTS = `
dwjwiki http://www.suberic.net/cgi-bin/dwj/wiki.cgi?$1
imdb http://www.imdb.com/find?q=$1&tt=on
linuxwiki http://linuxwiki.de/$1
lqwiki http://wiki.linuxquestions.org/wiki/$1
s23wiki http://wiki.s23.org/wiki/$1
squeak http://wiki.squeak.org/squeak/$1
unreal https://wiki.beyondunreal.com/$1
wikif1 http://www.wikif1.org/$1
`;

/** Prefix (lower case, `_` read as a space, as titles are) → URL pattern, of one list. */
function readList(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of table.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) map.set(line.slice(0, space).replace(/_/g, ' '), line.slice(space + 1));
  }
  return map;
}

const WIKIMEDIA_URLS = readList(WIKIMEDIA);

/** The prefixes of the Wikimedia map (every Wikimedia wiki has them). */
export const WIKIMEDIA_PREFIXES: readonly string[] = [...WIKIMEDIA_URLS.keys()];

/** The prefixes only core's default list has (a wiki outside Wikimedia may have them). */
export const CORE_ONLY_PREFIXES: readonly string[] = [...readList(CORE_DEFAULTS).keys()].filter((p) => !WIKIMEDIA_URLS.has(p));

/**
 * Prefix → URL pattern, both lists (the Wikimedia URL where both have the prefix). Which prefixes
 * a wiki has is its SiteConfig's `interwiki`; this only says where they lead.
 */
export const INTERWIKI_URLS: ReadonlyMap<string, string> = new Map([...readList(CORE_DEFAULTS), ...WIKIMEDIA_URLS]);

/**
 * Language prefixes whose wiki has another host name: the Wikipedia's (the map's URL for them),
 * taken for the sister projects' editions too, which mostly share it (`wikt:nan:X` is
 * zh-min-nan.wiktionary). The one known exception: see editionHost.
 */
const EDITION_HOSTS: Record<string, string> = {
  'be-x-old': 'be-tarask', egl: 'eml', gsw: 'als', lzh: 'zh-classical', nan: 'zh-min-nan', nb: 'no',
  rup: 'roa-rup', sgs: 'bat-smg', vro: 'fiu-vro', yue: 'zh-yue', 'zh-cn': 'zh', 'zh-tw': 'zh',
};

/**
 * The host name of a language's edition of a project (`gsw` → `als`, as in `als.wikipedia.org`);
 * `prefix` is the project's interwiki prefix, Wikipedia's by default. Cantonese Wiktionary was
 * opened as yue.wiktionary.org while the Wikipedia stays zh-yue: the Wikimedia interwiki map
 * special-cases `wikt:yue:` (dumpInterwiki.php, T214400).
 */
export function editionHost(lang: string, prefix = 'w'): string {
  if (lang === 'yue' && prefix === 'wikt') return lang;
  return EDITION_HOSTS[lang] ?? lang;
}
