package index

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/geo"
	"github.com/blevesearch/bleve/v2/numeric"
)

// Columns of the facets in a row.
const (
	colCountry = iota
	colRegion
	colDepartment
	colAttack
	colKind
	colYear
)

// facetOrder lists the facets of an incident search by column.
var facetOrder = [...]string{
	colCountry: FacetCountry, colRegion: FacetRegion, colDepartment: FacetDepartment,
	colAttack: FacetAttack, colKind: FacetKind, colYear: FacetYear,
}

// incidentRow is what a search reads of an indexed incident besides its
// words: the values of its filters, facets and order, as the index holds
// them ("" when it holds none).
type incidentRow struct {
	id        string
	facets    [len(facetOrder)]string
	codes     [len(facetOrder)]int32 // of facets, in the table's values; 0 is none
	regionKey string
	inScope   string // "true" or "false"
	startKey  string // the order's keyword, "20210401000000"
	start     int64  // Unix nanoseconds, when startKey is set
	point     uint64 // the Morton hash of the victim's place, when hasPoint is set
	hasPoint  bool
}

// incidentTable holds a row for every indexed incident, in the date order
// (latest start first, undated last, then by id), kept in step with the
// index by its writes. At 10,000 incidents it is about 2.5 MB, and answers
// what bleve answers at a cost: the listings and filters with no words
// (every row read in a loop, in order), the filters of any search, a
// distance from a point included (tested on its hits' rows), and its
// facets (counted over them), where bleve reads every match's terms or
// point back from the index. Searches hold mu to read; Update changes the rows in
// place, so that a crawl cycle leaves no table behind for the collector.
type incidentTable struct {
	mu     sync.RWMutex
	rows   []incidentRow
	pos    map[string]int32                  // the row of an id
	values [len(facetOrder)][]string         // the values of each facet, by code; values[f][0] is ""
	codes  [len(facetOrder)]map[string]int32 // the code of each value
}

// newIncidentTable returns the table of rows, which it sorts and owns.
func newIncidentTable(rows []incidentRow) *incidentTable {
	t := &incidentTable{}
	t.reset(rows)
	return t
}

// reset makes rows, which it sorts and owns, the table's; t.mu is held or
// t is new.
func (t *incidentTable) reset(rows []incidentRow) {
	for f := range facetOrder {
		t.codes[f], t.values[f] = map[string]int32{"": 0}, []string{""}
	}
	for i := range rows {
		t.code(&rows[i])
	}
	packIDs(rows)
	slices.SortFunc(rows, compareRows)
	t.rows, t.pos = rows, make(map[string]int32, len(rows))
	for i, r := range rows {
		t.pos[r.id] = int32(i)
	}
}

// packIDs makes the ids of rows share one string, in the order of rows.
// A search looks up the id of every match in pos, whose keys are then read
// from one block of memory rather than from all over the heap (the lookups
// were a third of a search of 25,000 matches at 50,000 incidents, which
// takes 15-20 % less time so); read back from the index, rows come in
// bleve's order, that of the matches. The ids of rows update removes stay in the string
// until the next replace.
func packIDs(rows []incidentRow) {
	n := 0
	for _, r := range rows {
		n += len(r.id)
	}
	var b strings.Builder
	b.Grow(n)
	for _, r := range rows {
		b.WriteString(r.id)
	}
	ids := b.String()
	for i := range rows {
		n := len(rows[i].id)
		rows[i].id, ids = ids[:n], ids[n:]
	}
}

// compareRows orders rows by date: latest start first, undated last, then
// by id, as bleve orders a search by start.
func compareRows(a, b incidentRow) int {
	switch {
	case a.startKey == "" && b.startKey != "":
		return 1
	case a.startKey != "" && b.startKey == "":
		return -1
	}
	return cmp.Or(strings.Compare(b.startKey, a.startKey), strings.Compare(a.id, b.id))
}

// code sets the codes of r's facet values, giving the new ones a code.
func (t *incidentTable) code(r *incidentRow) {
	for f, v := range r.facets {
		c, ok := t.codes[f][v]
		if !ok {
			c = int32(len(t.values[f]))
			t.codes[f][v], t.values[f] = c, append(t.values[f], v)
		}
		r.codes[f] = c
	}
}

// replace makes rows, which it owns, the whole table.
func (t *incidentTable) replace(rows []incidentRow) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.reset(rows)
}

// update removes the rows of the ids gone and adds rows, which replace
// those of the same id (the last of an id wins), in place: the rows kept
// move up over those removed, the new ones are merged in from the end.
func (t *incidentTable) update(gone []string, rows []incidentRow) {
	if len(gone) == 0 && len(rows) == 0 {
		return
	}
	drop := make(map[string]bool, len(gone)+len(rows))
	for _, id := range gone {
		drop[id] = true
	}
	last := make(map[string]int, len(rows))
	for i, r := range rows {
		drop[r.id], last[r.id] = true, i
	}
	var add []incidentRow
	for i, r := range rows {
		if last[r.id] == i {
			add = append(add, r)
		}
	}
	slices.SortFunc(add, compareRows)
	t.mu.Lock()
	defer t.mu.Unlock()
	kept := 0
	for _, r := range t.rows {
		if drop[r.id] {
			delete(t.pos, r.id)
		} else {
			t.rows[kept] = r
			kept++
		}
	}
	clear(t.rows[kept:]) // let the strings of the rows removed go
	t.rows = slices.Grow(t.rows[:kept], len(add))[:kept+len(add)]
	for i, j, k := kept-1, len(add)-1, len(t.rows)-1; j >= 0; k-- {
		if i >= 0 && compareRows(add[j], t.rows[i]) < 0 {
			t.rows[k], i = t.rows[i], i-1
		} else {
			t.code(&add[j])
			t.rows[k], j = add[j], j-1
		}
	}
	for i, r := range t.rows {
		t.pos[r.id] = int32(i)
	}
}

// rowOf returns the row of the document doc of id, as newIncidentDocument
// builds it: the values are those bleve indexes.
func rowOf(id string, doc map[string]any) incidentRow {
	r := incidentRow{id: id}
	str := func(field string) string { s, _ := doc[field].(string); return s }
	for f, name := range facetOrder {
		r.facets[f] = str(incidentFacets[name])
	}
	r.regionKey, r.inScope, r.startKey = str(incRegionKey), str(incInScope), str(incStartKey)
	if t, ok := doc[incStart].(time.Time); ok {
		r.start = t.UnixNano()
	}
	if lon, lat, ok := geo.ExtractGeoPoint(doc[incGeo]); ok { // as bleve reads it
		r.point, r.hasPoint = geo.MortonHash(lon, lat), true
	}
	return r
}

// loadIncidentTable reads the table of an index written before it was
// opened, from the terms its documents keep for sorting and facets.
func loadIncidentTable(idx bleve.Index) (*incidentTable, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: read incidents: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: read incidents: %w", err)
	}
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		return nil, fmt.Errorf("index: read incidents: %w", err)
	}
	defer all.Close()
	dv, err := r.DocValueReader([]string{incFacetTerms, incRegionKey, incInScope, incStartKey, incStart, incGeo})
	if err != nil {
		return nil, fmt.Errorf("index: read incidents: %w", err)
	}
	facet := make(map[string]int, len(facetOrder))
	for f, name := range facetOrder {
		facet[name] = f
	}
	seen := map[string]string{} // the values, each kept once: most are shared
	value := func(term []byte) string {
		v, ok := seen[string(term)]
		if !ok {
			v = string(term)
			seen[v] = v
		}
		return v
	}
	var rows []incidentRow
	for iid, err := all.Next(); iid != nil || err != nil; iid, err = all.Next() {
		if err != nil {
			return nil, fmt.Errorf("index: read incidents: %w", err)
		}
		row := incidentRow{}
		if row.id, err = r.ExternalID(iid); err != nil {
			return nil, fmt.Errorf("index: read incidents: %w", err)
		}
		err = dv.VisitDocValues(iid, func(field string, term []byte) {
			switch field {
			case incFacetTerms:
				name, v, _ := strings.Cut(value(term), "=")
				if f, ok := facet[name]; ok {
					row.facets[f] = v
				}
			case incRegionKey:
				row.regionKey = value(term)
			case incInScope:
				row.inScope = value(term)
			case incStartKey:
				row.startKey = value(term)
			case incStart:
				if shift, err := numeric.PrefixCoded(term).Shift(); err == nil && shift == 0 {
					row.start, _ = numeric.PrefixCoded(term).Int64()
				}
			case incGeo: // the hash, as a distance query reads it
				if shift, err := numeric.PrefixCoded(term).Shift(); err == nil && shift == 0 && !row.hasPoint {
					h, err := numeric.PrefixCoded(term).Int64()
					row.point, row.hasPoint = uint64(h), err == nil
				}
			}
		})
		if err != nil {
			return nil, fmt.Errorf("index: read incident %s: %w", row.id, err)
		}
		rows = append(rows, row)
	}
	return newIncidentTable(rows), nil
}
