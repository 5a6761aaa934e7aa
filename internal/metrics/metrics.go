// Package metrics holds Vigie's Prometheus metrics, served at /metrics:
// what the crawler fetched, what the store gained, how far the index lags,
// and how long the API takes to answer. It uses prometheus/client_golang,
// the reference client, with a registry of its own so that tests and
// several servers in one process do not collide on the global one.
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Registry holds every Vigie metric, and the Go runtime's.
var Registry = prometheus.NewRegistry()

var (
	fetches = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vigie_fetches_total",
		Help: "HTTP requests of the crawler, by status code (\"error\" when none came back, \"refused\" when the address guard refused it).",
	}, []string{"status"})
	fetchBytes = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "vigie_fetch_bytes_total",
		Help: "Body bytes the crawler received, after decompression.",
	})
	articles = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vigie_articles_total",
		Help: "Links the crawler handled, by outcome (new, updated, unchanged, known, not_article, failed).",
	}, []string{"outcome"})
	incidents = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "vigie_incidents",
		Help: "Incidents in the store after the last clustering.",
	})
	indexLag = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "vigie_index_lag_articles",
		Help: "Articles stored but not yet indexed (the index outbox).",
	})
	sources = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vigie_last_cycle_sources",
		Help: "Sources crawled by the last cycle that crawled any, by result (ok, failed).",
	}, []string{"result"})
	requests = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "vigie_http_request_duration_seconds",
		Help:    "Time the API took to answer, by route pattern and status code.",
		Buckets: prometheus.DefBuckets,
	}, []string{"route", "code"})
)

func init() {
	Registry.MustRegister(fetches, fetchBytes, articles, incidents, indexLag, sources, requests,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
}

// Handler serves the metrics in Prometheus's text format.
func Handler() http.Handler {
	return promhttp.HandlerFor(Registry, promhttp.HandlerOpts{})
}

// Fetch counts one crawler request: status is the HTTP status, 0 when none
// came back; refused when the address guard stopped it.
func Fetch(status, bytes int, refused bool) {
	label := strconv.Itoa(status)
	switch {
	case refused:
		label = "refused"
	case status == 0:
		label = "error"
	}
	fetches.WithLabelValues(label).Inc()
	fetchBytes.Add(float64(bytes))
}

// Articles counts n links of one outcome.
func Articles(outcome string, n int) {
	if n > 0 {
		articles.WithLabelValues(outcome).Add(float64(n))
	}
}

// Incidents sets the number of incidents.
func Incidents(n int) { incidents.Set(float64(n)) }

// IndexLag sets the number of articles waiting to be indexed.
func IndexLag(n int) { indexLag.Set(float64(n)) }

// Cycle records the sources of the last cycle.
func Cycle(ok, failed int) {
	sources.WithLabelValues("ok").Set(float64(ok))
	sources.WithLabelValues("failed").Set(float64(failed))
}

// Request records one API answer.
func Request(route string, code int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	requests.WithLabelValues(route, strconv.Itoa(code)).Observe(d.Seconds())
}
