package curation

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-news/vigie"
)

func incidents() []*vigie.Incident {
	src := func(id int64) vigie.IncidentSource {
		return vigie.IncidentSource{ArticleID: id, Role: vigie.RoleFollowUp}
	}
	ev := func(id int64) vigie.Evidence { return vigie.Evidence{Field: "victim", Sentence: "s", ArticleID: id} }
	t := time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC)
	return []*vigie.Incident{
		{ID: "a", Attack: vigie.AttackUnknown, Sources: []vigie.IncidentSource{src(1), src(2)}, Evidence: []vigie.Evidence{ev(1), ev(2)}, FirstReported: t, LastUpdated: t},
		{ID: "b", Attack: vigie.AttackRansomware, Sources: []vigie.IncidentSource{src(3)}, Evidence: []vigie.Evidence{ev(3)}, FirstReported: t.Add(time.Hour), LastUpdated: t.Add(time.Hour)},
		{ID: "c", Sources: []vigie.IncidentSource{src(4)}},
	}
}

func ids(incs []*vigie.Incident) []string {
	var out []string
	for _, in := range incs {
		out = append(out, in.ID)
	}
	return out
}

func articles(in *vigie.Incident) []int64 {
	var out []int64
	for _, s := range in.Sources {
		out = append(out, s.ArticleID)
	}
	return out
}

func TestApply(t *testing.T) {
	t.Parallel()
	c := func(kind vigie.CorrectionKind, id, field, value string, article int64, into string) vigie.Correction {
		return vigie.Correction{Kind: kind, IncidentID: id, Field: field, Value: value, ArticleID: article, Into: into, Who: "ana", Why: "read the article"}
	}
	for _, tc := range []struct {
		name  string
		cs    []vigie.Correction
		want  []string
		check func(t *testing.T, out []*vigie.Incident, merged map[string]string)
	}{
		{"field", []vigie.Correction{c(vigie.CorrectField, "a", "attack", "ddos", 0, ""), c(vigie.CorrectField, "a", "start", "2021-04-02", 0, "")},
			[]string{"a", "b", "c"}, func(t *testing.T, out []*vigie.Incident, _ map[string]string) {
				if out[0].Attack != vigie.AttackDDoS || out[0].Start.String() != "2021-04-02" {
					t.Errorf("a: %v %v", out[0].Attack, out[0].Start)
				}
			}},
		{"not relevant", []vigie.Correction{c(vigie.CorrectNotRelevant, "", "", "", 2, ""), c(vigie.CorrectNotRelevant, "", "", "", 4, "")},
			[]string{"a", "b"}, func(t *testing.T, out []*vigie.Incident, _ map[string]string) {
				if !slices.Equal(articles(out[0]), []int64{1}) || len(out[0].Evidence) != 1 {
					t.Errorf("a keeps %v", articles(out[0]))
				}
			}},
		{"merge", []vigie.Correction{c(vigie.CorrectMerge, "b", "", "", 0, "a"), c(vigie.CorrectField, "b", "group", "LockBit", 0, "")},
			[]string{"a", "c"}, func(t *testing.T, out []*vigie.Incident, merged map[string]string) {
				if !slices.Equal(articles(out[0]), []int64{1, 2, 3}) || merged["b"] != "a" || out[0].Group != "LockBit" || !out[0].LastUpdated.Equal(time.Date(2021, 4, 1, 1, 0, 0, 0, time.UTC)) {
					t.Errorf("merged a: %v %v %q", articles(out[0]), merged, out[0].Group)
				}
			}},
		{"split", []vigie.Correction{c(vigie.CorrectSplit, "a", "", "", 2, "")},
			[]string{"a", "b", "c", "a-2"}, func(t *testing.T, out []*vigie.Incident, _ map[string]string) {
				if !slices.Equal(articles(out[0]), []int64{1}) || !slices.Equal(articles(out[3]), []int64{2}) || out[3].Sources[0].Role != vigie.RoleFirstReport {
					t.Errorf("split: %v, %v", articles(out[0]), articles(out[3]))
				}
			}},
		{"unknown ids change nothing", []vigie.Correction{c(vigie.CorrectMerge, "x", "", "", 0, "a"), c(vigie.CorrectField, "x", "title", "T", 0, ""), c(vigie.CorrectSplit, "c", "", "", 4, "")},
			[]string{"a", "b", "c"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			in := incidents()
			out, merged := Apply(in, tc.cs)
			if got := ids(out); !slices.Equal(got, tc.want) {
				t.Fatalf("ids %v, want %v", got, tc.want)
			}
			if tc.check != nil {
				tc.check(t, out, merged)
			}
			again, _ := Apply(out, tc.cs)
			if !slices.Equal(ids(again), ids(out)) {
				t.Errorf("applying twice gives %v", ids(again))
			}
			if fresh := incidents(); in[0].Attack != fresh[0].Attack || len(in[0].Sources) != 2 || len(in) != 3 {
				t.Error("Apply changed its input")
			}
		})
	}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		c    vigie.Correction
		want string
	}{
		{vigie.Correction{Kind: vigie.CorrectField, Field: "attack", Value: "ddos"}, "needs who and why"},
		{vigie.Correction{Kind: vigie.CorrectField, Field: "colour", Who: "a", Why: "b"}, `field "colour" cannot be corrected`},
		{vigie.Correction{Kind: vigie.CorrectField, Field: "attack", Value: "worm", Who: "a", Why: "b"}, `attack "worm" is not one of`},
		{vigie.Correction{Kind: vigie.CorrectField, Field: "start", Value: "April", Who: "a", Why: "b"}, `start "April" is not`},
		{vigie.Correction{Kind: vigie.CorrectMerge, IncidentID: "a", Into: "a", Who: "a", Why: "b"}, "merge needs into"},
		{vigie.Correction{Kind: vigie.CorrectSplit, IncidentID: "a", Who: "a", Why: "b"}, "split needs article_id"},
		{vigie.Correction{Kind: "undo", Who: "a", Why: "b"}, `kind "undo"`},
	} {
		if err := Check(tc.c); vigie.ErrorCode(err) != vigie.EINVALID || !strings.Contains(vigie.ErrorMessage(err), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.c, err, tc.want)
		}
	}
	if err := Check(vigie.Correction{Kind: vigie.CorrectField, Field: "in_scope", Value: "false", Who: "a", Why: "b"}); err != nil {
		t.Error(err)
	}
}
