package place

import "strings"

// commonWords are frequent French and English words (and a few German
// and Italian ones: "Guarda il video" names no Portuguese district; and
// the articles of the other languages: "Cyberangriffe in der Großregion:
// Eine Bilanz" names no Flemish village),
// folded. A commune or municipality named like one of them —
// Orange, Tours, Nice, Vire, Sens, Mars, Avril, Bar, Sées, Die, Gap, Essen, Sinn, Stein
// — is too often the word and not the place, so Resolve asks for evidence
// before reading it as a place, and Find for more than a capital letter.
// TestCommonWordsAreCommunes lists the ones that are places.
var commonWords = setOf(`
	a au aux avec ce ces cet cette dans de des du elle en est et il ils je la le les leur lui mais me mes
	ne nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vous y
	ainsi alors apres aussi autre avant bien bon bonne car chez comme contre deja depuis donc encore entre
	fait faire grand grande haut ici jamais juste leurs lors meme moins non notre nos peu plus pres puis quand
	sans selon sous tant tard tout tous toute toutes tres trop vers voici voila
	an ans annee bar bois bourg bout cap centre champ chemin cher cote coeur col cours creuse eau eaux ecole
	est fort gare grange haute hopital lac lande landes lot maison marche mars avril mai juin mer mont moulins
	nord ouest sud neuf noir noire blanc blanche orange ours pin plan pont port porte pre rue sens salon
	sales tours vire ville villa vienne aube allier manche somme ham
	condom die gap nice lens sees mine bus hope reading march bath deal street battle mold wells bury sandwich
	and are at be but by for from had has have he her his in is it its new not of on or our she that the their
	this to was we were which who will with you
	essen halle weil hof rain laufen wald bad
	sinn haar anger lehre werben rot weiden horn moos ried stein sommer kirchen wiesen muhlen berg dorf brunnen lage wetter
	markt schutz haus tal treffen muster
	der das den dem ein eine einer einem einen eines een het uno una los las gli
	guarda corte fuentes fuente
	lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier juillet aout septembre octobre novembre decembre
	januar februar marz juni juli august oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
	gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre
	lunedi martedi mercoledi giovedi venerdi sabato domenica
	enero febrero abril mayo junio julio septiembre octubre noviembre diciembre lunes martes miercoles jueves viernes
	january february april june july october december monday tuesday wednesday thursday friday saturday sunday
	januari februari maart augustus maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	mairie commune conseil maire police attaque cyberattaque serveur serveurs donnees service services
	agglomeration metropole communaute region departement
	aide avis belle beau belles beaux bonnes chateau eglise fontaine foret grange jardin jardins marais moulin
	plaine prairie riviere roche roches ruisseau source sources tour val vallee vignes vigne
	union liberte egalite paix espoir courant rose violette olive
	cyber briefing news breaking update exclusive opinion analysis report security tech data council city town
	county state government local national world europe online video live watch interview review special focus
`)

func setOf(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// IsCommonWord reports whether a name is a common word (with or without a
// leading article), or too short to be told from one: a capitalised word
// that names no place but opens a title ("Cyber briefing: …").
func IsCommonWord(name string) bool { return isCommonWord(name) }

// isCommonWord reports whether a name is a common word (with or without a
// leading article), or too short to be told from one.
func isCommonWord(name string) bool {
	k := nameKey(name)
	return len(k) <= 2 || commonWords[k] || commonWords[stripArticle(k)]
}
