package store

import (
	"testing"

	"github.com/vigie-news/vigie"
)

func TestTrustedCanonical(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		page, canonical string
		want            bool
	}{
		{"https://www.example.com/a", "https://example.com/a", true},
		{"https://amp.example.co.uk/a", "https://www.example.co.uk/a", true},
		{"http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b", true},
		{"https://evil.example/a", "https://victim.example/a", false},
		{"https://a.github.io/x", "https://b.github.io/x", false},
		{"https://example.co.uk/a", "https://other.co.uk/a", false},
		{"http://127.0.0.1/a", "http://127.0.0.2/a", false},
		{"https://example.com/a", "", false},
	} {
		if got := trustedCanonical(tc.page, tc.canonical); got != tc.want {
			t.Errorf("trustedCanonical(%s, %s) = %v, want %v", tc.page, tc.canonical, got, tc.want)
		}
	}
}

// TestCanonicalHijack: a page on one site that names another site's
// article as its canonical neither replaces that article nor, saved
// first, keeps it from being stored.
func TestCanonicalHijack(t *testing.T) {
	t.Parallel()
	db := mustOpen(t, Memory)
	victim := newArticle("https://victim.example/news/attack", "the real story")
	victim.CanonicalURL = victim.URL
	mustSave(t, db, victim, vigie.RawPage{})

	evil := newArticle("https://evil.example/fake", "a fake story")
	evil.CanonicalURL = victim.URL
	mustSave(t, db, evil, vigie.RawPage{})
	if evil.ID == victim.ID {
		t.Fatal("the hijacking page was saved as the victim's article")
	}
	if got := mustLookup(t, db, victim.URL); got.ID != victim.ID || got.URL != victim.URL {
		t.Errorf("LookupURL(victim) = %d %s, want %d", got.ID, got.URL, victim.ID)
	}
	if got, err := db.Article(t.Context(), evil.ID); err != nil || got.CanonicalURL != victim.URL {
		t.Errorf("the hijacker's canonical is not recorded: %+v, %v", got, err)
	}

	// The other order: the hijacker first, then the victim's own page.
	db2 := mustOpen(t, Memory)
	evil2 := newArticle("https://evil.example/fake", "a fake story")
	evil2.CanonicalURL = "https://victim.example/news/other"
	mustSave(t, db2, evil2, vigie.RawPage{})
	victim2 := newArticle("https://victim.example/news/other", "the real story")
	if !mustSave(t, db2, victim2, vigie.RawPage{}) || victim2.ID == evil2.ID || mustCount(t, db2) != 2 {
		t.Errorf("the victim's article was not stored as its own (id %d, hijacker %d)", victim2.ID, evil2.ID)
	}
}
