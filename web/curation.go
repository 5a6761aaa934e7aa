package web

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/vigie-news/vigie"
)

// curationOn reports whether the incident page offers the correction form.
func (p *Pages) curationOn() bool { return p.Curation != nil && p.AdminToken != "" }

// CorrectForm records a correction sent by the incident page's form:
// POST /incidents/{id}/correct. The form carries the admin token, so that
// no other site can make a curator's browser send one; it answers 303 to
// the incident corrected (or merged into).
func (p *Pages) CorrectForm(w http.ResponseWriter, r *http.Request) {
	if !p.curationOn() {
		p.fail(w, r, vigie.Errorf(vigie.ENOTFOUND, "curation is off: set VIGIE_ADMIN_TOKEN to turn it on"))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		p.fail(w, r, vigie.Errorf(vigie.EINVALID, "the form could not be read: %v", err))
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.PostForm.Get("token")), []byte(p.AdminToken)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="vigie curation"`)
		p.render(w, r, http.StatusUnauthorized, "error", translate(pageLang(r), "error"), translate(pageLang(r), "curation.token"))
		return
	}
	c, err := correctionOf(r.PathValue("id"), r.PostForm)
	if err == nil {
		c, err = p.Curation(r.Context(), c)
	}
	if err != nil {
		p.fail(w, r, err)
		return
	}
	target := c.IncidentID
	if c.Kind == vigie.CorrectMerge {
		target = c.Into
	}
	http.Redirect(w, r, "/incidents/"+url.PathEscape(target)+"#corrections-h", http.StatusSeeOther)
}

// correctionOf reads the correction of the form for incident id.
func correctionOf(id string, f url.Values) (vigie.Correction, error) {
	c := vigie.Correction{Kind: vigie.CorrectionKind(f.Get("kind")), IncidentID: id, Field: f.Get("field"),
		Value: strings.TrimSpace(f.Get("value")), Into: strings.TrimSpace(f.Get("into")),
		Who: strings.TrimSpace(f.Get("who")), Why: strings.TrimSpace(f.Get("why"))}
	if s := strings.TrimSpace(f.Get("article_id")); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n <= 0 {
			return c, vigie.Errorf(vigie.EINVALID, "article %q is not an article id", s)
		}
		c.ArticleID = n
	}
	if c.Kind == vigie.CorrectNotRelevant {
		c.IncidentID = ""
	}
	return c, nil
}
