package server

import (
	"crypto/subtle"
	"net/http"
	"strings"
	"time"

	"github.com/vigie-news/vigie"
)

// handleReindex answers POST /admin/reindex: the running server rebuilds
// its search indexes from the store, swapping them in atomically, so that
// a reindex never has to open the indexes the server holds. It needs
// "Authorization: Bearer <AdminToken>"; without an AdminToken the route
// does not exist.
func (s *Server) handleReindex(w http.ResponseWriter, r *http.Request) {
	if s.AdminToken == "" || s.Reindex == nil {
		s.handleNotFound(w, r)
		return
	}
	given, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(given), []byte(s.AdminToken)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="vigie admin"`)
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "a valid admin token is needed (Authorization: Bearer ...)"})
		return
	}
	// A large store takes longer than the server's write timeout.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
	counts, err := s.Reindex(r.Context())
	if err != nil {
		s.writeError(w, r, vigie.Errorf(vigie.EINTERNAL, "reindex: %v", err))
		return
	}
	writeJSON(w, http.StatusOK, counts)
}
