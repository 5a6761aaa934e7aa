package main

// area is a first-level region: its official name in its own language,
// then other names French, English, German and Italian writers use.
type area struct {
	name    string
	aliases []string
}

func a(name string, aliases ...string) area { return area{name, aliases} }

// admin1 maps the GeoNames admin1 codes of the neighbouring countries
// (admin1CodesASCII.txt) to their regions: cantons, Länder, Bundesländer,
// regioni, comunidades autónomas, provincies, distritos, parròquies,
// województwa, län… cities500 carries only the codes; the generator test
// checks well-known cities land where they should.
var admin1 = map[string]map[string]area{
	"DE": {
		"01": a("Baden-Württemberg", "Bade-Wurtemberg"),
		"02": a("Bayern", "Bavière", "Bavaria", "Baviera"),
		"03": a("Bremen", "Brême", "Brema"),
		"04": a("Hamburg", "Hambourg", "Amburgo"),
		"05": a("Hessen", "Hesse", "Assia"),
		"06": a("Niedersachsen", "Basse-Saxe", "Lower Saxony", "Bassa Sassonia"),
		"07": a("Nordrhein-Westfalen", "Rhénanie-du-Nord-Westphalie", "North Rhine-Westphalia", "Renania Settentrionale-Vestfalia"),
		"08": a("Rheinland-Pfalz", "Rhénanie-Palatinat", "Rhineland-Palatinate", "Renania-Palatinato"),
		"09": a("Saarland", "Sarre", "Saar"),
		"10": a("Schleswig-Holstein"),
		"11": a("Brandenburg", "Brandebourg", "Brandeburgo"),
		"12": a("Mecklenburg-Vorpommern", "Mecklembourg-Poméranie-Occidentale", "Mecklenburg-Western Pomerania", "Meclemburgo-Pomerania Anteriore"),
		"13": a("Sachsen", "Saxe", "Saxony", "Sassonia"),
		"14": a("Sachsen-Anhalt", "Saxe-Anhalt", "Saxony-Anhalt", "Sassonia-Anhalt"),
		"15": a("Thüringen", "Thuringe", "Thuringia", "Turingia"),
		"16": a("Berlin", "Berlino"),
	},
	"IT": {
		"01": a("Abruzzo", "Abruzzes", "Abruzzen"),
		"02": a("Basilicata", "Basilicate"),
		"03": a("Calabria", "Calabre", "Kalabrien"),
		"04": a("Campania", "Campanie", "Kampanien"),
		"05": a("Emilia-Romagna", "Émilie-Romagne"),
		"06": a("Friuli-Venezia Giulia", "Frioul-Vénétie Julienne", "Friaul-Julisch Venetien"),
		"07": a("Lazio", "Latium"),
		"08": a("Liguria", "Ligurie", "Ligurien"),
		"09": a("Lombardia", "Lombardie", "Lombardy", "Lombardei"),
		"10": a("Marche", "Marches", "Marken"),
		"11": a("Molise"),
		"12": a("Piemonte", "Piémont", "Piedmont", "Piemont"),
		"13": a("Puglia", "Pouilles", "Apulia", "Apulien"),
		"14": a("Sardegna", "Sardaigne", "Sardinia", "Sardinien"),
		"15": a("Sicilia", "Sicile", "Sicily", "Sizilien"),
		"16": a("Toscana", "Toscane", "Tuscany", "Toskana"),
		"17": a("Trentino-Alto Adige/Südtirol", "Trentino-Alto Adige", "Trentin-Haut-Adige", "Trentino-South Tyrol", "Trentino-Südtirol"), // ISTAT's official, bilingual name
		"18": a("Umbria", "Ombrie", "Umbrien"),
		"19": a("Valle d'Aosta", "Vallée d'Aoste", "Aosta Valley", "Aostatal"),
		"20": a("Veneto", "Vénétie", "Venetien"),
	},
	"ES": {
		"07": a("Illes Balears", "Baléares", "Îles Baléares", "Balearic Islands", "Balearen", "Islas Baleares"),
		"27": a("La Rioja"),
		"29": a("Comunidad de Madrid", "Communauté de Madrid", "Community of Madrid"),
		"31": a("Región de Murcia", "Murcie", "Murcia"),
		"32": a("Navarra", "Navarre", "Comunidad Foral de Navarra"),
		"34": a("Asturias", "Asturies", "Asturien", "Principado de Asturias"),
		"39": a("Cantabria", "Cantabrie", "Kantabrien"),
		"51": a("Andalucía", "Andalousie", "Andalusia", "Andalusien"),
		"52": a("Aragón", "Aragonien"),
		"53": a("Canarias", "Canaries", "Îles Canaries", "Canary Islands", "Kanarische Inseln", "Islas Canarias"),
		"54": a("Castilla-La Mancha", "Castille-La Manche", "Kastilien-La Mancha"),
		"55": a("Castilla y León", "Castille-et-León", "Castile and León", "Kastilien und León"),
		"56": a("Catalunya", "Cataluña", "Catalogne", "Catalonia", "Katalonien", "Catalogna"),
		"57": a("Extremadura", "Estrémadure"),
		"58": a("Galicia", "Galice", "Galicien"),
		"59": a("País Vasco", "Euskadi", "Basque Country", "Baskenland", "Paesi Baschi"),
		"60": a("Comunitat Valenciana", "Communauté valencienne", "Valencian Community", "Comunidad Valenciana"),
		"CE": a("Ceuta"),
		"ML": a("Melilla"),
	},
	"CH": {
		"AG": a("Aargau", "Argovie", "Argovia"),
		"AI": a("Appenzell Innerrhoden", "Appenzell Rhodes-Intérieures"),
		"AR": a("Appenzell Ausserrhoden", "Appenzell Rhodes-Extérieures"),
		"BE": a("Bern", "Berne", "Berna"),
		"BL": a("Basel-Landschaft", "Bâle-Campagne", "Basilea Campagna"),
		"BS": a("Basel-Stadt", "Bâle-Ville", "Basilea Città"),
		"FR": a("Fribourg", "Freiburg", "Friburgo"),
		"GE": a("Genève", "Geneva", "Genf", "Ginevra"),
		"GL": a("Glarus", "Glaris", "Glarona"),
		"GR": a("Graubünden", "Grisons", "Grigioni"),
		"JU": a("Jura", "Giura"),
		"LU": a("Luzern", "Lucerne", "Lucerna"),
		"NE": a("Neuchâtel", "Neuenburg"),
		"NW": a("Nidwalden", "Nidwald"),
		"OW": a("Obwalden", "Obwald"),
		"SG": a("St. Gallen", "Saint-Gall", "San Gallo", "Sankt Gallen"),
		"SH": a("Schaffhausen", "Schaffhouse", "Sciaffusa"),
		"SO": a("Solothurn", "Soleure", "Soletta"),
		"SZ": a("Schwyz", "Schwytz", "Svitto"),
		"TG": a("Thurgau", "Thurgovie", "Turgovia"),
		"TI": a("Ticino", "Tessin"),
		"UR": a("Uri"),
		"VD": a("Vaud", "Waadt"),
		"VS": a("Valais", "Wallis", "Vallese"),
		"ZG": a("Zug", "Zoug", "Zugo"),
		"ZH": a("Zürich", "Zurich", "Zurigo"),
	},
	"BE": {
		"BRU": a("Bruxelles-Capitale", "Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest", "Brussels-Capital Region", "Région bruxelloise"),
		"VLG": a("Vlaams Gewest", "Vlaanderen", "Flandre", "Flandres", "Région flamande", "Flanders", "Flandern", "Fiandre"),
		"WAL": a("Région wallonne", "Wallonie", "Wallonia", "Wallonien", "Vallonia"),
	},
	"LU": {
		"CA": a("Capellen"), "CL": a("Clervaux"), "DI": a("Diekirch"), "EC": a("Echternach"),
		"ES": a("Esch-sur-Alzette"), "GR": a("Grevenmacher"), "LU": a("Luxembourg"), "ME": a("Mersch"),
		"RD": a("Redange"), "RM": a("Remich"), "VD": a("Vianden"), "WI": a("Wiltz"),
	},
	"GB": {
		"ENG": a("England", "Angleterre", "Inghilterra"),
		"NIR": a("Northern Ireland", "Irlande du Nord", "Nordirland", "Irlanda del Nord"),
		"SCT": a("Scotland", "Écosse", "Schottland", "Scozia"),
		"WLS": a("Wales", "Pays de Galles", "Galles"),
	},
	"NL": {
		"01": a("Drenthe", "Drente"),
		"02": a("Fryslân", "Friesland", "Frise", "Frisia"),
		"03": a("Gelderland", "Gueldre", "Gheldria", "Güeldres"),
		"04": a("Groningen", "Groningue", "Groninga"),
		"05": a("Limburg", "Limburgo"), // not "Limbourg": in French that is first the Belgian province
		"06": a("Noord-Brabant", "Brabant-Septentrional", "North Brabant", "Nordbrabant", "Brabante Settentrionale", "Brabante Septentrional"),
		"07": a("Noord-Holland", "Hollande-Septentrionale", "North Holland", "Nordholland", "Olanda Settentrionale", "Holanda Septentrional"),
		"09": a("Utrecht"),
		"10": a("Zeeland", "Zélande", "Zelanda"),
		"11": a("Zuid-Holland", "Hollande-Méridionale", "South Holland", "Südholland", "Olanda Meridionale", "Holanda Meridional"),
		"15": a("Overijssel", "Overissel"),
		"16": a("Flevoland"),
	},
	"AT": {
		"01": a("Burgenland"),
		"02": a("Kärnten", "Carinthie", "Carinthia", "Carinzia", "Karinthië"),
		"03": a("Niederösterreich", "Basse-Autriche", "Lower Austria", "Bassa Austria", "Neder-Oostenrijk", "Baja Austria"),
		"04": a("Oberösterreich", "Haute-Autriche", "Upper Austria", "Alta Austria", "Opper-Oostenrijk"),
		"05": a("Salzburg", "Salzbourg", "Salisburgo", "Land Salzburg"),
		"06": a("Steiermark", "Styrie", "Styria", "Stiria", "Stiermarken"),
		"07": a("Tirol", "Tyrol", "Tirolo"),
		"08": a("Vorarlberg"),
		"09": a("Wien", "Vienna", "Viena", "Wenen"), // not "Vienne", a French département
	},
	"PT": {
		"02": a("Aveiro"), "03": a("Beja"), "04": a("Braga"), "05": a("Bragança", "Bragance"),
		"06": a("Castelo Branco"), "07": a("Coimbra"), "08": a("Évora"), "09": a("Faro"),
		"10": a("Região Autónoma da Madeira", "Madeira", "Madère", "Madeira Islands"),
		"11": a("Guarda"), "13": a("Leiria"), "14": a("Lisboa", "Lisbonne", "Lisbon", "Lissabon", "Lisbona"),
		"16": a("Portalegre"), "17": a("Porto", "Oporto"), "18": a("Santarém"), "19": a("Setúbal"),
		"20": a("Viana do Castelo"), "21": a("Vila Real"), "22": a("Viseu"),
		"23": a("Região Autónoma dos Açores", "Açores", "Azores", "Azoren", "Azzorre"),
	},
	"IE": { // GeoNames' admin1 for Ireland are the four provinces, not the counties
		"C": a("Connacht", "Connaught", "Connachta"),
		"L": a("Leinster", "Laighin"),
		"M": a("Munster", "An Mhumhain"),
		"U": a("Ulster", "Ulaidh"),
	},
	"MC": {"00": a("Monaco")}, // GeoNames has no admin1 for Monaco: 00
	"AD": {
		"02": a("Canillo"), "03": a("Encamp"), "04": a("La Massana"), "05": a("Ordino"),
		"06": a("Sant Julià de Lòria"), "07": a("Andorra la Vella", "Andorre-la-Vieille"), "08": a("Escaldes-Engordany"),
	},
	// Poland's voivodeships (województwa) by the short adjectival form of
	// their official name; the codes checked against GeoNames'
	// admin1CodesASCII.txt (PL.72 Lower Silesia … PL.87 West Pomerania,
	// as copied in github.com/openeventdata/es-geonames). No alias is a
	// town's bare name (Lublin, Łódź, Opole; Lubusz is Lebus, a German
	// town): those stay the towns'. Pommern is also a village of
	// Rhineland-Palatinate, but German writers mean the region.
	"PL": {
		"72": a("Dolnośląskie", "województwo dolnośląskie", "Basse-Silésie", "Lower Silesian Voivodeship", "Lower Silesia", "Niederschlesien", "Bassa Slesia"),
		"73": a("Kujawsko-Pomorskie", "województwo kujawsko-pomorskie", "Couïavie-Poméranie", "Kuyavian-Pomeranian Voivodeship", "Kuyavia-Pomerania", "Kujawien-Pommern", "Cuiavia-Pomerania"),
		"74": a("Łódzkie", "województwo łódzkie", "voïvodie de Łódź", "Łódź Voivodeship", "Woiwodschaft Łódź", "voivodato di Łódź"),
		"75": a("Lubelskie", "województwo lubelskie", "voïvodie de Lublin", "Lublin Voivodeship", "Woiwodschaft Lublin", "voivodato di Lublino"),
		"76": a("Lubuskie", "województwo lubuskie", "voïvodie de Lubusz", "Lubusz Voivodeship", "Woiwodschaft Lebus", "voivodato di Lubusz"),
		"77": a("Małopolskie", "województwo małopolskie", "Petite-Pologne", "Lesser Poland Voivodeship", "Lesser Poland", "Kleinpolen", "Piccola Polonia"),
		"78": a("Mazowieckie", "województwo mazowieckie", "Mazovie", "Masovian Voivodeship", "Masovia", "Mazovia", "Masowien", "Mazowsze"),
		"79": a("Opolskie", "województwo opolskie", "voïvodie d'Opole", "Opole Voivodeship", "Woiwodschaft Oppeln", "voivodato di Opole"),
		"80": a("Podkarpackie", "województwo podkarpackie", "Basses-Carpates", "Subcarpathian Voivodeship", "Subcarpathia", "Karpatenvorland", "Precarpazia"),
		"81": a("Podlaskie", "województwo podlaskie", "Podlachie", "Podlaskie Voivodeship", "Podlachia", "Podlasie", "Podlachien"),
		"82": a("Pomorskie", "województwo pomorskie", "Poméranie", "Pomeranian Voivodeship", "Pomerania", "Pommern"),
		"83": a("Śląskie", "województwo śląskie", "Silésie", "Silesian Voivodeship", "Silesia", "Schlesien", "Slesia"),
		"84": a("Świętokrzyskie", "województwo świętokrzyskie", "voïvodie de Sainte-Croix", "Holy Cross Voivodeship", "Świętokrzyskie Voivodeship", "Woiwodschaft Heiligkreuz", "voivodato della Santacroce"),
		"85": a("Warmińsko-Mazurskie", "województwo warmińsko-mazurskie", "Varmie-Mazurie", "Warmian-Masurian Voivodeship", "Warmia-Masuria", "Ermland-Masuren", "Varmia-Masuria"),
		"86": a("Wielkopolskie", "województwo wielkopolskie", "Grande-Pologne", "Greater Poland Voivodeship", "Greater Poland", "Großpolen", "Grande Polonia"),
		"87": a("Zachodniopomorskie", "województwo zachodniopomorskie", "Poméranie-Occidentale", "West Pomeranian Voivodeship", "West Pomerania", "Westpommern", "Pomerania Occidentale"),
	},
	// Sweden's counties (län) by their official Swedish name; the codes
	// checked against GeoNames' admin1CodesASCII.txt (SE.02 Blekinge …
	// SE.28 Västra Götaland, same copy as Poland's). The name without
	// "län" is an alias except where it is a town's name (Stockholm,
	// Uppsala, Örebro, Kalmar, Jönköping): there it stays the town's.
	"SE": {
		"02": a("Blekinge län", "Blekinge", "Blekinge County"),
		"03": a("Gävleborgs län", "Gävleborg", "Gävleborg County"),
		"05": a("Gotlands län", "Gotland", "Gotland County"),
		"06": a("Hallands län", "Halland", "Halland County"),
		"07": a("Jämtlands län", "Jämtland", "Jämtland County"),
		"08": a("Jönköpings län", "Jönköping County", "comté de Jönköping"),
		"09": a("Kalmar län", "Kalmar County", "comté de Kalmar"),
		"10": a("Dalarnas län", "Dalarna", "Dalarna County", "Dalécarlie", "Dalecarlia"),
		"12": a("Kronobergs län", "Kronoberg", "Kronoberg County"),
		"14": a("Norrbottens län", "Norrbotten", "Norrbotten County"),
		"15": a("Örebro län", "Örebro County", "comté d'Örebro"),
		"16": a("Östergötlands län", "Östergötland", "Östergötland County", "Ostrogothie"),
		"18": a("Södermanlands län", "Södermanland", "Södermanland County", "Sudermanie"),
		"21": a("Uppsala län", "Uppsala County", "comté d'Uppsala"),
		"22": a("Värmlands län", "Värmland", "Värmland County"),
		"23": a("Västerbottens län", "Västerbotten", "Västerbotten County"),
		"24": a("Västernorrlands län", "Västernorrland", "Västernorrland County"),
		"25": a("Västmanlands län", "Västmanland", "Västmanland County"),
		"26": a("Stockholms län", "Stockholm County", "comté de Stockholm", "contea di Stoccolma"),
		"27": a("Skåne län", "Skåne", "Skåne County", "Scanie", "Schonen"), // not "Scania": the lorry maker
		"28": a("Västra Götalands län", "Västra Götaland", "Västra Götaland County"),
	},
}

// skippedAdmin1 are admin1 codes of places left out: the Sovereign Base
// Areas of Akrotiri and Dhekelia, filed under GB in GeoNames, are on Cyprus.
var skippedAdmin1 = map[string]bool{"GB.05": true}

// regionSeats names (by GeoNames name) the seats of the regions that the
// rule of buildWorldRegions gets wrong: North Holland's capital is Haarlem,
// not Amsterdam; South Holland's is The Hague, which GeoNames files as a
// seat of government (PPLG), not as a PPLA. Irish provinces have no seat:
// their largest town stands for them, not the county town GeoNames makes
// a PPLA (Nenagh, Monaghan).
var regionSeats = map[string]string{"NL.07": "Haarlem", "NL.11": "The Hague", "IE.M": "Cork", "IE.U": "Letterkenny"}

// frenchRegionAliases are the former régions and the foreign names that
// articles still use for today's régions, by région code: English, German,
// Italian and Spanish names where they differ from the French one.
var frenchRegionAliases = map[string][]string{
	"11": {"Région parisienne"},
	"24": {"Centro-Valle della Loira", "Centro-Valle de Loira"},
	"27": {"Bourgogne", "Franche-Comté", "Burgundy", "Borgogna-Franca Contea", "Borgoña-Franco Condado", "Burgund-Freigrafschaft"},
	"28": {"Basse-Normandie", "Haute-Normandie", "Normandy", "Normandia", "Normandía"},
	"32": {"Nord-Pas-de-Calais", "Picardie", "Picardy"},
	"44": {"Alsace", "Lorraine", "Champagne-Ardenne", "Elsass", "Lothringen", "Alsazia", "Alsacia"},
	"52": {"Paesi della Loira", "Países del Loira"},
	"53": {"Brittany", "Bretagna", "Bretaña"},
	"75": {"Aquitaine", "Limousin", "Poitou-Charentes", "Nuova Aquitania", "Nueva Aquitania", "Neu-Aquitanien", "New Aquitaine"},
	"76": {"Midi-Pyrénées", "Languedoc-Roussillon", "Languedoc", "Occitania", "Okzitanien"},
	"84": {"Auvergne", "Rhône-Alpes", "Alvernia-Rodano-Alpi", "Auvernia-Ródano-Alpes"},
	"93": {"PACA", "Région Sud", "Provence", "Côte d'Azur", "Provenza-Alpi-Costa Azzurra", "Provenza-Alpes-Costa Azul", "Provenza"},
	"94": {"Corsica", "Korsika", "Córcega"},
	"03": {"French Guiana", "Guyane française"},
	"04": {"Île de la Réunion"},
}

// frenchDepartmentAliases are names foreign writers use for a few
// départements, by code.
var frenchDepartmentAliases = map[string][]string{
	"73": {"Savoy", "Savoia", "Savoyen"},
	"74": {"Alta Savoia", "Hochsavoyen"},
	"2A": {"Corse du Sud", "Corsica del Sud"},
	"90": {"Belfort"},
}
