package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// language is what the generator writes articles of one language from:
// paragraphs and titles with {town}, {n} and {group} holes, towns, sites.
type language struct {
	code       string
	titles     []string
	paragraphs []string
	towns      []string
	sites      []string
}

// languages are the five languages of the synthetic corpus. The texts are
// written for it, in the manner of the regional press: about one
// paragraph in three tells of a cyber attack, the others of local life.
var languages = []language{
	{
		code: "fr",
		titles: []string{
			"Cyberattaque à la mairie de {town} : les services municipaux paralysés",
			"{town} : le conseil municipal vote le budget de l'année",
			"Rançongiciel : la communauté de communes de {town} porte plainte",
			"À {town}, la fête de la musique attire {n} personnes",
			"Fuite de données personnelles après le piratage des serveurs de {town}",
			"Travaux de la route départementale à {town} : la circulation perturbée",
		},
		paragraphs: []string{
			"La mairie de {town} a été victime d'une cyberattaque dans la nuit de dimanche à lundi. Les agents n'ont plus accès à leur messagerie ni aux logiciels de l'état civil, et l'accueil du public se fait sur papier.",
			"Selon le maire, les pirates ont chiffré les serveurs et réclament une rançon en cryptomonnaie. « Nous ne paierons pas », assure l'élu, qui a déposé plainte auprès de la gendarmerie et prévenu l'ANSSI.",
			"Le groupe {group} a revendiqué l'attaque sur son site et menace de publier les données des habitants si la collectivité ne paie pas avant la fin de la semaine.",
			"Les sauvegardes, stockées hors ligne, devraient permettre de rétablir les services d'ici une dizaine de jours, estime le directeur général des services.",
			"Réuni jeudi soir, le conseil municipal de {town} a adopté le budget primitif à l'unanimité. Les investissements porteront sur la rénovation de l'école élémentaire et de la salle des fêtes.",
			"Plus de {n} spectateurs se sont retrouvés sur la place du marché pour le concert d'ouverture du festival, malgré une météo capricieuse en début de soirée.",
			"Les travaux de réfection de la chaussée débuteront le {n} du mois prochain. Une déviation sera mise en place par la route de la vallée, précise la préfecture.",
			"L'association sportive de {town} a tenu son assemblée générale samedi. Le président a salué la hausse du nombre de licenciés et l'engagement des bénévoles.",
			"Au collège, les élèves de troisième ont présenté leurs projets sur le patrimoine local devant les parents et les élus de l'intercommunalité.",
		},
		towns: []string{"Séez", "Albertville", "Chambéry", "Annecy", "Alençon", "Rennes", "Caen", "Quimper", "Bourg-en-Bresse", "Valence", "Aurillac", "Périgueux"},
		sites: []string{"Le Dauphiné", "Ouest-France", "La Montagne", "Le Progrès", "Sud Ouest", "L'Orne hebdo"},
	},
	{
		code: "en",
		titles: []string{
			"{town} council hit by ransomware attack",
			"Council services disrupted after cyber attack in {town}",
			"{town} residents warned of data breach after hackers strike",
			"{town} festival draws {n} visitors despite the rain",
			"Budget meeting: {town} council agrees new spending plan",
			"Roadworks on the high street in {town} to last six weeks",
		},
		paragraphs: []string{
			"{town} council has been hit by a ransomware attack that took its email and payment systems offline on Monday morning, officials said.",
			"A spokesperson said the council was working with the National Cyber Security Centre and the police to investigate the incident, and that residents should expect delays.",
			"The {group} gang has listed the council on its leak site and claims to have stolen {n} gigabytes of data, including personal details of residents.",
			"The council said backups were intact and that it had no plans to pay a ransom. Services are expected to be restored over the coming fortnight.",
			"Councillors in {town} approved the budget for the coming year on Tuesday evening, with a rise in spending on roads, libraries and social care.",
			"More than {n} people attended the summer festival on the market square, where local bands played until late in the evening.",
			"The works on the high street will close one lane between the station and the town hall for six weeks, the county council said.",
			"The local football club held its annual general meeting on Saturday and thanked the volunteers who keep the grounds running.",
			"Pupils at the primary school raised money for the hospital's children's ward with a sponsored walk around the park.",
		},
		towns: []string{"Leeds", "Manchester", "Bristol", "Norwich", "Gloucester", "Redcar", "Hackney", "Copeland", "Swindon", "Exeter"},
		sites: []string{"BBC News", "The Northern Echo", "Bristol Post", "Eastern Daily Press", "Yorkshire Post"},
	},
	{
		code: "de",
		titles: []string{
			"Cyberangriff auf die Stadtverwaltung {town}: Bürgerbüro geschlossen",
			"Hackerangriff legt Landkreis {town} lahm",
			"Datenleck nach Angriff auf Server der Gemeinde {town}",
			"{town}: Stadtrat beschließt den Haushalt",
			"Stadtfest in {town} lockt {n} Besucher an",
			"Baustelle in der Hauptstraße von {town} sorgt für Staus",
		},
		paragraphs: []string{
			"Die Stadtverwaltung {town} ist Opfer eines Cyberangriffs geworden. Seit Dienstag sind das Bürgerbüro, die Kfz-Zulassung und das Standesamt geschlossen, teilte die Stadt mit.",
			"Die Täter haben Server verschlüsselt und fordern ein Lösegeld. Die Stadt hat Anzeige erstattet, das Landeskriminalamt ermittelt.",
			"Die Gruppe {group} hat sich zu dem Angriff bekannt und droht damit, erbeutete Daten von Bürgerinnen und Bürgern im Darknet zu veröffentlichen.",
			"Nach Angaben des Bürgermeisters sind die Datensicherungen unversehrt. Die IT-Dienstleister arbeiten daran, die Systeme in den kommenden Wochen wieder hochzufahren.",
			"Der Stadtrat von {town} hat am Donnerstagabend den Haushalt verabschiedet. Investiert wird vor allem in Schulen, Kindergärten und den Radverkehr.",
			"Rund {n} Besucher kamen am Wochenende zum Stadtfest auf den Marktplatz, wo Vereine und Musikgruppen ein buntes Programm boten.",
			"Wegen Bauarbeiten an der Hauptstraße wird der Verkehr ab Montag über die Umgehungsstraße geleitet. Die Arbeiten sollen bis Ende des Monats dauern.",
			"Der Sportverein feierte sein hundertjähriges Bestehen mit einem Festakt in der Stadthalle und ehrte langjährige Mitglieder.",
		},
		towns: []string{"Schwerin", "Anhalt-Bitterfeld", "Witten", "Potsdam", "Ludwigshafen", "Rodgau", "Neu-Isenburg", "Kaiserslautern"},
		sites: []string{"Süddeutsche Zeitung", "WAZ", "Rheinpfalz", "Märkische Allgemeine", "Ostsee-Zeitung"},
	},
	{
		code: "it",
		titles: []string{
			"Attacco hacker al Comune di {town}: servizi bloccati",
			"Ransomware colpisce l'azienda sanitaria di {town}",
			"{town}, furto di dati dopo l'attacco informatico ai server comunali",
			"{town}, il consiglio comunale approva il bilancio",
			"Sagra di {town}: {n} visitatori nel fine settimana",
			"Lavori sulla provinciale a {town}, traffico deviato",
		},
		paragraphs: []string{
			"Il Comune di {town} è stato colpito da un attacco informatico che ha bloccato i servizi anagrafici e la posta elettronica degli uffici comunali.",
			"Secondo il sindaco, i criminali hanno cifrato i server e chiesto un riscatto. L'amministrazione ha sporto denuncia alla Polizia Postale.",
			"Il gruppo {group} ha rivendicato l'attacco e minaccia di pubblicare i dati dei cittadini se il riscatto non sarà pagato entro pochi giorni.",
			"I tecnici stanno ripristinando i sistemi dalle copie di sicurezza; gli sportelli dovrebbero riaprire la prossima settimana.",
			"Il consiglio comunale di {town} ha approvato il bilancio di previsione con i voti della maggioranza. Previsti interventi sulle scuole e sulle strade.",
			"Oltre {n} persone hanno partecipato alla sagra in piazza, tra musica, prodotti tipici e spettacoli per bambini.",
			"I lavori sulla strada provinciale dureranno tre settimane; il traffico sarà deviato lungo la circonvallazione.",
			"La squadra di calcio locale ha presentato la nuova stagione davanti ai tifosi e alle autorità cittadine.",
		},
		towns: []string{"Torino", "Brescia", "Pisa", "Verona", "Bari", "Modena", "Parma", "Lecce"},
		sites: []string{"Corriere della Sera", "La Stampa", "Il Resto del Carlino", "Il Mattino", "L'Arena"},
	},
	{
		code: "es",
		titles: []string{
			"Ciberataque contra el Ayuntamiento de {town}: servicios paralizados",
			"Un ataque de ransomware bloquea los sistemas de la Diputación de {town}",
			"Robo de datos personales tras el hackeo de los servidores de {town}",
			"El pleno de {town} aprueba los presupuestos municipales",
			"Las fiestas de {town} reúnen a {n} personas",
			"Obras en la avenida principal de {town} durante un mes",
		},
		paragraphs: []string{
			"El Ayuntamiento de {town} ha sufrido un ciberataque que ha dejado sin servicio la sede electrónica, el padrón y el correo de los funcionarios.",
			"Según el alcalde, los atacantes cifraron los servidores y exigen un rescate. El consistorio ha presentado denuncia ante la Guardia Civil.",
			"El grupo {group} ha reivindicado el ataque y amenaza con publicar los datos personales de los vecinos si no se paga el rescate.",
			"Los técnicos trabajan para restaurar los sistemas a partir de las copias de seguridad, y el Ayuntamiento espera recuperar la normalidad en dos semanas.",
			"El pleno municipal de {town} aprobó los presupuestos del próximo año con inversiones en colegios, parques y alumbrado público.",
			"Más de {n} personas asistieron a las fiestas patronales, con conciertos en la plaza mayor y fuegos artificiales junto al río.",
			"Las obras de la avenida principal obligarán a desviar el tráfico por la carretera de circunvalación durante un mes.",
			"El club deportivo de {town} celebró su asamblea anual y presentó las nuevas instalaciones del polideportivo.",
		},
		towns: []string{"Sevilla", "Zaragoza", "Valladolid", "Jerez", "Sabadell", "Lorca", "Badajoz", "Ourense"},
		sites: []string{"El País", "La Voz de Galicia", "Heraldo de Aragón", "Diario de Sevilla", "El Norte de Castilla"},
	},
}

// groups are the ransomware groups the paragraphs name.
var groups = []string{"LockBit", "Vice Society", "Rhysida", "Medusa", "BlackCat", "Play", "Akira"}

// generator makes synthetic articles, the same for the same seed.
type generator struct {
	r     *rand.Rand
	start time.Time
	n     int
}

// newGenerator returns a generator whose articles are published over the
// three years before end.
func newGenerator(seed uint64, end time.Time) *generator {
	return &generator{r: rand.New(rand.NewPCG(seed, seed+1)), start: end.AddDate(-3, 0, 0)}
}

// article returns the next article: a language in turn, a title and six to
// fourteen paragraphs drawn from it, a town, a site and a publication time.
func (g *generator) article() *vigie.Article {
	g.n++
	l := languages[g.n%len(languages)]
	town := l.towns[g.r.IntN(len(l.towns))]
	site := l.sites[g.r.IntN(len(l.sites))]
	fill := func(s string) string {
		return strings.NewReplacer("{town}", town, "{n}", strconv.Itoa(50+g.r.IntN(5000)),
			"{group}", groups[g.r.IntN(len(groups))]).Replace(s)
	}
	paras := make([]string, 6+g.r.IntN(9))
	for i := range paras {
		paras[i] = fill(l.paragraphs[g.r.IntN(len(l.paragraphs))])
	}
	published := g.start.Add(time.Duration(g.r.Int64N(int64(3 * 365 * 24 * time.Hour))))
	slug := strings.ToLower(strings.ReplaceAll(site, " ", "-"))
	return &vigie.Article{
		URL:    fmt.Sprintf("https://%s.example/%d/article-%d.html", slug, published.Year(), g.n),
		Source: slug + "-" + l.code, Site: site, Lang: l.code,
		Title:     fill(l.titles[g.r.IntN(len(l.titles))]),
		Text:      strings.Join(paras, "\n\n"),
		Excerpt:   paras[0],
		Published: vigie.At(published.Truncate(time.Minute)),
		FetchedAt: published.Add(time.Hour),
		Hash:      fmt.Sprintf("%016x", g.r.Uint64()),
	}
}
