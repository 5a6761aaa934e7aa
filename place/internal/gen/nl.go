package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
)

var (
	nlEntry   = regexp.MustCompile(`(?s)\{\s*name: (?:'([^']*)'|"([^"]*)"),\s*vrCode: '([^']*)',\s*gemcode: '(GM\d{4})',(.*?)\}`)
	nlDisplay = regexp.MustCompile(`displayName: (?:'([^']*)'|"([^"]*)")`)
	nlSearch  = regexp.MustCompile(`searchTerms: \[([^\]]*)\]`)
	nlQuoted  = regexp.MustCompile(`'([^']*)'|"([^"]*)"`)
)

// readNL reads the municipalities of the Netherlands from the Dutch
// health ministry's dashboard (packages/common/src/data/gm.ts: CBS
// gemeentecodes and names, with the usual names some are searched by:
// "Den Haag" for 's-Gravenhage). It lists no provinces.
func readNL(path string) ([]*authority, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	var out []*authority
	for _, m := range nlEntry.FindAllStringSubmatch(string(b), -1) {
		name, rest := m[1]+m[2], m[5]
		if d := nlDisplay.FindStringSubmatch(rest); d != nil {
			name = d[1] + d[2]
		}
		// A municipality named after no town takes the seat of its
		// safety region's largest (the regions lie within provinces).
		a := &authority{id: "cbs:" + m[4], kind: "c", country: "NL", name: name, group: "NL|" + m[3]}
		short := strings.TrimSpace(parenthesis.ReplaceAllString(name, ""))
		a.seatNames = []string{name, short}
		a.aliases = []string{short, "Gemeente " + short}
		if s := nlSearch.FindStringSubmatch(rest); s != nil {
			for _, q := range nlQuoted.FindAllStringSubmatch(s[1], -1) {
				a.aliases = append(a.aliases, q[1]+q[2], "Gemeente "+q[1]+q[2])
				a.seatNames = append(a.seatNames, q[1]+q[2])
			}
		}
		out = append(out, a)
	}
	if len(out) < 300 {
		return nil, fmt.Errorf("gen: %s: only %d municipalities read", path, len(out))
	}
	return out, nil
}
