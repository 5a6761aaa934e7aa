package place

import "testing"

// TestAuthorityNamed: a name that is a body's own, written whole, finds
// it; a town's name, a core or a name nobody has does not.
func TestAuthorityNamed(t *testing.T) {
	t.Parallel()
	g := Default()
	for _, tc := range []struct{ name, want string }{
		{"Comhairle nan Eilean Siar", "gss:S12000013"},
		{"Rhein-Pfalz-Kreis", "ags:07338"},
		{"Lochem", ""},
		{"Gloucester", ""},
		{"Kommunalservice Mecklenburg", ""},
	} {
		a, ok := g.AuthorityNamed(tc.name)
		if got := a.ID; !ok && got != "" || got != tc.want {
			t.Errorf("AuthorityNamed(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
}
