package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie/config"
)

// TestFeedsImport: the feeds of an OPML file, folders included, are
// added once to feeds.yaml, its comments kept; a broken file changes
// nothing.
func TestFeedsImport(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	orig := "# my sources\nsettings:\n  delay: 1s\n\nsources:\n  # kept\n  - name: Alpes Matin\n    url: http://www.alpesmatin.test/rss.xml\n    kind: rss\n"
	os.WriteFile(cfg, []byte(orig), 0o644)
	opml := filepath.Join(dir, "export.opml")
	os.WriteFile(opml, []byte(`<?xml version="1.0"?>
<opml version="2.0"><head><title>Reader</title></head><body>
<outline text="Alpes" title="Alpes Matin" type="rss" xmlUrl="http://www.alpesmatin.test/rss.xml"/>
<outline text="Savoie">
  <outline text="Le Courrier &amp; co" type="rss" xmlUrl="http://www.courrier.test/feed.xml" language="fr"/>
  <outline text="CyberVeille" type="atom" xmlUrl="http://www.cyberveille.test/feed.atom"/>
</outline>
</body></opml>`), 0o644)
	code, out, errOut := runCLI(t, "feeds", "import", "-config", cfg, opml)
	if code != 0 || !strings.Contains(out, "2 feeds added") || !strings.Contains(out, "1 already there") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	f, err := config.Load(cfg)
	if err != nil || len(f.Sources) != 3 {
		t.Fatalf("%v, %d sources", err, len(f.Sources))
	}
	if s := f.Sources[1]; s.Name != "Le Courrier & co" || s.Region != "Savoie" || s.Language != "fr" || s.URL != "http://www.courrier.test/feed.xml" {
		t.Errorf("imported %+v", s)
	}
	if f.Sources[2].Kind != "atom" {
		t.Errorf("kind %q, want atom", f.Sources[2].Kind)
	}
	b, _ := os.ReadFile(cfg)
	if !strings.HasPrefix(string(b), orig) {
		t.Errorf("the file's text was not kept:\n%s", b)
	}
	if code, out, _ := runCLI(t, "feeds", "import", "-config", cfg, opml); code != 0 || !strings.Contains(out, "0 feeds added") {
		t.Errorf("second import: %d %s", code, out)
	}
	os.WriteFile(opml, []byte("<opml><body><outline"), 0o644)
	if code, _, errOut := runCLI(t, "feeds", "import", "-config", cfg, opml); code != 2 || !strings.Contains(errOut, "not an OPML file") {
		t.Errorf("broken OPML: %d %s", code, errOut)
	}
	if after, _ := os.ReadFile(cfg); string(after) != string(b) {
		t.Error("a failed import changed feeds.yaml")
	}
}
