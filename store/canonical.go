package store

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// trustedCanonical reports whether an article at pageURL may be known by
// canonical: only when both are on the same site, the same registrable
// domain by the public suffix list (www.example.co.uk and
// amp.example.co.uk are one site, a.github.io and b.github.io two). A page
// that names another site's URL as its canonical would otherwise replace
// that site's article, or keep it from ever being stored; such a canonical
// is recorded with the article but never leads to it.
func trustedCanonical(pageURL, canonical string) bool {
	p, err1 := url.Parse(pageURL)
	c, err2 := url.Parse(canonical)
	if err1 != nil || err2 != nil {
		return false
	}
	ph, ch := strings.ToLower(strings.TrimSuffix(p.Hostname(), ".")), strings.ToLower(strings.TrimSuffix(c.Hostname(), "."))
	if ph == "" || ch == "" {
		return false
	}
	if ph == ch {
		return true
	}
	if net.ParseIP(ph) != nil || net.ParseIP(ch) != nil {
		return false
	}
	ps, err1 := publicsuffix.EffectiveTLDPlusOne(ph)
	cs, err2 := publicsuffix.EffectiveTLDPlusOne(ch)
	return err1 == nil && err2 == nil && ps == cs
}
