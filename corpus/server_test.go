package corpus

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestServeThroughProxy(t *testing.T) {
	t.Parallel()
	client := mustProxyClient(t, mustServer(t))
	tests := []struct {
		name, url   string
		status      int
		contentType string
		file        string // body, relative to testdata/sites; "" to skip
		header      map[string]string
	}{
		{"home", "http://www.example.test/", 200, "text/html; charset=utf-8", "www.example.test/index.html", nil},
		{"folder index", "http://www.example.test/news/", 200, "text/html; charset=utf-8", "www.example.test/news/index.html", nil},
		{"article", "http://www.example.test/news/new.html", 200, "text/html; charset=utf-8", "www.example.test/news/new.html", nil},
		{"robots.txt", "http://www.example.test/robots.txt", 200, "text/plain; charset=utf-8", "www.example.test/robots.txt", nil},
		{"host with port", "http://www.example.test:8080/robots.txt", 200, "text/plain; charset=utf-8", "www.example.test/robots.txt", nil},
		{"host in capitals", "http://WWW.Example.TEST/robots.txt", 200, "text/plain; charset=utf-8", "www.example.test/robots.txt", nil},
		{"etag'd feed", "http://www.example.test/feed.xml", 200, "application/rss+xml; charset=utf-8", "www.example.test/feed.xml",
			map[string]string{"ETag": `"v1"`, "Last-Modified": "Tue, 27 Apr 2021 15:30:00 GMT"}},
		{"sitemap", "http://www.example.test/sitemap.xml", 200, "application/xml; charset=utf-8", "www.example.test/sitemap.xml", nil},
		{"redirect", "http://www.example.test/old.html", 301, "", "", map[string]string{"Location": "/news/new.html"}},
		{"status from meta", "http://www.example.test/gone.html", 410, "text/plain; charset=utf-8", "", nil},
		{"meta never served", "http://www.example.test/_meta.yaml", 404, "text/plain; charset=utf-8", "", nil},
		{"missing file", "http://www.example.test/nope.html", 404, "text/plain; charset=utf-8", "", nil},
		{"no way out", "http://www.example.test/../../../server.go", 404, "text/plain; charset=utf-8", "", nil},
		{"unknown host", "http://www.nowhere.test/", 404, "text/plain; charset=utf-8", "", nil},
		{"ISO-8859-1 feed", "http://www.latin1.test/rss.xml", 200, "application/rss+xml; charset=ISO-8859-1", "www.latin1.test/rss.xml", nil},
		{"atom by extension", "http://www.latin1.test/feed.atom", 200, "application/atom+xml; charset=utf-8", "www.latin1.test/feed.atom", nil},
		{"json by extension", "http://www.latin1.test/feed.json", 200, "application/json", "www.latin1.test/feed.json", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			resp, body := mustGet(t, client, tt.url, nil)
			if resp.StatusCode != tt.status {
				t.Errorf("status = %d, want %d", resp.StatusCode, tt.status)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type = %q, want %q", got, tt.contentType)
			}
			for k, v := range tt.header {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			if tt.file != "" && string(body) != string(mustRead(t, filepath.Join("testdata/sites", tt.file))) {
				t.Errorf("body = %q, want the bytes of %s", body, tt.file)
			}
		})
	}
}

func TestServeAsOrigin(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(mustServer(t))
	t.Cleanup(srv.Close)
	req, err := http.NewRequest(http.MethodGet, srv.URL+"/rss.xml", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = "www.latin1.test"
	resp, body := mustDo(t, srv.Client(), req)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/rss+xml; charset=ISO-8859-1" {
		t.Errorf("status %d, Content-Type %q; want 200 and the type of _meta.yaml", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(string(body), "Cyberattaque \xe0 \xc9vry") {
		t.Errorf("body = %q, want the ISO-8859-1 bytes as on disk", body)
	}
}

func TestConditionalGet(t *testing.T) {
	t.Parallel()
	client := mustProxyClient(t, mustServer(t))
	const lastModified = "Tue, 27 Apr 2021 15:30:00 GMT"
	tests := []struct {
		name        string
		ifNoneMatch string
		ifModSince  string
		status      int
	}{
		{"no validators", "", "", 200},
		{"same etag", `"v1"`, "", 304},
		{"other etag", `"v0"`, "", 200},
		{"same date", "", lastModified, 304},
		{"other date", "", "Mon, 26 Apr 2021 15:30:00 GMT", 200},
		{"etag wins over date", `"v0"`, lastModified, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := http.Header{}
			if tt.ifNoneMatch != "" {
				h.Set("If-None-Match", tt.ifNoneMatch)
			}
			if tt.ifModSince != "" {
				h.Set("If-Modified-Since", tt.ifModSince)
			}
			resp, body := mustGet(t, client, "http://www.example.test/feed.xml", h)
			if resp.StatusCode != tt.status {
				t.Errorf("status = %d, want %d", resp.StatusCode, tt.status)
			}
			if tt.status == 304 && (len(body) != 0 || resp.Header.Get("ETag") != `"v1"`) {
				t.Errorf("304 with body %q and ETag %q, want no body and the ETag", body, resp.Header.Get("ETag"))
			}
		})
	}
}

func TestServeRejects(t *testing.T) {
	t.Parallel()
	s := mustServer(t)
	tests := []struct {
		name, method, host string
		status             int
	}{
		{"https tunnel", http.MethodConnect, "www.example.test:443", 405},
		{"slash in host", http.MethodGet, "www.example.test/news", 502},
		{"backslash in host", http.MethodGet, `www.example.test\news`, 502},
		{"dot-dot host", http.MethodGet, "..", 502},
		{"dot-dot in host", http.MethodGet, "www..test", 502},
		{"hidden host", http.MethodGet, ".git", 502},
		{"no host", http.MethodGet, "", 502},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := httptest.NewRequest(tt.method, "/robots.txt", nil)
			r.Host = tt.host
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			if w.Code != tt.status {
				t.Errorf("status = %d, want %d", w.Code, tt.status)
			}
		})
	}
}

func TestHTTPSIsRefused(t *testing.T) {
	t.Parallel()
	s := mustServer(t)
	client := mustProxyClient(t, s)
	if resp, err := client.Get("https://www.example.test/"); err == nil {
		resp.Body.Close()
		t.Fatalf("GET https:// through the proxy = %s, want an error", resp.Status)
	}
	reqs := s.Requests()
	if len(reqs) != 1 || reqs[0].Method != http.MethodConnect || reqs[0].Status != 405 || reqs[0].Host != "www.example.test" {
		t.Errorf("Requests() = %+v, want one CONNECT to www.example.test answered 405", reqs)
	}
}

func TestRequests(t *testing.T) {
	t.Parallel()
	s := mustServer(t)
	client := mustProxyClient(t, s)
	mustGet(t, client, "http://www.example.test/robots.txt", http.Header{"User-Agent": {"TestBot/1.0"}})
	mustGet(t, client, "http://www.example.test:80/feed.xml?page=2", http.Header{
		"User-Agent": {"TestBot/1.0"}, "If-None-Match": {`"v1"`}, "If-Modified-Since": {"Tue, 27 Apr 2021 15:30:00 GMT"},
	})
	got := s.Requests()
	want := []Request{
		{Host: "www.example.test", Path: "/robots.txt", Method: "GET", Status: 200, UserAgent: "TestBot/1.0"},
		{Host: "www.example.test", Path: "/feed.xml?page=2", Method: "GET", Status: 304, UserAgent: "TestBot/1.0",
			IfNoneMatch: `"v1"`, IfModifiedSince: "Tue, 27 Apr 2021 15:30:00 GMT"},
	}
	for i := range got {
		if got[i].Time.IsZero() {
			t.Errorf("request %d has no time", i)
		}
		got[i].Time = want[0].Time
	}
	if !slices.Equal(got, want) {
		t.Errorf("Requests() =\n%+v\nwant\n%+v", got, want)
	}
	got[0].Host = "changed"
	if s.Requests()[0].Host != "www.example.test" {
		t.Error("changing the result of Requests changed the log")
	}
	s.Reset()
	if reqs := s.Requests(); len(reqs) != 0 {
		t.Errorf("Requests() after Reset = %+v, want none", reqs)
	}
}

func TestRequestsConcurrently(t *testing.T) {
	t.Parallel()
	s := mustServer(t)
	client := mustProxyClient(t, s)
	const n = 20
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			resp, err := client.Get("http://www.latin1.test/feed.json")
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
		})
	}
	wg.Wait()
	if got := len(s.Requests()); got != n {
		t.Errorf("%d requests logged, want %d", got, n)
	}
}

func TestHosts(t *testing.T) {
	t.Parallel()
	got := mustServer(t).Hosts()
	if want := []string{"www.example.test", "www.latin1.test"}; !slices.Equal(got, want) {
		t.Errorf("Hosts() = %q, want %q", got, want)
	}
}

func TestNewErrors(t *testing.T) {
	t.Parallel()
	badMeta := t.TempDir()
	if err := os.MkdirAll(filepath.Join(badMeta, "sites", "www.bad.test"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(badMeta, "sites", "www.bad.test", "_meta.yaml"), []byte("/a: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, dir, want string }{
		{"missing folder", filepath.Join(t.TempDir(), "nope"), "no such file"},
		{"no sites folder", t.TempDir(), "no such file"},
		{"bad _meta.yaml", badMeta, "www.bad.test/_meta.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := New(tt.dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "corpus: ") {
				t.Errorf("New error = %v, want one starting with \"corpus: \" that mentions %q", err, tt.want)
			}
		})
	}
}

func mustServer(tb testing.TB) *Server {
	tb.Helper()
	s, err := New("testdata")
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// mustProxyClient serves s and returns a client that reaches every host
// through it as a proxy, and does not follow redirects.
func mustProxyClient(tb testing.TB, s *Server) *http.Client {
	tb.Helper()
	srv := httptest.NewServer(s)
	tb.Cleanup(srv.Close)
	u, err := url.Parse(srv.URL)
	if err != nil {
		tb.Fatal(err)
	}
	return &http.Client{
		Transport:     &http.Transport{Proxy: http.ProxyURL(u)},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

func mustGet(tb testing.TB, c *http.Client, u string, h http.Header) (*http.Response, []byte) {
	tb.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		tb.Fatal(err)
	}
	req.Header = h
	if h == nil {
		req.Header = http.Header{}
	}
	return mustDo(tb, c, req)
}

func mustDo(tb testing.TB, c *http.Client, req *http.Request) (*http.Response, []byte) {
	tb.Helper()
	resp, err := c.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp, body
}

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
