package web

import (
	"context"
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"

	"github.com/vigie-news/vigie"
)

// maxChartIncidents bounds the incidents a chart or map reads.
const maxChartIncidents = 20000

// allIncidents returns every incident matching f, page after page.
func allIncidents(ctx context.Context, s vigie.IncidentService, f vigie.IncidentFilter) ([]*vigie.Incident, error) {
	f.Size, f.Page, f.NoFacets = 100, 1, true // a chart counts by itself
	var out []*vigie.Incident
	for len(out) < maxChartIncidents {
		list, err := s.FindIncidents(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, list.Incidents...)
		if len(list.Incidents) == 0 || len(out) >= list.Total {
			break
		}
		f.Page++
	}
	return out, nil
}

// chartColors are the attack types' colours, distinguishable by most
// colour-blind readers (Okabe–Ito).
var chartColors = map[vigie.AttackType]string{
	vigie.AttackRansomware: "#D55E00", vigie.AttackDDoS: "#0072B2", vigie.AttackDataBreach: "#CC79A7",
	vigie.AttackDefacement: "#E69F00", vigie.AttackPhishing: "#009E73", vigie.AttackIntrusion: "#56B4E9", vigie.AttackUnknown: "#7f7f7f",
}

var chartAttacks = []vigie.AttackType{vigie.AttackRansomware, vigie.AttackDDoS, vigie.AttackDataBreach,
	vigie.AttackDefacement, vigie.AttackPhishing, vigie.AttackIntrusion, vigie.AttackUnknown}

// monthChart draws incidents per month of their start, stacked by attack
// type, as an SVG image with a title and a legend. Undated incidents are
// left out.
func monthChart(incs []*vigie.Incident, lang string) template.HTML {
	counts := map[string]map[vigie.AttackType]int{}
	for _, in := range incs {
		if in.Start.IsZero() {
			continue
		}
		m := in.Start.Time.Format("2006-01")
		if counts[m] == nil {
			counts[m] = map[vigie.AttackType]int{}
		}
		a := in.Attack
		if chartColors[a] == "" {
			a = vigie.AttackUnknown
		}
		counts[m][a]++
	}
	months := monthsBetween(counts)
	if len(months) == 0 {
		return ""
	}
	peak := 1
	for _, m := range months {
		n := 0
		for _, c := range counts[m] {
			n += c
		}
		peak = max(peak, n)
	}
	const h, top, bottom, left = 160.0, 10.0, 40.0, 30.0
	bw := max(4.0, min(24.0, 640.0/float64(len(months))))
	width := left + bw*float64(len(months)) + 10
	var b strings.Builder
	title := html.EscapeString(translate(lang, "chart.title"))
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" class="chart">`, width, h+top+bottom, width, h+top+bottom)
	fmt.Fprintf(&b, `<title id="chart-title">%s</title>`, title)
	fmt.Fprintf(&b, `<text x="0" y="%.0f" font-size="10">%d</text><text x="0" y="%.0f" font-size="10">0</text>`, top+8, peak, top+h)
	for i, m := range months {
		x, y := left+bw*float64(i), top+h
		for _, a := range chartAttacks {
			n := counts[m][a]
			if n == 0 {
				continue
			}
			bh := h * float64(n) / float64(peak)
			y -= bh
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %d</title></rect>`,
				x+1, y, bw-2, bh, chartColors[a], m, html.EscapeString(valueLabel(lang, "attack", string(a))), n)
		}
		if i == 0 || i == len(months)-1 || strings.HasSuffix(m, "-01") {
			fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" font-size="10">%s</text>`, x, top+h+14, m)
		}
	}
	legendX := left
	for _, a := range chartAttacks {
		label := html.EscapeString(valueLabel(lang, "attack", string(a)))
		fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="10" height="10" fill="%s"/><text x="%.0f" y="%.0f" font-size="10">%s</text>`,
			legendX, top+h+22, chartColors[a], legendX+13, top+h+31, label)
		legendX += 13 + 6*float64(len([]rune(label))) + 10
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// monthsBetween returns every month from the first to the last of counts.
func monthsBetween(counts map[string]map[vigie.AttackType]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil
	}
	slices.Sort(keys)
	var y, m int
	fmt.Sscanf(keys[0], "%d-%d", &y, &m)
	var out []string
	for {
		k := fmt.Sprintf("%04d-%02d", y, m)
		out = append(out, k)
		if k >= keys[len(keys)-1] || len(out) > 1200 {
			return out
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
}
