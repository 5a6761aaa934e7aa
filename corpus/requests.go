package corpus

import (
	"net/http"
	"slices"
	"time"
)

// Request is a request the server answered.
type Request struct {
	Time            time.Time
	Host            string // lower case, without the port
	Path            string // path and query, as requested
	Method          string
	Status          int // of the answer
	UserAgent       string
	IfNoneMatch     string
	IfModifiedSince string
}

func (s *Server) record(r *http.Request, host string, status int) {
	req := Request{
		Time: time.Now(), Host: host, Path: r.URL.RequestURI(), Method: r.Method, Status: status,
		UserAgent: r.UserAgent(), IfNoneMatch: r.Header.Get("If-None-Match"),
		IfModifiedSince: r.Header.Get("If-Modified-Since"),
	}
	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	s.mu.Unlock()
}

// Requests returns the requests answered since New or the last Reset, oldest
// first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.reqs)
}

// Reset forgets the requests answered so far.
func (s *Server) Reset() {
	s.mu.Lock()
	s.reqs = nil
	s.mu.Unlock()
}
