// The word lists of the name extraction (folded): Dutch news first, with the English words that
// appear in quoted names, and the patterns of the shapes of words and gaps.

/** Capitalised words that begin sentences or headings and are not names. */
export const STOP_CAPITALS = new Set(
  ('de het een die dat deze dit die daar hier er en of maar want dus toch ook nog wel niet geen al alle beide veel enkele ' +
    'sommige andere elke ieder iedere zo nu dan toen als omdat terwijl hoewel zodat tot sinds tijdens na voor na vanaf ' +
    'met zonder door over onder boven achter tussen binnen buiten rond rondom tegen naar uit van in op bij om aan ' +
    'volgens aldus vanuit namens ondanks dankzij wegens inmiddels momenteel intussen ondertussen eerst daarna daarom ' +
    'toen later vorige volgende afgelopen komende vandaag gisteren morgen hij zij ze wij we ik je jij u men wie wat waar ' +
    'waarom hoe wanneer welke welk zijn haar hun ons onze mijn jouw uw het lees zie meer ook bovendien verder vooral ' +
    'ja nee oh mevrouw meneer heer dames heren the a an of and in on at to for by with from this that it he she they we ' +
    'zodra nadat zelfs pas zowel noch ofwel mits tenzij indien totdat net juist echter immers eens vaak soms nooit ooit ' +
    'thans straks bijna ruim circa zeker even steeds weer daarin daarop daarmee daarna daarbij hierin hierop waarin ' +
    'naast zoals via per alsof doordat voordat opdat sedert behalve tegenover ' +
    'januari februari maart april mei juni juli augustus september oktober november december ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'pasen pinksteren kerstmis hemelvaart suikerfeest offerfeest carnaval nieuwjaar oudjaar koningsdag bevrijdingsdag prinsjesdag allerheiligen allerzielen ' +
    'maandagavond dinsdagavond woensdagavond donderdagavond vrijdagavond zaterdagavond zondagavond ' +
    'maandagochtend dinsdagochtend woensdagochtend donderdagochtend vrijdagochtend zaterdagochtend zondagochtend ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march june july august october ' +
    'foto beeld video update live breaking duizenden honderden tientallen miljoenen talloze vele ' +
    'dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend twee drie vier vijf zes zeven acht negen tien ' +
    'eerste tweede derde vierde vijfde zesde zevende achtste negende tiende').split(' '),
);

/** Labels of liveblogs, captions and updates, written in capitals ("LIVE |", "UPDATE:", "VIDEO"): no acronyms. */
export const BANNER_WORDS: ReadonlySet<string> = new Set(['live', 'update', 'video', 'foto', 'breaking', 'liveblog', 'exclusief', 'analyse', 'column', 'opinie', 'interview', 'reportage', 'nieuws']);

/** Acronyms of tournaments, benefits, taxes, schools and things, written with an article as a body's are ("het EK", "de AOW"): no names. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  'ek wk os aow ww wia wmo btw ozb woz apk cao avg ict ggz ic ai bnp dna hiv mri vmbo havo vwo mbo hbo pfas pfoa pfos pcb lpg lng cng co2 nox var'.split(' '),
);

/**
 * Lower-case words inside names: "Ursula von der Leyen", "Hoge Raad van State", "Mohammed bin
 * Salman", "Jan te Winkel". They join a name's words; compared, they say nothing of whom it names
 * (see significantWords), except "abu", which makes a name of its own ("Abu Salim" is no Salim).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'te', 'ter', 'ten', 'von', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'di', 'le', 'la', 'bin', 'ibn', 'ben', 'bint', 'abu', 'al', 'el', 'y', 'of']);

/** Capitalised prefixes of compounds that are not names: "Oud-minister", "Ex-president", "Anti-NAVO". */
export const WORD_PREFIXES = new Set(['oud', 'ex', 'vice', 'anti', 'pro', 'niet', 'mede', 'co', 'super', 'mega', 'top', 'zuid', 'noord', 'oost', 'west', 'midden']);

/**
 * Function words that, capitalised within a sentence, begin the name of a party, list or medium:
 * "Voor Gent", "Wij Zijn Gent", "The Times" (also at a sentence start: a Dutch sentence starts with no "The").
 */
export const NAME_FUNCTION_WORDS = new Set(['the', 'voor', 'een', 'ons', 'onze', 'wij', 'met', 'zonder', 'tegen']);

/** After a surname: "Ferdinand Marcos jr.", "Ken Griffey Sr." */
export const GENERATION_SUFFIXES = new Set(['jr', 'sr']);

/** Between the words of one name: "CD&V", "Stop & Shop", "Procter & Gamble", "Smulders+Bakx". */
export const AMPERSAND_GAP = /^ ?[&+] ?$/;

/** Joining words inside an organisation's name: "Partij voor de Vrijheid", "Forum voor Democratie". */
export const ORGANIZATION_LINKS = new Set(['voor', 'tegen', 'en', 'op', 'for', 'and']);

/** Arabic article written lower-case and joined: "al-Khadafi", "am-Saaraj", "el-Sisi", "ash-Shara". */
export const ARABIC_ARTICLE = /^(?:al|el|am|as|ad|ar|at|an|az|ash|ul|ud|ed|es|ez|en|er)[-‐'’]/i;

/** Acronyms that end an organisation's name rather than start a new one: "al-Ahrar TV", "Philips NV". */
export const NAME_FINAL_ACRONYMS = new Set(['tv', 'fm', 'mc', 'umc', 'nv', 'bv', 'ag', 'sa', 'plc', 'fc', 'ac', 'sc', 'cv', 'inc', 'ltd', 'llc']);

/** Titles and functions of people. A word is a role when it is one, ends in one after a hyphen ("VN-gezant"), or (6+ letters) ends in one ("partijvoorzitter"). */
export const ROLE_WORDS = new Set(
  ('premier president minister staatssecretaris kanselier bondskanselier maarschalk veldmaarschalk generaal kolonel majoor ' +
    'luitenant kapitein commandant bevelhebber krijgsheer dictator leider gezant afgezant ambassadeur diplomaat woordvoerder ' +
    'woordvoerster secretaris voorzitter hoofd directeur topman topvrouw baas ceo cfo oprichter eigenaar koning koningin ' +
    'prins prinses kroonprins paus emir sjeik sultan ayatollah imam burgemeester gouverneur wethouder gedeputeerde senator kamerlid ' +
    'europarlementarier fractievoorzitter fractieleider lijsttrekker partijleider trainer coach bondscoach aanvoerder spits ' +
    'doelman keeper verdediger middenvelder aanvaller speler wielrenner schaatser atleet hoogleraar professor onderzoeker ' +
    'wetenschapper rechter advocaat aanklager procureur officier journalist correspondent commissaris eurocommissaris ' +
    'vicepremier onderminister ombudsman rapporteur functionaris bisschop kardinaal rabbijn activist kandidaat ' +
    'presidentskandidaat oprichtster directrice bestuurder bestuursvoorzitter manager minister-president vicepresident ' +
    'zanger zangeres schrijver schrijfster acteur actrice kunstenaar arts chirurg viroloog epidemioloog econoom ' +
    'analist expert chef opperbevelhebber legerleider rebellenleider militieleider krijgsheer premier-elect president-elect ' +
    'chairman spokesman spokeswoman minister-presidente burgemeesteres agent inspecteur activiste journaliste voorzitster ' +
    'deskundige politica kandidate ambassadrice presidente emir sjeika eurocommissaris ' +
    'kamerleden statenlid statenleden raadslid raadsleden general colonel vader moeder broer zus zoon dochter oom tante opa oma grootvader grootmoeder kleinzoon kleindochter echtgenoot echtgenote weduwe zuster broeder pater pastoor dominee sir lord sheikh dr drs mr ir prof ds mgr').split(' '),
);

/** Words that name an organisation when they are part of a name ("Hoge Raad van State", "Libische Nationale Leger"). */
export const ORGANIZATION_HEADS = new Set(
  ('observatorium raad leger partij bank unie liga commissie kamer ministerie hof rechtbank parlement regering front beweging alliantie ' +
    'garde strijdkrachten naties republiek federatie macht brigade brigades militie bataljon organisatie agentschap instituut ' +
    'universiteit ziekenhuis omroep tv krant fonds groep concern bedrijf maatschappij vereniging stichting bond club fc ac sc nv bv mc umc ' +
    'senaat congres council army party union ministry agency court tribunal tribunaal gerechtshof politie marine luchtmacht krijgsmacht ' +
    'kabinet coalitie missie delegatie dienst inspectie autoriteit accord government company corporation group bureau ' +
    'airlines airways holding telecom energy school academie college hogeschool museum orkest vakbond federation league ' +
    'network news times post journal nieuws televisie radio staatsbedrijf staatsoliemaatschappij oliemaatschappij ' +
    'institute university foundation hospital society association committee lab laboratory technologies films studios ' +
    'media partners capital industries systems forum centre center international netwerk force waterschap hoogheemraadschap veiligheidsregio ' +
    'energie ports terminals logistics shipping advocaten notarissen accountants architecten adviseurs makelaars ingenieurs consultants kantoor').split(' '),
);

/** Movements whose national members take the nationality adjective into their name: "het Nederlandse Rode Kruis" (folded). */
export const NATIONAL_SOCIETY_MOVEMENTS: ReadonlySet<string> = new Set(['rode kruis', 'rode halve maan', 'red cross', 'red crescent']);

/** Words before a name that place it: "in Tripoli", "de stad Ghadames", "luchthaven Mitiga". */
export const PLACE_PREPOSITIONS = new Set(['in', 'naar', 'uit', 'vanuit', 'nabij', 'richting', 'rond', 'rondom', 'buiten', 'langs']);
export const PLACE_NOUNS = new Set(
  ('stad hoofdstad havenstad havenplaats kustplaats kuststad grensstad dorp provincie regio gemeente deelstaat eiland ' +
    'luchthaven vliegveld haven wijk plaats gebied oase woestijn rivier berg vallei district departement staat').split(' '),
);
/** First words of place names: "New Mexico", "Port Sudan", "Santa Catarina", "Ras Lanuf", "Wadi Rum", "Plaza Mayor", "Beit Lahia", "Khan Younis". */
export const PLACE_NAME_STARTS = new Set(['new', 'north', 'south', 'east', 'west', 'port', 'fort', 'san', 'santa', 'sao', 'sint', 'saint', 'mount', 'lake', 'cape', 'kaap', 'ras', 'bir', 'wadi', 'qasr', 'jebel', 'djebel', 'bandar', 'avenida', 'rua', 'plaza', 'piazza', 'praca', 'tal', 'tell', 'deir', 'beit', 'kafr', 'ain', 'khan', 'jabal', 'jisr', 'marsa', 'sidi']);
/**
 * Endings of place names across the languages of the news (Dutch and German towns, Slavic,
 * Persian and Central Asian places): "Kampershoek", "Pokrovsk", "Kostjantynivka", "Islamabad".
 * They type a one-word name that nothing else types; no ending here is a common one of surnames.
 */
export const PLACE_NAME_ENDINGS: readonly string[] = [
  'stad', 'dam', 'burg', 'dorp', 'veen', 'hoek', 'wijk', 'hausen', 'heim', 'ville', 'grad', 'opol', 'ivka', 'ovka', 'yivka',
  'ovsk', 'evsk', 'insk', 'orsk', 'abad', 'istan', 'streek',
];
/**
 * Endings of surnames (Slavic, Georgian, Romanian, Turkish): "Achmatova", "Tymosjenko", "Saakasjvili",
 * "Popescu". Like PLACE_NAME_ENDINGS they type a one-word name that nothing else types.
 */
export const PERSON_NAME_ENDINGS: readonly string[] = ['ova', 'eva', 'ovna', 'evna', 'enko', 'ovic', 'evic', 'vili', 'escu', 'oglu', 'ski', 'sky', 'skyj', 'skij'];
/** Last words of the names of structures and sites: "Ziggo Dome", "Chinese Muur", "Wall Street"; as a compound's tail ("Maeslantkering") when 5+ letters. */
export const PLACE_HEADS = new Set(
  ('stadion arena campus plein straat laan gracht kade weg dijk brug haven park square street avenue avenida boulevard ' +
    'airport muur kanaal rivier zee baai golf oceaan gebergte vallei woestijn eiland eilanden kering schouwburg gebouw complex terrein heuvelrug').split(' '),
);
/** Last words of the names of prizes, contests, elections and wars, which are no entities: "Nobelprijs", "Grote Prijs", "Eurovisie Songfestival", "Statenverkiezingen"; compounds' tails when 5+ letters. */
export const EVENT_HEADS = new Set(
  ('prijs songfestival festival kampioenschap kampioenschappen verkiezing verkiezingen wereldoorlog oorlog spelen ' +
    'marathon toernooi open cup race classic premie eredivisie divisie').split(' '),
);
/** First words of the names of races and tours: "Ronde van Vlaanderen", "Tour de France", "Giro d'Italia". */
export const EVENT_STARTS: ReadonlySet<string> = new Set(['ronde', 'tour', 'giro', 'vuelta', 'omloop', 'gouden', 'wet']);
/** Weapons written as the tail of a compound with their type's name: "Patriot-systemen", "Taurus-kruisraketten", "Leopard-tanks" (compounds' tails when 4+ letters). */
export const WEAPON_NOUNS: ReadonlySet<string> = new Set(['systeem', 'systemen', 'raket', 'raketten', 'batterij', 'batterijen', 'tank', 'tanks', 'straaljager', 'straaljagers']);
/** Compass nouns that after "het" name a bloc or a region, no actor: "het Westen", "het Oosten". */
/** Points of the compass that begin a region's name ("Oost-Nederland") or end a body's ("Omgevingsdienst Utrecht Zuidwest"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['noord', 'zuid', 'oost', 'west', 'midden', 'noordoost', 'noordwest', 'zuidoost', 'zuidwest']);

export const COMPASS_NOUNS: ReadonlySet<string> = new Set(['westen', 'oosten', 'noorden', 'zuiden']);
/** Bodies whose compounds Dutch capitalises by convention: "het Kamerdebat", "de Kamercommissie", "een Statenmeerderheid" are ordinary nouns. */
export const CAPITALISED_COMPOUND_HEADS: readonly string[] = ['kamer', 'staten'];
/** Kinds of place before its name, capitalised or not: "Provincie Gelderland laat weten", "de Gemeente Utrecht"; the place is the mention. */
export const PLACE_KIND_WORDS: ReadonlySet<string> = new Set(['provincie', 'gemeente', 'deelgemeente', 'regio', 'deelstaat', 'stadsdeel']);
/** Nouns whose name follows them and names no actor: "storm Eunice", "orkaan Milton", "operatie Barkhane", "het containerschip Ever Given"; compounds' tails when 4+ letters. */
export const NAMED_THING_NOUNS: ReadonlySet<string> = new Set(['storm', 'orkaan', 'tyfoon', 'cycloon', 'operatie', 'oefening', 'schip', 'tanker', 'veerboot', 'fregat']);
/** Words that join an event's name to the name of its place or subject: "Grote Prijs van Nederland", "Nobelprijs voor de Vrede". */
export const EVENT_LINKS: ReadonlySet<string> = new Set(['van', 'voor', 'door', 'de', 'd', 'del', 'di', 'of']);
/** Verbs of saying next to a name mark a person: "zei Khaled al-Mishri", "aldus Guterres". */
export const SPEECH_VERBS = new Set(['zei', 'zegt', 'aldus', 'verklaarde', 'verklaart', 'schreef', 'schrijft', 'vertelde', 'vertelt', 'benadrukte', 'waarschuwde', 'stelde', 'stelt', 'twitterde', 'tweette', 'reageerde']);

/** Nationality and similar adjectives are cues, not names: "Russische", "Turkse", "Europees". */
export const ADJECTIVE_STEMS = new Set(
  ('turks russisch libisch egyptisch amerikaans europees europese frans duits brits engels nederlands belgisch italiaans ' +
    'spaans portugees portugese grieks pools oekraiens chinees chinese japans indiaas iraans iraaks syrisch israelisch ' +
    'palestijns arabisch saudisch qatarees qatarese marokkaans tunesisch algerijns soedanees soedanese afrikaans aziatisch ' +
    'internationaal internationale nationaal nationale koerdisch islamitisch joods christelijk westers oosters zwitsers ' +
    'oostenrijks zweeds noors deens fins iers schots hongaars tsjechisch roemeens bulgaars servisch kroatisch canadees ' +
    'canadese mexicaans braziliaans argentijns australisch koreaans vietnamees vietnamese indonesisch pakistaans afghaans ' +
    'georgisch armeens jemenitisch libanees libanese jordaans koeweits emiraats ethiopisch somalisch keniaans nigeriaans ' +
    'noord-afrikaans zuid-afrikaans oost-europees oost-europese west-europees west-europese wit-russisch vlaams waals ' +
    'fries limburgs brabants amsterdams rotterdams haags sjiitisch soennitisch ' +
    'filipijns chileens sloveens lets litouws kazachs oezbeeks mongools thais ' +
    'overijssels drents gronings zeeuws utrechts gelders hollands twents gents antwerps brugs luiks leuvens').split(' '),
);

/** Plural nationality nouns: "de Russen", "de Turken"; also "-ezen" ("Libanezen", "Congolezen"). */
export const DEMONYMS = new Set(
  ('russen turken amerikanen europeanen afrikanen arabieren koerden palestijnen israeliers libiers egyptenaren syriers ' +
    'irakezen iraniers afghanen chinezen japanners duitsers fransen britten engelsen italianen spanjaarden grieken ' +
    'nederlanders belgen oekrainers vlamingen walen marokkanen tunesiers algerijnen soedanezen jemenieten saoedis ' +
    'indiers pakistanen amerikaan rus turk europeaan belg nederlander fransman duitser brit italiaan spanjaard ' +
    'oekrainer israelier palestijn egyptenaar libier syrier iranier afghaan japanner marokkaan ' +
    // Inhabitants of a city, before a name as a role ("Amsterdammer Paul S.", "Kortrijkzaan Larry Azouni"); not those
    // that are surnames or begin names of organisations as well ("Vlaming", "Groninger Museum").
    'amsterdammer amsterdammers rotterdammer rotterdammers hagenaar hagenaars utrechter utrechters eindhovenaar eindhovenaren ' +
    'tilburger tilburgers nijmegenaar nijmegenaren zwollenaar zwollenaren antwerpenaar antwerpenaren gentenaar gentenaren ' +
    'brusselaar brusselaars leuvenaar leuvenaars kortrijkzaan kortrijkzanen bruggeling bruggelingen mechelaar mechelaars ' +
    'luikenaar luikenaars parijzenaar parijzenaars berlijner berlijners londenaar londenaars arnhemmer arnhemmers haarlemmer haarlemmers ' +
    'leidenaar leidenaars delftenaar delftenaren maastrichtenaar maastrichtenaren bosschenaar bosschenaren bredanaar bredanaars dordtenaar dordtenaren ' +
    // One of a nation, before a name: "de Zweed Daniel Berg", "de Amerikaan Frances Tiafoe".
    'zweed oostenrijker zwitser australier argentijn braziliaan mexicaan colombiaan keniaan ethiopier algerijn tunesier ' +
    'irakees indier koreaan slowaak roemeen bulgaar litouwer kroaat servier tsjech hongaar portugees chinees canadees ier ' +
    'luxemburger luxemburgers ijslander ijslanders sloveen slovenen ' +
    // and their plurals ("Tienduizenden Argentijnen"); not "Zweden" and "Polen", which are the countries too
    'oostenrijkers zwitsers australiers argentijnen brazilianen mexicanen colombianen kenianen ethiopiers koreanen slowaken ' +
    'roemenen bulgaren litouwers kroaten serviers tsjechen hongaren portugezen canadezen ieren noren denen finnen schotten ' +
    'azerbeidzjanen oezbeken kazachen').split(' '),
);

/** One of a nation that is a name as well ("Noor", "Pool"): a demonym only after "de" and before a name ("de Noor Casper Ruud"). */
export const NAME_DEMONYMS = new Set(['noor', 'pool', 'deen', 'fin', 'schot', 'griek']);

/** The phrase after these names a portfolio, not an entity: "minister van Buitenlandse Zaken". */
export const PORTFOLIO_HEADS = new Set(['minister', 'ministerie', 'staatssecretaris', 'departement', 'ministers']);
/** Roles that have a portfolio too, but are also "of" a place ("de wethouder van Tiel"): only a portfolio word after them is one ("wethouder van Wonen", "Eurocommissaris voor Landbouw"). */
export const PORTFOLIO_ROLE_HEADS: ReadonlySet<string> = new Set(['commissaris', 'eurocommissaris', 'schepen', 'wethouder', 'gedeputeerde']);

export const POSSESSIVES = new Set(['zijn', 'haar', 'hun', 'onze', 'ons', 'his', 'her', 'their']);
/** Words of ministers' portfolios: "Buitenlandse Zaken", "Volksgezondheid, Welzijn en Sport". */
export const PORTFOLIO_WORDS = new Set(
  ('zaken buitenlandse binnenlandse europese economische sociale algemene defensie financien justitie veiligheid volksgezondheid ' +
    'welzijn sport onderwijs cultuur wetenschap economie klimaat energie groene groei landbouw natuur visserij voedselkwaliteit voedselzekerheid ' +
    'infrastructuur waterstaat werkgelegenheid handel ontwikkelingssamenwerking asiel migratie koninkrijksrelaties ' +
    'volkshuisvesting ruimtelijke ordening binnenland buitenland olie interieur verkeer milieu toerisme armoedebeleid ' +
    'participatie integratie jeugd preventie medische zorg digitalisering hoger beroepsonderwijs primair voortgezet mobiliteit wonen werk ' +
    'omgeving begroting media gelijke kansen inburgering armoedebestrijding dierenwelzijn pensioenen ambtenarenzaken ' +
    'telecommunicatie post overheidsbedrijven middenstand zelfstandigen kmo consumentenzaken fraudebestrijding').split(' '),
);
export const ARTICLES = new Set(['de', 'het', 'een', "'t", 'the', 'a', 'an']);
/** Words that may stand between a role and its complement: "gezant voor Libië", "hoofd van de Hoge Raad". */
export const ROLE_LINKS = new Set(['van', 'voor', 'bij', 'in', 'uit', 'namens', 'op', 'of', 'for']);
export const ROLE_MODIFIERS = new Set(['voormalig', 'huidig', 'interim', 'waarnemend', 'nieuw', 'toenmalig', 'ex', 'oud']);
export const ROLE_MODIFIER_EXCEPTIONS = new Set(['de', 'die', 'deze', 'onze', 'mijne', 'hare', 'welke', 'elke', 'iedere', 'ze', 'we', 'je', 'me', 'te']);

export const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
/** Acronyms with lower-case particles: "PvdA", "FvD", "AzG", "KvK", "SPa" (four letters at most: "ZonMw", "McCoy" are names). */
export const MIXED_ACRONYM = /^(?!Ma?c)(?=.{2,4}$)(?=.*\p{Ll})\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Lu}\p{Ll}]*$/u;
export const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
/** "III", "XIV": a numeral of a government or a monarch after its name (not "V.", an abbreviated surname). */
export const ROMAN_NAME_NUMERAL = /^[IVX]{2,}$/;
/** "(Fra)", "(Ned)": the three letters sports results give a country. */
export const COUNTRY_CODE = /^\p{Lu}\p{Ll}{2}$/u;
/** Words before a photo's credit ("beeld RD", "Foto ANP"). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(['beeld', 'foto', "foto's", '©']);
export const WHITESPACE_GAP = /^\s+$/;
/** Quotes may surround a title: "de zelfbenoemde ‘maarschalk’ Khalifa Haftar". */
export const QUOTED_GAP = /^[\s'"‘’“”«»]+$/;
/** Gaps that begin a new sentence-like unit: a quotation, a colon, a dash. */
export const INITIAL_GAP = /(?:[:;'"‘“«„—–]|\s-)$/;
/** What follows a dateline's place: " (ANP) -", " - ". */
export const DATELINE_GAP = /^\s+[(\-–—]/;
export const MAX_NAME_WORDS = 6;
export const MIN_ORDINARY_START = 6;
/** "Jury's", "Taxi's": shorter stems ("Ma's", "Pa's") are too often names. */
export const MIN_PLURAL_STEM = 4;
export const MAX_ROLE_WORDS = 12;

/** Longer "words" are no titles or names (base64, hostile text); suffix scans stay linear. */
export const MAX_COMPOUND_LENGTH = 40;
