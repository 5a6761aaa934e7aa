package incident

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"simple", "La mairie a été touchée. Les services sont coupés.", []string{"La mairie a été touchée.", "Les services sont coupés."}},
		{"abbreviation", "M. Dupont a porté plainte. Le maire aussi.", []string{"M. Dupont a porté plainte.", "Le maire aussi."}},
		{"initial", "By J. Smith. The town hall was hit.", []string{"By J. Smith.", "The town hall was hit."}},
		{"quote", "« Nous ne paierons pas. » La ville refuse.", []string{"« Nous ne paierons pas. »", "La ville refuse."}},
		{"number", "Il y a 1.5 million d'euros. Voilà.", []string{"Il y a 1.5 million d'euros.", "Voilà."}},
		{"question", "Rançongiciel ? Personne ne sait.", []string{"Rançongiciel ?", "Personne ne sait."}},
		{"lowercase after dot", "le site www.ville.fr est coupé. Fin.", []string{"le site www.ville.fr est coupé.", "Fin."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, s := range split("", tc.text)[1:] {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("split = %q, want %q", got, tc.want)
			}
		})
	}
}
