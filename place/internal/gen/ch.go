package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vigie-news/vigie/internal/fold"
)

// swissYear is the swiss-maps folder read: the last whose dBase files
// still carry the names (2025 and 2026 carry numbers only).
const swissYear = "2024"

// readDBF reads the records of a dBase III file as maps of trimmed text.
func readDBF(path string) ([]map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	if len(b) < 32 {
		return nil, fmt.Errorf("gen: %s: not a dBase file", path)
	}
	n := int(binary.LittleEndian.Uint32(b[4:8]))
	header, size := int(binary.LittleEndian.Uint16(b[8:10])), int(binary.LittleEndian.Uint16(b[10:12]))
	type field struct {
		name   string
		length int
	}
	var fields []field
	for i := 32; i+32 <= len(b) && b[i] != 0x0d; i += 32 {
		name, _, _ := bytes.Cut(b[i:i+11], []byte{0})
		fields = append(fields, field{string(name), int(b[i+16])})
	}
	if header+n*size > len(b) {
		return nil, fmt.Errorf("gen: %s: %d records of %d bytes do not fit", path, n, size)
	}
	out := make([]map[string]string, 0, n)
	for r := 0; r < n; r++ {
		off := header + r*size + 1 // after the deletion flag
		rec := map[string]string{}
		for _, f := range fields {
			v, _, _ := bytes.Cut(b[off:off+f.length], []byte{0})
			rec[f.name] = strings.TrimSpace(string(v))
			off += f.length
		}
		out = append(out, rec)
	}
	return out, nil
}

// readCH reads the BFS numbers and names of the Swiss communes and
// cantons from the npm package swiss-maps (its dBase files of
// swissYear, from the BFS' generalised boundaries): communes (bfs: the
// BFS Gemeindenummer) and cantons (bfs-kt: the canton's number).
func readCH(dir string, regionNames map[string]string) ([]*authority, error) {
	cantons, err := readDBF(filepath.Join(dir, swissYear, "cantons.dbf"))
	if err != nil {
		return nil, err
	}
	communes, err := readDBF(filepath.Join(dir, swissYear, "municipalities.dbf"))
	if err != nil {
		return nil, err
	}
	regions := map[string]string{} // folded name → the gazetteer's Swiss region
	for code, name := range regionNames {
		if strings.HasPrefix(code, "CH.") {
			regions[fold.String(name)] = name
		}
	}
	var out []*authority
	cantonRegion := map[string]string{}
	for _, c := range cantons {
		name := c["name"]
		if c["id"] == "" || name == "" {
			return nil, fmt.Errorf("gen: swiss-maps %s: a canton without number or name: %v", swissYear, c)
		}
		parts := strings.Split(name, " / ")
		region := ""
		for _, p := range parts {
			if r, ok := regions[fold.String(p)]; ok && region == "" {
				region = r
			}
		}
		a := &authority{id: "bfs-kt:" + c["id"], kind: "r", country: "CH", name: name, region: region}
		for _, p := range parts {
			a.aliases = append(a.aliases, p, "Kanton "+p, elide("Canton ", p))
		}
		cantonRegion[c["id"]] = region
		out = append(out, a)
	}
	for _, c := range communes {
		name := c["name"]
		if c["id"] == "" || name == "" {
			return nil, fmt.Errorf("gen: swiss-maps %s: a commune without number or name: %v", swissYear, c)
		}
		a := &authority{id: "bfs:" + c["id"], kind: "c", country: "CH", name: name, region: cantonRegion[c["KTNR"]],
			parents: []string{"bfs-kt:" + c["KTNR"]}}
		short := strings.TrimSpace(parenthesis.ReplaceAllString(name, ""))
		a.seatNames = []string{name, short}
		a.aliases = []string{short}
		for _, p := range strings.Split(short, "/") {
			a.seatNames = append(a.seatNames, p)
			a.aliases = append(a.aliases, p, "Gemeinde "+p, elide("Commune ", p), "Comune di "+p)
		}
		out = append(out, a)
	}
	if len(communes) < 2000 || len(cantons) != 26 {
		return nil, fmt.Errorf("gen: swiss-maps %s: %d communes and %d cantons", swissYear, len(communes), len(cantons))
	}
	return out, nil
}
