package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/pipeline"
)

// TestDigestCommand writes a week's digest as .eml with -dry-run, and
// refuses to send without mail.host.
func TestDigestCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	a, err := pipeline.Open(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	err = a.DB.ReplaceIncidents(context.Background(), []*vigie.Incident{{ID: "2026-12-quimper", Title: "Rançongiciel à Quimper",
		Victim: vigie.Body{Official: "Commune de Quimper", Kind: vigie.VictimCommune, Place: vigie.Place{Name: "Quimper", Region: "Bretagne", Country: "FR"}},
		Attack: vigie.AttackRansomware, InScope: true, FirstReported: at, LastUpdated: at}})
	a.Close()
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("sources:\n  - {name: A, url: 'https://a.example/rss', kind: rss}\nsite:\n  base_url: https://vigie.example\n"), 0o644)
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, "digest", "-config", cfg, "-data", data, "-week", "2026-W49", "-dry-run", "-o", out, "-lang", "en")
	if code != 0 || !strings.Contains(stdout, "2026-W49: 1 email(s) written") {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	b, _ := os.ReadFile(files[0])
	if s := string(b); !strings.Contains(s, "Quimper") || !strings.Contains(s, "https://vigie.example/incidents/2026-12-quimper") || !strings.Contains(s, "text/html") {
		t.Errorf("email:\n%s", s)
	}
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"digest", "-config", cfg, "-data", data}, "no mail.host"},
		{[]string{"digest", "-config", cfg, "-data", data, "-dry-run", "-week", "2026-49"}, "is not an ISO week"},
		{[]string{"digest", "-config", cfg, "-data", filepath.Join(dir, "none"), "-dry-run"}, "run vigie crawl first"},
	} {
		if code, _, stderr := runCLI(t, tc.args...); code != 2 || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%v: exit %d, %q", tc.args, code, stderr)
		}
	}
}
