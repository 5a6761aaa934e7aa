package main

import (
	"os"
	"time"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/place"
	"github.com/vigie-news/vigie/web"
)

// newPages returns the researchers' pages over a's record.
func newPages(a *pipeline.App, cfg *config.File, e *env) (*web.Pages, error) {
	loc := cfg.Settings.TimeZone
	if loc == nil {
		loc, _ = time.LoadLocation("Europe/Paris")
	}
	p := &web.Pages{
		Incidents: a, Articles: a, States: a, Sources: cfg.Sources, ArticleCounts: a.DB.ArticleCounts,
		Geocode: geocode, History: a.History,
		TileURL: os.Getenv("VIGIE_TILE_URL"),
		Logger:  e.log, TimeZone: loc,
	}
	return p, p.Init()
}

// geocode finds the most populous commune named name, for near= on the
// pages.
func geocode(name string) (vigie.Point, bool) {
	cs := place.Default().Communes(name)
	if len(cs) == 0 {
		return vigie.Point{}, false
	}
	return vigie.Point{Lat: cs[0].Lat, Lon: cs[0].Lon}, true
}
