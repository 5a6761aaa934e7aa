package digest

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/vigie-news/vigie"
)

// Web serves the subscription API and pages. A nil *Web answers 404, so
// that a server without a digest can list the routes anyway.
type Web struct {
	Service *Service
	Logger  *slog.Logger
}

// subscribeRequest is the body of POST /api/subscriptions.
type subscribeRequest struct {
	Email string `json:"email"`
	vigie.DigestFilter
}

// maxBody caps what a subscription request may send.
const maxBody = 16 << 10

// Subscribe handles POST /api/subscriptions: a JSON body (or a form) with
// email and the filter; answers 202 once the confirmation link is sent.
func (h *Web) Subscribe(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	var req subscribeRequest
	var err error
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		err = json.NewDecoder(io.LimitReader(r.Body, maxBody)).Decode(&req)
		if err != nil {
			err = vigie.Errorf(vigie.EINVALID, "the body is not a JSON subscription: %v", err)
		}
	} else {
		req, err = formRequest(r)
	}
	if err == nil {
		err = h.Service.Subscribe(r.Context(), req.Email, req.DigestFilter)
	}
	if err != nil {
		h.writeJSON(w, r, errorStatus(err), map[string]string{"error": vigie.ErrorMessage(err)}, err)
		return
	}
	h.writeJSON(w, r, http.StatusAccepted, map[string]string{"status": "pending", "message": label(req.Lang, "sent")}, nil)
}

// formRequest reads a subscription from a form.
func formRequest(r *http.Request) (subscribeRequest, error) {
	r.Body = http.MaxBytesReader(nil, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		return subscribeRequest{}, vigie.Errorf(vigie.EINVALID, "the form cannot be read")
	}
	f := r.PostForm
	req := subscribeRequest{Email: f.Get("email"), DigestFilter: vigie.DigestFilter{
		Countries: split(f.Get("countries")), Regions: split(f.Get("regions")), Departments: split(f.Get("departments")),
		InScopeOnly: f.Get("in_scope_only") == "true", Lang: f.Get("lang"),
	}}
	for _, a := range f["attacks"] {
		req.Attacks = append(req.Attacks, vigie.AttackType(a))
	}
	return req, nil
}

func split(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Form handles GET /subscribe: the subscription form.
func (h *Web) Form(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	l := pageLang(r, "")
	h.page(w, r, http.StatusOK, page{Lang: l, Form: true, Action: "/subscribe", Filter: vigie.DigestFilter{Lang: l}})
}

// SubmitForm handles POST /subscribe, the form's submission.
func (h *Web) SubmitForm(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	req, err := formRequest(r)
	if err == nil {
		err = h.Service.Subscribe(r.Context(), req.Email, req.DigestFilter)
	}
	l := pageLang(r, req.Lang)
	if err != nil {
		h.page(w, r, errorStatus(err), page{Lang: l, Error: true, Message: vigie.ErrorMessage(err), Form: true, Action: "/subscribe", Email: req.Email, Filter: req.DigestFilter})
		return
	}
	h.page(w, r, http.StatusAccepted, page{Lang: l, Message: label(l, "sent")})
}

// Confirm handles GET /subscriptions/confirm?token=.
func (h *Web) Confirm(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	sub, err := h.Service.Confirm(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		h.failed(w, r, err)
		return
	}
	l := sub.Filter.Lang
	h.page(w, r, http.StatusOK, page{Lang: l, Message: label(l, "confirmed"), Form: true, Manage: true,
		Action: manageAction(h.Service.ManageURL(sub.ID)), Filter: sub.Filter})
}

// manageAction is the path and query of a manage link, as a form action.
func manageAction(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	return u.RequestURI()
}

// AskUnsubscribe handles GET /subscriptions/unsubscribe?token=: a page with
// a button, as link checkers open links and must not unsubscribe anyone.
func (h *Web) AskUnsubscribe(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	if _, err := h.Service.keys.verifyToken(r.URL.Query().Get("token"), kindUnsub, h.Service.now()); err != nil {
		h.failed(w, r, err)
		return
	}
	h.page(w, r, http.StatusOK, page{Lang: pageLang(r, ""), Unsubscribe: true, Action: r.URL.RequestURI()})
}

// Unsubscribe handles POST /subscriptions/unsubscribe?token=: the RFC 8058
// one-click POST (body List-Unsubscribe=One-Click) and the page's button.
func (h *Web) Unsubscribe(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	if err := h.Service.Unsubscribe(r.Context(), r.URL.Query().Get("token")); err != nil {
		h.failed(w, r, err)
		return
	}
	l := pageLang(r, "")
	h.page(w, r, http.StatusOK, page{Lang: l, Message: label(l, "unsubscribed")})
}

// Manage handles GET /subscriptions/manage?token=: the filters' form.
func (h *Web) Manage(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	sub, err := h.Service.Manage(r.Context(), r.URL.Query().Get("token"))
	if err != nil {
		h.failed(w, r, err)
		return
	}
	h.page(w, r, http.StatusOK, page{Lang: sub.Filter.Lang, Form: true, Manage: true, Action: r.URL.RequestURI(), Filter: sub.Filter})
}

// SaveManage handles POST /subscriptions/manage?token=.
func (h *Web) SaveManage(w http.ResponseWriter, r *http.Request) {
	if h.absent(w, r) {
		return
	}
	req, err := formRequest(r)
	var sub vigie.Subscriber
	if err == nil {
		sub, err = h.Service.UpdateFilter(r.Context(), r.URL.Query().Get("token"), req.DigestFilter)
	}
	if err != nil {
		h.failed(w, r, err)
		return
	}
	l := sub.Filter.Lang
	h.page(w, r, http.StatusOK, page{Lang: l, Message: label(l, "saved"), Form: true, Manage: true, Action: r.URL.RequestURI(), Filter: sub.Filter})
}

func (h *Web) failed(w http.ResponseWriter, r *http.Request, err error) {
	h.logInternal(r, err)
	h.page(w, r, errorStatus(err), page{Lang: pageLang(r, ""), Error: true, Message: vigie.ErrorMessage(err)})
}

// absent answers 404 when there is no digest.
func (h *Web) absent(w http.ResponseWriter, r *http.Request) bool {
	if h == nil || h.Service == nil {
		http.Error(w, "the digest is not available", http.StatusNotFound)
		return true
	}
	return false
}

func errorStatus(err error) int {
	switch vigie.ErrorCode(err) {
	case vigie.EINVALID:
		return http.StatusBadRequest
	case vigie.ENOTFOUND:
		return http.StatusNotFound
	case vigie.ECONFLICT:
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

func (h *Web) logInternal(r *http.Request, err error) {
	if errorStatus(err) == http.StatusInternalServerError {
		log := h.Logger
		if log == nil {
			log = slog.Default()
		}
		log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
}

func (h *Web) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any, err error) {
	if err != nil {
		h.logInternal(r, err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// page is what the page template shows.
type page struct {
	Lang        string
	Message     string
	Error       bool
	Form        bool
	Manage      bool
	Unsubscribe bool
	Action      string
	Email       string
	Filter      vigie.DigestFilter
}

type attackBox struct {
	Value, Name string
	Checked     bool
}

// Attacks lists the attack types as checkboxes.
func (p page) Attacks() []attackBox {
	var out []attackBox
	for _, a := range []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDataBreach, vigie.AttackDefacement, vigie.AttackPhishing, vigie.AttackIntrusion} {
		checked := false
		for _, b := range p.Filter.Attacks {
			checked = checked || a == b
		}
		out = append(out, attackBox{string(a), attackName(a, p.Lang), checked})
	}
	return out
}

func (h *Web) page(w http.ResponseWriter, r *http.Request, status int, p page) {
	p.Lang = lang(p.Lang)
	t, err := pageTmpl.Clone()
	if err != nil {
		h.logInternal(r, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
	w.Header().Set("Referrer-Policy", "no-referrer") // the URL holds a token
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := t.Funcs(pageFuncs(p.Lang)).Execute(w, p); err != nil {
		h.logInternal(r, err)
	}
}

// pageLang picks fr or en: the one asked for, else the browser's.
func pageLang(r *http.Request, asked string) string {
	if asked != "" {
		return lang(asked)
	}
	if q := r.URL.Query().Get("lang"); q != "" {
		return lang(q)
	}
	if strings.HasPrefix(strings.ToLower(r.Header.Get("Accept-Language")), "fr") {
		return "fr"
	}
	return "en"
}
