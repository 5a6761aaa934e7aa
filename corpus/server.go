package corpus

import (
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// response is one entry of a site's _meta.yaml: how to answer for a path
// instead of a plain 200 with a content type from the file's extension.
type response struct {
	ContentType  string `yaml:"content_type"`
	ETag         string `yaml:"etag"`
	LastModified string `yaml:"last_modified"`
	Status       int    `yaml:"status"`
	Location     string `yaml:"location"`
}

// Server serves the sites of a corpus folder over HTTP; it is an
// http.Handler. Its methods are safe for concurrent use.
type Server struct {
	sites string                         // the sites/ folder
	hosts []string                       // its sub-folders, sorted
	meta  map[string]map[string]response // host -> URL path -> response; read-only

	mu   sync.Mutex
	reqs []Request
}

// New returns a Server for the corpus in dir, which holds sites/<host>/. It
// reads every site's _meta.yaml at once, so that a mistake in one shows here
// rather than as a wrong answer during a crawl.
func New(dir string) (*Server, error) {
	s := &Server{sites: filepath.Join(dir, "sites"), meta: map[string]map[string]response{}}
	entries, err := os.ReadDir(s.sites)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		host := e.Name()
		if s.meta[host], err = readMeta(filepath.Join(s.sites, host, "_meta.yaml")); err != nil {
			return nil, err
		}
		s.hosts = append(s.hosts, host)
	}
	return s, nil
}

// readMeta reads a site's _meta.yaml; a missing file means no entries.
func readMeta(name string) (map[string]response, error) {
	m := map[string]response{}
	b, err := os.ReadFile(name)
	if os.IsNotExist(err) {
		return m, nil
	} else if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if err := yaml.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", name, err)
	}
	return m, nil
}

// Hosts returns the host names of the sites, sorted.
func (s *Server) Hosts() []string {
	return slices.Clone(s.hosts)
}

// ServeHTTP answers r from sites/<host>/<path>, where host is the host of
// r's absolute URL when r comes through the server as a proxy, and its Host
// header otherwise.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Host
	if host == "" {
		host = r.Host
	}
	host = strings.ToLower(host)
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	status := s.serve(w, r, host)
	s.record(r, host, status)
}

// serve writes the answer and returns its status.
func (s *Server) serve(w http.ResponseWriter, r *http.Request, host string) int {
	if r.Method == http.MethodConnect {
		http.Error(w, "HTTPS is not served: the corpus is plain HTTP", http.StatusMethodNotAllowed)
		return http.StatusMethodNotAllowed
	}
	if host == "" || strings.ContainsAny(host, `/\`) || strings.HasPrefix(host, ".") || strings.Contains(host, "..") {
		http.Error(w, "unknown host", http.StatusBadGateway)
		return http.StatusBadGateway
	}
	p := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") {
		p = path.Join(p, "index.html")
	}
	meta := s.meta[host][r.URL.Path]
	if meta.Status >= 300 && meta.Status < 400 {
		w.Header().Set("Location", meta.Location)
		w.WriteHeader(meta.Status)
		return meta.Status
	}
	if meta.Status >= 400 {
		http.Error(w, http.StatusText(meta.Status), meta.Status)
		return meta.Status
	}
	if path.Base(p) == "_meta.yaml" {
		http.NotFound(w, r)
		return http.StatusNotFound
	}
	body, err := os.ReadFile(filepath.Join(s.sites, host, filepath.FromSlash(p)))
	if err != nil {
		http.NotFound(w, r)
		return http.StatusNotFound
	}
	return write(w, r, meta, p, body)
}

// write answers with body, or with 304 when r's validators match meta's.
func write(w http.ResponseWriter, r *http.Request, meta response, p string, body []byte) int {
	ct := meta.ContentType
	if ct == "" {
		ct = contentType(p)
	}
	w.Header().Set("Content-Type", ct)
	if meta.ETag != "" {
		w.Header().Set("ETag", meta.ETag)
		if r.Header.Get("If-None-Match") == meta.ETag {
			w.WriteHeader(http.StatusNotModified)
			return http.StatusNotModified
		}
	}
	if meta.LastModified != "" {
		w.Header().Set("Last-Modified", meta.LastModified)
		// If-None-Match wins over If-Modified-Since (RFC 9110, 13.1.3).
		if r.Header.Get("If-None-Match") == "" && r.Header.Get("If-Modified-Since") == meta.LastModified {
			w.WriteHeader(http.StatusNotModified)
			return http.StatusNotModified
		}
	}
	status := http.StatusOK
	if meta.Status != 0 {
		status = meta.Status
	}
	w.WriteHeader(status)
	w.Write(body) // an error means the client went away: nothing to do
	return status
}

// contentType gives the type of a file with no _meta.yaml entry: UTF-8, and
// feeds told apart by name since they share the .xml extension.
func contentType(p string) string {
	switch path.Ext(p) {
	case ".html", ".htm", "":
		return "text/html; charset=utf-8"
	case ".xml":
		switch {
		case strings.Contains(p, "atom"):
			return "application/atom+xml; charset=utf-8"
		case strings.Contains(p, "sitemap"):
			return "application/xml; charset=utf-8"
		default:
			return "application/rss+xml; charset=utf-8"
		}
	case ".atom": // not in Go's built-in table: mime would depend on /etc/mime.types
		return "application/atom+xml; charset=utf-8"
	case ".rss":
		return "application/rss+xml; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".json":
		return "application/json"
	}
	if t := mime.TypeByExtension(path.Ext(p)); t != "" {
		return t
	}
	return "application/octet-stream"
}
