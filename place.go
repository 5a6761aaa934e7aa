package vigie

// Place is where a body sits, resolved in the gazetteer.
type Place struct {
	Name           string  `json:"name"`                      // commune or municipality, official spelling
	INSEE          string  `json:"insee,omitempty"`           // French commune code
	Department     string  `json:"department,omitempty"`      // French département code, e.g. "73"
	DepartmentName string  `json:"department_name,omitempty"` // e.g. "Savoie"
	Region         string  `json:"region,omitempty"`          // first-level subdivision, official name
	Country        string  `json:"country"`                   // ISO 3166-1 alpha-2
	Lat            float64 `json:"lat,omitempty"`
	Lon            float64 `json:"lon,omitempty"`
}

// IsZero reports whether nothing is known of the place.
func (p Place) IsZero() bool { return p.Name == "" && p.Country == "" && p.Department == "" }

// HasPoint reports whether the place has coordinates.
func (p Place) HasPoint() bool { return p.Lat != 0 || p.Lon != 0 }
