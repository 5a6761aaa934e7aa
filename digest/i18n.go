package digest

import "github.com/vigie-news/vigie"

// labels are the words of the emails and pages, by language.
var labels = map[string]map[string]string{
	"en": {
		"subject":      "Vigie, week %d: %d new attacks on local authorities",
		"subject_one":  "Vigie, week %d: 1 new attack on local authorities",
		"subject_none": "Vigie, week %d: no new attack on local authorities",
		"intro":        "The cyber attacks on local authorities Vigie read about in the news, week of %s to %s.",
		"new":          "New incidents",
		"followups":    "Follow-ups of older incidents",
		"none":         "No new incident matches your filters this week.",
		"victim":       "Victim",
		"place":        "Place",
		"attack":       "Attack",
		"start":        "Started",
		"discovered":   "Discovered",
		"sources":      "Sources",
		"open":         "Open the incident",
		"count":        "New incidents this week: %d; average of the four weeks before: %.1f a week (%s).",
		"up":           "up",
		"down":         "down",
		"stable":       "stable",
		"filters":      "Your filters: %s.",
		"all":          "every incident",
		"manage":       "Change your filters",
		"unsubscribe":  "Unsubscribe",
		"footer":       "You receive this email because you subscribed to Vigie's weekly digest.",
		"unknown":      "unknown",
		// confirmation email and pages
		"confirm_subject": "Confirm your subscription to Vigie's weekly digest",
		"confirm_body":    "Someone, probably you, asked to receive Vigie's weekly digest at this address.\n\nTo confirm, open this link within %d hours:\n%s\n\nIf it was not you, ignore this email: nothing was stored.",
		"confirmed":       "Your subscription is confirmed. The digest comes every Monday morning.",
		"unsubscribed":    "You are unsubscribed, and your address is deleted. No further digest will be sent.",
		"unsub_ask":       "Unsubscribe from Vigie's weekly digest?",
		"saved":           "Your filters are saved.",
		"sent":            "Check your inbox: a confirmation link was sent to this address.",
		"subscribe":       "Subscribe to the weekly digest",
		"email":           "Email address",
		"countries":       "Countries (codes, comma-separated)",
		"regions":         "Regions (comma-separated)",
		"departments":     "Départements (codes, comma-separated)",
		"attacks":         "Attack types",
		"in_scope":        "Only attacks on local authorities",
		"language":        "Language of the email",
		"submit":          "Subscribe",
		"save":            "Save",
	},
	"fr": {
		"subject":      "Vigie, semaine %d : %d nouvelles attaques contre des collectivités",
		"subject_one":  "Vigie, semaine %d : 1 nouvelle attaque contre des collectivités",
		"subject_none": "Vigie, semaine %d : aucune nouvelle attaque contre des collectivités",
		"intro":        "Les cyberattaques contre des collectivités que Vigie a lues dans la presse, semaine du %s au %s.",
		"new":          "Nouveaux incidents",
		"followups":    "Suites d'incidents plus anciens",
		"none":         "Aucun nouvel incident ne correspond à vos filtres cette semaine.",
		"victim":       "Victime",
		"place":        "Lieu",
		"attack":       "Attaque",
		"start":        "Début",
		"discovered":   "Découverte",
		"sources":      "Sources",
		"open":         "Voir l'incident",
		"count":        "Nouveaux incidents cette semaine : %d ; moyenne des quatre semaines précédentes : %.1f par semaine (%s).",
		"up":           "en hausse",
		"down":         "en baisse",
		"stable":       "stable",
		"filters":      "Vos filtres : %s.",
		"all":          "tous les incidents",
		"manage":       "Modifier vos filtres",
		"unsubscribe":  "Se désabonner",
		"footer":       "Vous recevez ce courriel car vous êtes abonné à la lettre hebdomadaire de Vigie.",
		"unknown":      "inconnu",

		"confirm_subject": "Confirmez votre abonnement à la lettre hebdomadaire de Vigie",
		"confirm_body":    "Quelqu'un, sans doute vous, a demandé à recevoir la lettre hebdomadaire de Vigie à cette adresse.\n\nPour confirmer, ouvrez ce lien dans les %d heures :\n%s\n\nSi ce n'était pas vous, ignorez ce courriel : rien n'a été enregistré.",
		"confirmed":       "Votre abonnement est confirmé. La lettre arrive chaque lundi matin.",
		"unsubscribed":    "Vous êtes désabonné et votre adresse est effacée. Aucune lettre ne vous sera plus envoyée.",
		"unsub_ask":       "Se désabonner de la lettre hebdomadaire de Vigie ?",
		"saved":           "Vos filtres sont enregistrés.",
		"sent":            "Consultez votre boîte : un lien de confirmation a été envoyé à cette adresse.",
		"subscribe":       "S'abonner à la lettre hebdomadaire",
		"email":           "Adresse électronique",
		"countries":       "Pays (codes, séparés par des virgules)",
		"regions":         "Régions (séparées par des virgules)",
		"departments":     "Départements (codes, séparés par des virgules)",
		"attacks":         "Types d'attaque",
		"in_scope":        "Seulement les attaques contre des collectivités",
		"language":        "Langue du courriel",
		"submit":          "S'abonner",
		"save":            "Enregistrer",
	},
}

// attackNames name the attack types, by language.
var attackNames = map[string]map[vigie.AttackType]string{
	"en": {vigie.AttackRansomware: "ransomware", vigie.AttackDDoS: "denial of service", vigie.AttackDataBreach: "data breach",
		vigie.AttackDefacement: "defacement", vigie.AttackPhishing: "phishing", vigie.AttackIntrusion: "intrusion", vigie.AttackUnknown: "cyber attack"},
	"fr": {vigie.AttackRansomware: "rançongiciel", vigie.AttackDDoS: "déni de service", vigie.AttackDataBreach: "fuite de données",
		vigie.AttackDefacement: "défiguration", vigie.AttackPhishing: "hameçonnage", vigie.AttackIntrusion: "intrusion", vigie.AttackUnknown: "cyberattaque"},
}

// countries name the countries the gazetteer knows.
var countries = map[string]map[string]string{
	"en": {"FR": "France", "BE": "Belgium", "CH": "Switzerland", "LU": "Luxembourg", "DE": "Germany", "IT": "Italy", "ES": "Spain",
		"NL": "Netherlands", "AT": "Austria", "PT": "Portugal", "IE": "Ireland", "MC": "Monaco", "AD": "Andorra", "GB": "United Kingdom"},
	"fr": {"FR": "France", "BE": "Belgique", "CH": "Suisse", "LU": "Luxembourg", "DE": "Allemagne", "IT": "Italie", "ES": "Espagne",
		"NL": "Pays-Bas", "AT": "Autriche", "PT": "Portugal", "IE": "Irlande", "MC": "Monaco", "AD": "Andorre", "GB": "Royaume-Uni"},
}

// lang returns a language the emails are written in: fr or en.
func lang(l string) string {
	if l == "fr" {
		return "fr"
	}
	return "en"
}

func label(l, key string) string { return labels[lang(l)][key] }

func countryName(code, l string) string {
	if n, ok := countries[lang(l)][code]; ok {
		return n
	}
	return code
}

func attackName(a vigie.AttackType, l string) string {
	if n, ok := attackNames[lang(l)][a]; ok {
		return n
	}
	return string(a)
}
