package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/web"
)

// runFeeds manages the sources of feeds.yaml: vigie feeds import FILE.opml
// adds the feeds of an OPML file (what every feed reader exports) that
// feeds.yaml lacks, keeping the file's comments.
func runFeeds(_ context.Context, args []string, e *env) error {
	if len(args) == 0 || args[0] != "import" {
		return vigie.Errorf(vigie.EINVALID, "usage: vigie feeds import [-config feeds.yaml] FILE.opml")
	}
	fs := e.flags("feeds import")
	cfgPath := fs.String("config", envOr("VIGIE_CONFIG", "feeds.yaml"), "sources file (env VIGIE_CONFIG)")
	if err := fs.Parse(args[1:]); err != nil {
		return vigie.Errorf(vigie.EINVALID, "%v", err)
	}
	if fs.NArg() != 1 {
		return vigie.Errorf(vigie.EINVALID, "usage: vigie feeds import [-config feeds.yaml] FILE.opml")
	}
	added, skipped, err := importOPML(*cfgPath, fs.Arg(0))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "vigie feeds import: %d feeds added to %s, %d already there\n", added, *cfgPath, skipped)
	return nil
}

// importOPML appends to the config file at cfgPath the feeds of the OPML
// file that it lacks (same name or URL), then checks that the file still
// loads, with them, before replacing it.
func importOPML(cfgPath, opmlPath string) (added, skipped int, err error) {
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return 0, 0, err
	}
	entries, err := readOPML(opmlPath)
	if err != nil {
		return 0, 0, err
	}
	known := map[string]bool{}
	for _, s := range cfg.Sources {
		known[strings.ToLower(s.Name)], known[s.URL] = true, true
	}
	var block bytes.Buffer
	for _, o := range entries {
		name := strings.TrimSpace(firstNonBlank(o.Title, o.Text, o.XMLURL))
		if known[strings.ToLower(name)] || known[o.XMLURL] {
			skipped++
			continue
		}
		known[strings.ToLower(name)], known[o.XMLURL] = true, true
		if err := writeSource(&block, name, o); err != nil {
			return 0, 0, err
		}
		added++
	}
	if added == 0 {
		return 0, skipped, nil
	}
	return added, skipped, appendChecked(cfgPath, block.Bytes(), len(cfg.Sources)+added)
}

// readOPML returns the outlines of an OPML file that are feeds, folders
// flattened.
func readOPML(path string) ([]web.OPMLEntry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc web.OPML
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, vigie.Errorf(vigie.EINVALID, "%s is not an OPML file: %v", path, err)
	}
	var out []web.OPMLEntry
	var walk func([]web.OPMLEntry, string)
	walk = func(os []web.OPMLEntry, folder string) {
		for _, o := range os {
			if o.XMLURL != "" {
				if o.Category == "" {
					o.Category = folder
				}
				out = append(out, o)
			}
			walk(o.Children, firstNonBlank(o.Text, folder))
		}
	}
	walk(doc.Items, "")
	return out, nil
}

// writeSource writes one source entry of feeds.yaml.
func writeSource(w *bytes.Buffer, name string, o web.OPMLEntry) error {
	kind := vigie.KindRSS
	switch strings.ToLower(o.Type) {
	case "atom":
		kind = vigie.KindAtom
	case "json":
		kind = vigie.KindJSON
	}
	entry := []map[string]string{{"name": name, "url": o.XMLURL, "kind": string(kind)}}
	if o.Language != "" {
		entry[0]["language"] = o.Language
	}
	if o.Category != "" {
		entry[0]["region"] = o.Category
	}
	b, err := yaml.Marshal(entry)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n  # Imported from OPML.\n")
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		w.WriteString("  " + line + "\n")
	}
	return nil
}

// appendChecked appends block to the file at path, through a temporary
// copy that must load with want sources; the file is left as it was
// otherwise.
func appendChecked(path string, block []byte, want int) error {
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if len(old) > 0 && old[len(old)-1] != '\n' {
		old = append(old, '\n')
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".import")
	if err := os.WriteFile(tmp, append(old, block...), 0o644); err != nil {
		return err
	}
	defer os.Remove(tmp)
	cfg, err := config.Load(tmp)
	if err != nil || len(cfg.Sources) != want {
		return vigie.Errorf(vigie.EINVALID, "%s: could not append the feeds (sources must be the file's last section): %v", path, err)
	}
	return os.Rename(tmp, path)
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
