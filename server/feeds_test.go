package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
)

// fetchFeed GETs url with the given headers.
func fetchFeed(tb testing.TB, url string, header map[string]string) (*http.Response, []byte) {
	tb.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return res, b
}

func TestFeedsParseBack(t *testing.T) {
	l := mustIncidentLibrary(t)
	ts := httptest.NewServer(l.server().Handler())
	defer ts.Close()
	for _, tc := range []struct {
		path     string
		feedType string
		ctype    string
		ids      []string
	}{
		{"/feeds/incidents.atom?region=Corse", "atom", "application/atom+xml", []string{"urn:vigie:incident:" + idAjaccio}},
		{"/feeds/incidents.rss?region=Corse", "rss", "application/rss+xml", []string{"urn:vigie:incident:" + idAjaccio}},
		{"/feeds/incidents.json?region=Corse", "json", "application/feed+json", []string{"urn:vigie:incident:" + idAjaccio}},
		{"/feeds/incidents.atom?in_scope=false", "atom", "application/atom+xml", []string{"urn:vigie:incident:" + idLeeds, "urn:vigie:incident:" + idParis}},
		{"/feeds/articles.json?q=seez", "json", "application/feed+json", nil},
		{"/feeds/articles.rss", "rss", "application/rss+xml", nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res, body := fetchFeed(t, ts.URL+tc.path, nil)
			if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), tc.ctype) {
				t.Fatalf("%s %s", res.Status, res.Header.Get("Content-Type"))
			}
			feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("gofeed: %v\n%s", err, body)
			}
			if feed.FeedType != tc.feedType || len(feed.Items) == 0 {
				t.Fatalf("type %s, %d items", feed.FeedType, len(feed.Items))
			}
			var ids []string
			for _, it := range feed.Items {
				ids = append(ids, it.GUID)
				if it.Title == "" || it.Link == "" || it.PublishedParsed == nil && it.UpdatedParsed == nil {
					t.Errorf("item %+v lacks a title, link or date", it)
				}
				if strings.Contains(tc.path, "incidents") && it.Link != ts.URL+"/incidents/"+strings.TrimPrefix(it.GUID, "urn:vigie:incident:") {
					t.Errorf("link %s of %s", it.Link, it.GUID)
				}
			}
			if tc.ids != nil && !slices.Equal(ids, tc.ids) {
				t.Errorf("ids %v, want %v", ids, tc.ids)
			}
			_, again := fetchFeed(t, ts.URL+tc.path, nil)
			if !bytes.Equal(body, again) {
				t.Error("the same search gave another feed")
			}
			checkFeedparser(t, body, res.Header.Get("Content-Type"), ids)
		})
	}
}

func TestFeedConditionalGET(t *testing.T) {
	l := mustIncidentLibrary(t)
	ts := httptest.NewServer(l.server().Handler())
	defer ts.Close()
	url := ts.URL + "/feeds/incidents.atom"
	res, _ := fetchFeed(t, url, nil)
	etag, lm := res.Header.Get("ETag"), res.Header.Get("Last-Modified")
	if etag == "" || lm == "" {
		t.Fatalf("no validators: %v", res.Header)
	}
	for name, h := range map[string]map[string]string{
		"etag":     {"If-None-Match": etag},
		"modified": {"If-Modified-Since": lm},
	} {
		if res, body := fetchFeed(t, url, h); res.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("%s: %s with %d bytes", name, res.Status, len(body))
		}
	}
	if res, _ := fetchFeed(t, url, map[string]string{"If-None-Match": `"other"`}); res.StatusCode != http.StatusOK {
		t.Errorf("stale etag: %s", res.Status)
	}
	if res, _ := fetchFeed(t, url+"?region=Corse", map[string]string{"If-None-Match": etag}); res.StatusCode != http.StatusOK {
		t.Errorf("another search answered 304")
	}
}

func TestFeedErrors(t *testing.T) {
	l := mustIncidentLibrary(t)
	h := l.server().Handler()
	for path, status := range map[string]int{
		"/feeds/incidents.xml":          http.StatusNotFound,
		"/feeds/people.atom":            http.StatusNotFound,
		"/feeds/incidents.atom?from=x":  http.StatusBadRequest,
		"/feeds/articles.json?size=500": http.StatusBadRequest,
	} {
		if res := serve(t, h, path); res.status != status {
			t.Errorf("%s: %d, want %d", path, res.status, status)
		}
	}
}

// checkFeedparser parses body with Python's feedparser, when installed,
// and checks it reads it without complaint and finds the same entries.
func checkFeedparser(t *testing.T, body []byte, contentType string, ids []string) {
	t.Helper()
	if strings.HasPrefix(contentType, "application/feed+json") && !feedparserReadsJSON() {
		t.Log("skipping the feedparser check of JSON Feed: this feedparser has no JSON parser (Debian's 6.0.10 has none)")
		return
	}
	py := feedparserPython()
	if py == "" {
		t.Log("skipping the feedparser check: no python3 with feedparser (Debian: apt-get install python3-feedparser)")
		return
	}
	script := `import sys, json, feedparser
d = feedparser.parse(sys.stdin.buffer.read(), response_headers={"content-type": sys.argv[1]})
print(json.dumps({"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
  "ids": [e.get("id", "") for e in d.entries], "links": [e.get("link", "") for e in d.entries]}))`
	cmd := exec.Command(py, "-c", script, contentType)
	cmd.Stdin = bytes.NewReader(body)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("feedparser: %v", err)
	}
	var got struct {
		Bozo    bool
		Error   string
		Version string
		IDs     []string
		Links   []string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("feedparser output %s: %v", out, err)
	}
	if got.Bozo || got.Version == "" || !slices.Equal(got.IDs, ids) {
		t.Errorf("feedparser read %+v, want ids %v", got, ids)
	}
}

// feedparserPython returns a python3 that imports feedparser, or "".
func feedparserPython() string {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import feedparser").Run() == nil {
			return py
		}
	}
	return ""
}

// feedparserReadsJSON reports whether the installed feedparser has the
// JSON Feed parser of its later versions.
func feedparserReadsJSON() bool {
	py := feedparserPython()
	return py != "" && exec.Command(py, "-c", "import feedparser.parsers.json").Run() == nil
}
