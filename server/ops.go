package server

import (
	"net/http"
	"strings"
	"time"

	"github.com/vigie-news/vigie/internal/metrics"
)

// secure wraps the whole API: every answer says nosniff (a JSON or CSV
// answer is never run as a script or styled as a page) and may be framed
// by Vigie's own pages only, except the embeds, which set their own
// frame-ancestors from the configured allowlist; a CORS preflight
// (OPTIONS) is answered for the read-only API, and each request's time is
// recorded for /metrics.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if !strings.HasPrefix(r.URL.Path, "/embed/") {
			w.Header().Set("Content-Security-Policy", "frame-ancestors 'self'")
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			preflight(w, r)
			return
		}
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		metrics.Request(r.Pattern, rec.status, time.Since(start))
	})
}

// preflight answers a CORS preflight: any origin may read the API with GET
// or HEAD; nothing else is allowed across origins.
func preflight(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
	if asked := r.Header.Get("Access-Control-Request-Headers"); asked != "" {
		h.Set("Access-Control-Allow-Headers", allowedHeaders(asked))
	}
	h.Set("Access-Control-Max-Age", "86400")
	h.Add("Vary", "Origin")
	h.Add("Vary", "Access-Control-Request-Method")
	h.Add("Vary", "Access-Control-Request-Headers")
	w.WriteHeader(http.StatusNoContent)
}

// allowedHeaders keeps, of the request headers a preflight asks for, those
// a read-only client needs.
func allowedHeaders(asked string) string {
	var out []string
	for _, h := range strings.Split(asked, ",") {
		switch h = strings.TrimSpace(strings.ToLower(h)); h {
		case "accept", "accept-language", "content-language", "if-none-match", "if-modified-since", "cache-control":
			out = append(out, h)
		}
	}
	return strings.Join(out, ", ")
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the real writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// handleReady answers GET /readyz: 200 {"status":"ok"} when Vigie works as
// it should, 503 {"status":"degraded","reason":...} when every source
// failed in the last crawl or the index lags the store. /healthz stays the
// liveness check.
func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	if s.Ready != nil {
		if err := s.Ready(r.Context()); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "degraded", "reason": err.Error()})
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// handleMetrics answers GET /metrics in Prometheus's text format.
func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	if s.Ready != nil {
		_ = s.Ready(r.Context()) // refreshes the index lag
	}
	metrics.Handler().ServeHTTP(w, r)
}
