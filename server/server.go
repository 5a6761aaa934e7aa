package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
	_ "time/tzdata" // Europe/Paris on machines without zoneinfo

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/digest"
)

// Server serves the API.
type Server struct {
	Articles vigie.ArticleService
	Sources  vigie.SourceService
	// Incidents finds incidents; nil means the incident routes answer 404.
	Incidents vigie.IncidentService
	Logger    *slog.Logger
	// Health reports whether the parts the API needs work; nil means yes.
	Health func(ctx context.Context) error
	// TimeZone is where the days of from= and to= are; nil means Europe/Paris.
	TimeZone *time.Location
	// Digest serves the subscriptions to the weekly digest; nil answers 404.
	Digest *digest.Web
	// BaseURL is the public URL of links in feeds and embeds, e.g.
	// https://vigie.example.org; "" means that of each request.
	BaseURL string
	// FrameAncestors may frame the /embed pages (CSP frame-ancestors);
	// empty means any.
	FrameAncestors []string
	// Ready reports whether Vigie works as it should, for /readyz; nil
	// means it does.
	Ready func(ctx context.Context) error
	// AdminToken guards the admin routes (POST /admin/reindex) and
	// curation; "" turns them off. Reindex rebuilds the search indexes.
	AdminToken string
	Reindex    func(ctx context.Context) (map[string]int, error)
	// Pages are the researchers' HTML pages at /; nil serves the API only.
	Pages Pages
	// Curation records corrections; with AdminToken "" curation is off.
	Curation vigie.CurationService
}

func (s *Server) location() *time.Location {
	if s.TimeZone != nil {
		return s.TimeZone
	}
	return paris
}

var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		return time.UTC
	}
	return loc
}()

// Handler returns the API's handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.routes(mux)
	return s.secure(s.recoverer(mux))
}

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully, letting requests in flight finish for up to ten seconds.
// ready, when not nil, receives the address once the server listens.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	if ready != nil {
		ready(ln.Addr())
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (s *Server) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.Default()
	}
	return s.Logger
}

// recoverer turns a panic in a handler into a logged 500. It panics again
// with http.ErrAbortHandler, which asks net/http to break the connection:
// recovering it would answer 200 with an empty body.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v == http.ErrAbortHandler {
				panic(v)
			} else if v != nil {
				s.logger().Error("panic in handler", "method", r.Method, "path", r.URL.Path, "panic", v)
				s.writeError(w, r, vigie.Errorf(vigie.EINTERNAL, "internal error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// writeJSON renders v with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// statuses maps error codes to HTTP statuses.
var statuses = map[string]int{
	vigie.ECONFLICT: http.StatusConflict,
	vigie.EINVALID:  http.StatusBadRequest,
	vigie.ENOTFOUND: http.StatusNotFound,
	vigie.EINTERNAL: http.StatusInternalServerError,
}

// writeError renders err as {"error": message}; internal errors are
// logged, since the client sees only a generic message.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := vigie.ErrorCode(err)
	status, ok := statuses[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status == http.StatusInternalServerError {
		s.logger().Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": vigie.ErrorMessage(err)})
}
