package place

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"
)

//go:embed data/*.tsv.gz
var dataFS embed.FS

// Gazetteer answers questions about places. It is read-only once loaded
// and safe for concurrent use.
type Gazetteer struct {
	communes []Commune // France first, then the neighbouring countries
	byINSEE  map[string]int32
	names    map[string]int32 // nameKey → 1 + index in refs of the first commune under it
	refs     []nameRef        // linked by next

	departments []Department
	deptIndex   map[string]int // code and name keys
	regions     []Region
	regionIndex map[string]int // code and name keys
	frRegions   map[string]int // INSEE région code → regions index

	epcis      []EPCI
	epciIndex  map[string][]int // key → EPCIs, usable bare
	epciTyped  map[string][]int // key → EPCIs, usable only with a type word ("Métropole de Lyon")
	epciBySeat map[string][]int // seat's nameKey → EPCIs

	acronymOnce sync.Once
	epciByAcr   map[string][]int // initials of an EPCI's official name → EPCIs (see EPCIsByAcronym)

	formerNames map[int32][]string // French commune id → names of the delegated and associated communes
	official    map[int32]string   // commune id outside France → its registry's official name, where it differs

	longerOnce sync.Once
	longer     map[string][]longerName // first word of a name of several words → the communes of that name (see Qualified)

	// The local authorities outside France, read on first use (see
	// loadAuthorities): most callers of the gazetteer need none.
	authOnce   sync.Once
	authLoad   *loader          // kept until then
	authErr    error            // what reading them gave
	auths      []authRec        // local authorities outside France
	authByID   map[string]int32 // scheme:code → auths index
	authBySeat map[int32]int32  // commune id → the commune-level authority whose own seat it is
	// councilsByLat lists, per country, the municipal councils whose seat
	// is not a stand-in, by their seat's latitude: the nearest seat to a
	// point is sought among those within a few kilometres north or south.
	councilsByLat map[string][]int32
	authNames     map[string]int32 // name, alias and core keys → 1 + index in authRefs of the first
	authRefs      []authName       // linked by next

	phrases  map[string]target   // Find: phrase key → what it names
	prefixes map[string]bool     // Find: the keys of the first words of longer phrases
	accents  map[string][]string // Find: phrase key → its names as written (accentKey)
}

// nameRef is a commune found under a name.
type nameRef struct {
	id    int32
	next  int32  // 1 + index in refs of the next commune under the same key; 0 ends
	alias string // the name, when it is not the commune's own
	loose bool   // the name matched only once a leading article was dropped
}

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := Load(dataFS)
	if err != nil {
		panic(err) // the data is embedded: a failure is a build error
	}
	return g
})

// Default returns the gazetteer built from the embedded data, loading it
// on first use.
func Default() *Gazetteer { return defaultGazetteer() }

// Load builds a gazetteer from data files laid out as in place/data
// (written by place/internal/gen), at the root of fsys or in its data
// folder. Most callers want Default.
func Load(fsys fs.FS) (*Gazetteer, error) {
	if sub, err := fs.Sub(fsys, "data"); err == nil {
		if _, err := fs.Stat(sub, "communes.tsv.gz"); err == nil {
			fsys = sub
		}
	}
	g := &Gazetteer{
		byINSEE: make(map[string]int32, 40000), names: make(map[string]int32, 140000),
		communes: make([]Commune, 0, 80000), refs: make([]nameRef, 0, 160000),
		deptIndex: map[string]int{}, regionIndex: map[string]int{}, frRegions: map[string]int{},
		epciIndex: map[string][]int{}, epciTyped: map[string][]int{}, epciBySeat: map[string][]int{},
		formerNames: map[int32][]string{}, official: map[int32]string{},
	}
	l := &loader{g: g, fsys: fsys}
	for _, step := range []func() error{l.areas, l.communes, l.aliases, l.world, l.shortHeads, l.officialNames, l.chefLieux, l.epcis} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	g.indexPhrases(l.deptNames, l.regionNames)
	if _, err := fs.Stat(fsys, "authorities.tsv.gz"); err != nil {
		return nil, fmt.Errorf("place: %w", err)
	}
	g.authLoad = &loader{g: g, fsys: fsys, byGeoID: l.byGeoID}
	return g, nil
}

// loadAuthorities reads the local authorities outside France on first
// use. The data is embedded or was checked by Load: a failure is a
// broken data file, reported once and then on every use.
func (g *Gazetteer) loadAuthorities() error {
	g.authOnce.Do(func() {
		g.authErr = g.authLoad.authorities()
		g.authLoad = nil
	})
	return g.authErr
}

// errData reports a malformed line of a data file.
func errData(file string, line int, format string, args ...any) error {
	return fmt.Errorf("place: %s:%d: %s", file, line, fmt.Sprintf(format, args...))
}
