package place

import vigie "github.com/vigie-news/vigie"

// Commune is a French commune or a neighbouring country's municipality.
type Commune struct {
	Name           string  // official name (GeoNames' name outside France)
	INSEE          string  // French commune code; empty outside France
	GeonameID      string  // GeoNames id outside France; empty in France
	Department     string  // French département code, e.g. "73"
	DepartmentName string  // e.g. "Savoie"
	Region         string  // first-level region, official name: "Auvergne-Rhône-Alpes", "Vaud"
	Country        string  // ISO 3166-1 alpha-2
	Population     int     // municipal population (INSEE) or GeoNames' figure
	Lat, Lon       float64 // WGS 84
	// Approximate is set when GeoNames lacks the commune (most under 500
	// inhabitants) and its position was estimated from its neighbours'.
	Approximate bool
	// Alias is the other name the commune was found under: a delegated or
	// associated commune, a municipal arrondissement, an alternate name.
	// Empty when it was found under its own name.
	Alias string
}

// Place returns the commune as a vigie.Place.
func (c Commune) Place() vigie.Place {
	return vigie.Place{
		Name: c.Name, INSEE: c.INSEE, Department: c.Department, DepartmentName: c.DepartmentName,
		Region: c.Region, Country: c.Country, Lat: c.Lat, Lon: c.Lon,
	}
}

// Department is a French département (or overseas collectivité).
type Department struct {
	Code       string // "73", "2A", "974"
	Name       string // "Savoie"
	Region     string // official name of its région
	RegionCode string // INSEE code of its région
	ChefLieu   Commune
}

// Place returns the place of the département's chef-lieu.
func (d Department) Place() vigie.Place { return d.ChefLieu.Place() }

// Region is a French région or a neighbouring country's first-level
// region (canton, Land, comunidad autónoma, regione, provincie,
// distrito, województwo, län…).
type Region struct {
	Code     string // INSEE région code in France ("84"), else country.admin1 in GeoNames ("CH.VD")
	Name     string // official name in its own language: "Auvergne-Rhône-Alpes", "Sachsen-Anhalt", "Catalunya"
	Country  string // ISO 3166-1 alpha-2
	ChefLieu Commune
}

// Place returns the place of the region's chef-lieu (or capital).
func (r Region) Place() vigie.Place { return r.ChefLieu.Place() }

// EPCI is a French intercommunality: an établissement public de
// coopération intercommunale à fiscalité propre, or an établissement
// public territorial of the Métropole du Grand Paris.
type EPCI struct {
	SIREN      string
	Name       string   // official: "CA du Grand Annecy"
	Type       string   // CC, CA, CU, METRO, MET69 or EPT
	Members    []string // INSEE codes of the member communes
	Population int      // sum of the members'
	// Seat stands for the EPCI's seat, which the data does not give: the
	// member named in the EPCI's name (Grand Annecy: Annecy), else the
	// most populous member.
	Seat Commune
}

// Place returns the place of the EPCI's seat.
func (e EPCI) Place() vigie.Place { return e.Seat.Place() }

// Brand is the name an intercommunality goes by, which its official name
// gives in quotes (the CA de Blois is Agglopolys), or "".
func (e EPCI) Brand() string {
	if m := quoted.FindStringSubmatch(e.Name); m != nil {
		return m[1]
	}
	return ""
}
