package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func TestHealth(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		server func(tb testing.TB) *Server
		status int
		want   string
	}{
		{"store answers", func(tb testing.TB) *Server { return mustLibrary(tb).server() }, http.StatusOK, "ok"},
		{"no health check", func(tb testing.TB) *Server {
			s := mustLibrary(tb).server()
			s.Health = nil
			return s
		}, http.StatusOK, "ok"},
		{"store closed", func(tb testing.TB) *Server {
			lib := mustLibrary(tb)
			if err := lib.db.Close(); err != nil {
				tb.Fatalf("Close: %v", err)
			}
			return lib.server()
		}, http.StatusServiceUnavailable, "unavailable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := serve(t, tc.server(t).Handler(), "/healthz")
			got := mustDecode[map[string]string](t, res)
			if want := map[string]string{"status": tc.want}; res.status != tc.status || !reflect.DeepEqual(got, want) {
				t.Errorf("got %d %s, want %d %v", res.status, res.body, tc.status, want)
			}
		})
	}
}

// TestInternalError checks that a failing store gives a 500 whose message
// tells nothing of the failure, which is logged instead.
func TestInternalError(t *testing.T) {
	t.Parallel()
	fx := mustFixture(t)
	var log logBuffer
	s := fx.lib.server()
	s.Logger = slog.New(slog.NewTextHandler(&log, nil))
	if err := fx.lib.db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	for _, target := range []string{"/api/articles", "/api/articles/1", "/api/sources"} {
		t.Run(target, func(t *testing.T) {
			res := serve(t, s.Handler(), target)
			if msg := errorMessage(t, res); res.status != http.StatusInternalServerError || msg != "Internal error." {
				t.Errorf("got %d %q, want 500 %q", res.status, msg, "Internal error.")
			}
			if !strings.Contains(log.String(), "path="+target+" err=") {
				t.Errorf("failure of %s not logged; log:\n%s", target, log.String())
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	t.Parallel()
	h := mustLibrary(t).server().Handler()
	for _, tc := range []struct{ method, target string }{
		{http.MethodGet, "/"},
		{http.MethodGet, "/nope"},
		{http.MethodGet, "/api"},
		{http.MethodGet, "/api/articles/"},
		{http.MethodGet, "/api/articles/1/text"},
		{http.MethodGet, "/api/incidents/"},
		{http.MethodGet, "/api/incidents/a/b"},
	} {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			t.Parallel()
			res := serveRequest(t, h, httptest.NewRequest(tc.method, tc.target, nil))
			want := "no route " + tc.method + " " + tc.target
			if msg := errorMessage(t, res); res.status != http.StatusNotFound || msg != want {
				t.Errorf("got %d %q, want 404 %q", res.status, msg, want)
			}
		})
	}
}

func TestHeaders(t *testing.T) {
	t.Parallel()
	fx := mustFixture(t)
	h := fx.lib.server().Handler()
	for _, target := range []string{"/healthz", "/api/articles", "/api/articles?page=0", "/api/articles/1",
		"/api/articles/999", "/api/articles/abc", "/api/sources", "/nope"} {
		t.Run(target, func(t *testing.T) {
			t.Parallel()
			res := serve(t, h, target)
			if ct := res.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q", ct)
			}
			if o := res.header.Get("Access-Control-Allow-Origin"); o != "*" {
				t.Errorf("Access-Control-Allow-Origin = %q, want *", o)
			}
		})
	}
}

// TestPanic checks, over real connections, that a panic in a service gives
// a logged 500 and leaves the server up.
func TestPanic(t *testing.T) {
	t.Parallel()
	var log logBuffer
	s := &Server{Articles: panicky{}, Sources: panicky{}, Logger: slog.New(slog.NewTextHandler(&log, nil))}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	for _, tc := range []struct{ target, panic string }{
		{"/api/articles?q=seez", "boom in FindArticles"},
		{"/api/articles/1", "boom in FindArticle"},
		{"/api/sources", "boom in SourceStates"},
	} {
		t.Run(tc.target, func(t *testing.T) {
			res := mustGet(t, ts.Client(), ts.URL+tc.target)
			if msg := errorMessage(t, res); res.status != http.StatusInternalServerError || msg != "internal error" {
				t.Errorf("got %d %q, want 500 %q", res.status, msg, "internal error")
			}
			if !strings.Contains(log.String(), "panic in handler") || !strings.Contains(log.String(), tc.panic) {
				t.Errorf("panic %q not logged; log:\n%s", tc.panic, log.String())
			}
		})
	}
	t.Run("still serving", func(t *testing.T) {
		if res := mustGet(t, ts.Client(), ts.URL+"/healthz"); res.status != http.StatusOK {
			t.Errorf("GET /healthz after panics: %d %s", res.status, res.body)
		}
	})
}

// mustGet sends GET url with c and returns the answer.
func mustGet(tb testing.TB, c *http.Client, url string) response {
	tb.Helper()
	res, err := get(c, url)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// get sends GET url with c and returns the answer.
func get(c *http.Client, url string) (response, error) {
	r, err := c.Get(url)
	if err != nil {
		return response{}, err
	}
	defer r.Body.Close()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return response{}, fmt.Errorf("GET %s: read body: %w", url, err)
	}
	return response{r.StatusCode, r.Header, body}, nil
}

// TestListenAndServe serves on a free port, then cancels the context while
// a request is in flight: the request completes and ListenAndServe returns
// nil.
func TestListenAndServe(t *testing.T) {
	t.Parallel()
	fx := mustFixture(t)
	g := &gated{ArticleService: fx.lib, entered: make(chan struct{}), release: make(chan struct{})}
	s := fx.lib.server()
	s.Articles = g
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrs, done := make(chan net.Addr, 1), make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx, "127.0.0.1:0", func(a net.Addr) { addrs <- a }) }()
	var addr string
	select {
	case a := <-addrs:
		addr = a.String()
	case err := <-done:
		t.Fatalf("ListenAndServe: %v", err)
	}
	client := &http.Client{}
	defer client.CloseIdleConnections()
	if res := mustGet(t, client, "http://"+addr+"/healthz"); res.status != http.StatusOK {
		t.Fatalf("GET /healthz: %d %s", res.status, res.body)
	}

	type answer struct {
		res response
		err error
	}
	inFlight := make(chan answer, 1)
	go func() {
		res, err := get(client, "http://"+addr+"/api/articles?lang=fr")
		inFlight <- answer{res, err}
	}()
	<-g.entered
	cancel()
	waitClosed(addr)
	close(g.release)

	a := <-inFlight
	if a.err != nil {
		t.Fatalf("request in flight: %v", a.err)
	}
	if res := a.res; res.status != http.StatusOK || mustDecode[articleList](t, res).Total != 2 {
		t.Errorf("request in flight: %d %s, want 200 with 2 articles", res.status, res.body)
	}
	if err := <-done; err != nil {
		t.Errorf("ListenAndServe = %v, want nil", err)
	}
}

// waitClosed returns once addr refuses connections: the server has stopped
// listening and begun shutting down.
func waitClosed(addr string) {
	for {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(time.Millisecond)
	}
}

func TestListenAndServe_addressInUse(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("Listen: %v", err)
	}
	defer ln.Close()
	s := mustLibrary(t).server()
	called := false
	err = s.ListenAndServe(context.Background(), ln.Addr().String(), func(net.Addr) { called = true })
	var opErr *net.OpError
	if !errors.As(err, &opErr) || called {
		t.Errorf("ListenAndServe on a used address = %v (ready called: %t), want a *net.OpError", err, called)
	}
}

// FuzzArticleFilter checks that no query string makes GET /api/articles
// fail with anything but a 400 with a message.
func FuzzArticleFilter(f *testing.F) {
	for _, tc := range listCases {
		f.Add(tc.query)
	}
	for _, tc := range invalidCases {
		f.Add(tc.query)
	}
	for _, q := range []string{"q=%22%22", "q=-%22%22", "q=l%27*", "from=0000-01-01&to=9999-12", "to=0001-01-01T00:00:00Z",
		"from=9999-12-31T23:59:59%2B14:00", "page=1001&size=100", "q=%00", "q=%22seez&q=ok", "%zz=1&q=seez", "size=-0"} {
		f.Add(q)
	}
	h := mustFixture(f).lib.server().Handler()
	f.Fuzz(func(t *testing.T, rawQuery string) {
		r := httptest.NewRequest(http.MethodGet, "/api/articles", nil)
		r.URL.RawQuery = rawQuery
		res := serveRequest(t, h, r)
		switch res.status {
		case http.StatusOK:
			mustDecode[articleList](t, res)
		case http.StatusBadRequest:
			errorMessage(t, res)
		default:
			t.Errorf("GET /api/articles?%s: %d %s, want 200 or 400", rawQuery, res.status, res.body)
		}
	})
}

// aborting is a service that aborts the response, as http.ErrAbortHandler
// asks net/http to do.
type aborting struct{ panicky }

func (aborting) SourceStates(context.Context) ([]vigie.SourceState, error) {
	panic(http.ErrAbortHandler)
}

// TestPanic_abortHandler checks that a handler aborted with
// http.ErrAbortHandler breaks the connection rather than answering.
func TestPanic_abortHandler(t *testing.T) {
	t.Parallel()
	s := &Server{Sources: aborting{}, Logger: slog.New(slog.DiscardHandler)}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	if res, err := get(ts.Client(), ts.URL+"/api/sources"); err == nil {
		t.Errorf("GET /api/sources = %d %q, want the connection broken", res.status, res.body)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	t.Parallel()
	h := mustLibrary(t).server().Handler()
	for _, tc := range []struct{ method, target string }{
		{http.MethodPost, "/api/articles"},
		{http.MethodDelete, "/api/articles/1"},
		{http.MethodPut, "/healthz"},
	} {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			t.Parallel()
			res := serveRequest(t, h, httptest.NewRequest(tc.method, tc.target, nil))
			if msg := errorMessage(t, res); res.status != http.StatusMethodNotAllowed || !strings.Contains(msg, "use GET") {
				t.Errorf("got %d %q, want 405", res.status, msg)
			}
		})
	}
}
