package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/index"
	"github.com/vigie-news/vigie/pipeline"
)

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCLIErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("sources:\n  - name: A\n    url: http://a.test/feed\n    kind: rsss\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no command", nil, 2, "usage"},
		{"unknown command", []string{"fly"}, 2, `unknown command "fly"`},
		{"bad config", []string{"crawl", "-config", bad, "-data", dir}, 2, "bad.yaml:4:"},
		{"missing config", []string{"crawl", "-config", filepath.Join(dir, "none.yaml"), "-data", dir}, 1, "none.yaml"},
		{"bad flag", []string{"crawl", "-nope"}, 2, "flag provided but not defined"},
		{"stray argument", []string{"export", "-data", dir, "extra"}, 2, `unexpected argument "extra"`},
		{"bad what", []string{"export", "-data", dir, "-what", "sources"}, 2, "-what must be"},
		{"bad format", []string{"export", "-data", dir, "-format", "xml"}, 2, "-format must be"},
		{"no data", []string{"export", "-data", filepath.Join(dir, "none")}, 2, "run vigie crawl first"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.msg)
			}
		})
	}
}

// TestCrawlFailingSource: a source that cannot be reached is reported once,
// with its reason, in the log; a crawl whose every source failed exits 3.
// A loopback source is refused unless -allow-private allows it.
func TestCrawlFailingSource(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("settings:\n  timeout: 2s\nsources:\n  - name: Down\n    url: http://127.0.0.1:1/feed.xml\n    kind: rss\n"), 0o644)
	data := filepath.Join(dir, "data")
	for i, tc := range []struct {
		args   []string
		reason string
	}{
		{nil, "refused: 127.0.0.1 is a loopback address"},
		{[]string{"-allow-private", "127.0.0.1/32"}, "connection refused"},
	} {
		code, out, stderr := runCLI(t, append([]string{"-log-format", "json", "crawl", "-config", cfg, "-data", data}, tc.args...)...)
		if code != 3 || !strings.Contains(out, "(1 failed)") || strings.Contains(out, "FAIL") {
			t.Fatalf("crawl %d: exit %d, output %q", i, code, out)
		}
		if n := strings.Count(stderr, `"msg":"source failed"`); n != 1 || !strings.Contains(stderr, `"source":"Down"`) || !strings.Contains(stderr, tc.reason) {
			t.Errorf("crawl %d: %d failure lines in the JSON log, want 1 with %q:\n%s", i, n, tc.reason, stderr)
		}
	}
	a, err := pipeline.Open(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	st, err := a.DB.SourceState(context.Background(), "Down")
	if err != nil || st.Failures != 2 || st.LastError == "" {
		t.Errorf("state %+v (%v), want 2 failures with a reason", st, err)
	}
}

// TestExportCSVAndReindex crawls the corpus, exports it as CSV and rebuilds
// the index, which then finds what it found before.
func TestExportCSVAndReindex(t *testing.T) {
	t.Parallel()
	f := newFixture(t, corpusDir)
	f.crawl(t, false)
	var buf bytes.Buffer
	if err := exportArticles(context.Background(), f.app, &buf, "csv"); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 54 || strings.Join(recs[0], ",") != strings.Join(articleColumns, ",") {
		t.Errorf("%d CSV records, header %v", len(recs), recs[0])
	}
	buf.Reset()
	if err := exportIncidents(context.Background(), f.app, &buf, "csv"); err != nil {
		t.Fatal(err)
	}
	incs, err := f.app.DB.Incidents(context.Background())
	if recs, err2 := csv.NewReader(&buf).ReadAll(); err != nil || err2 != nil || len(recs) != len(incs)+1 || recs[0][0] != "id" {
		t.Errorf("incidents CSV: %d records for %d incidents (%v, %v)", len(recs), len(incs), err, err2)
	}
	query := vigie.ArticleFilter{Query: "seez rancongiciel"}
	before, err := f.app.FindArticles(context.Background(), query)
	if err != nil || before.Total == 0 {
		t.Fatalf("search before reindex: %d results, %v", before.Total, err)
	}
	f.app.Index.Close()
	var stderr bytes.Buffer
	n, err := pipeline.Reindex(context.Background(), f.app.DB, pipeline.IndexPath(f.app.Dir), &stderr)
	if err != nil || n != 53 {
		t.Fatalf("reindex: %d articles, %v", n, err)
	}
	if f.app.Index, err = index.Open(pipeline.IndexPath(f.app.Dir)); err != nil {
		t.Fatal(err)
	}
	after, err := f.app.FindArticles(context.Background(), query)
	if err != nil || after.Total != before.Total {
		t.Errorf("search after reindex: %d results (%v), before %d", after.Total, err, before.Total)
	}
}

// TestReprocessIsIdempotent: reading the stored pages again changes
// nothing, and keeps every incident's id.
func TestReprocessIsIdempotent(t *testing.T) {
	t.Parallel()
	f := newFixture(t, corpusDir)
	f.crawl(t, false)
	ctx := context.Background()
	export := func() string {
		var b bytes.Buffer
		if err := exportIncidents(ctx, f.app, &b, "jsonl"); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	before := export()
	for range 2 {
		n, changed, err := f.app.Reprocess(ctx, pipeline.SourcesByName(f.cfg), io.Discard)
		if err != nil || n != 53 || changed != 0 {
			t.Fatalf("reprocess: %d read, %d changed, %v", n, changed, err)
		}
		if _, err := f.app.Recluster(ctx); err != nil {
			t.Fatal(err)
		}
		if after := export(); after != before {
			t.Fatalf("incidents changed on reprocess:\n%s\nwant\n%s", after, before)
		}
	}
}
