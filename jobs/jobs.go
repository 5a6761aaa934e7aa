// Package jobs shares the crawl between processes on many machines: each
// source due is one job in PostgreSQL, queued and handed out by River
// (riverqueue/river), and each host is leased to one worker at a time
// (Leases), so that the sites Vigie reads see one polite crawler however
// many run. It needs a PostgreSQL store (store.Open of a postgres:// URL).
//
// Every worker runs the same River client: one of them, River's leader,
// queues the due sources every Schedule (a periodic job); any worker with
// a free slot takes the next source and crawls it as a one-source
// pipeline.Cycle, which stores the articles (unique by URL in the store)
// and updates the incidents (one process at a time, store.DB.Exclusive).
package jobs

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/pipeline"
)

// CrawlArgs is the job of crawling one source.
type CrawlArgs struct {
	Source string `json:"source"` // vigie.Source.Name
}

// Kind implements river.JobArgs.
func (CrawlArgs) Kind() string { return "vigie_crawl_source" }

// InsertOpts makes a source queued once at a time: a source already
// waiting or being crawled is not queued again.
func (CrawlArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 3, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateScheduled,
	}}}
}

// ScheduleArgs is the periodic job that queues the due sources.
type ScheduleArgs struct{}

// Kind implements river.JobArgs.
func (ScheduleArgs) Kind() string { return "vigie_schedule_crawl" }

// Worker is one crawl worker process.
type Worker struct {
	App    *pipeline.App // a PostgreSQL store alone (pipeline.OpenStoreAt): the replicas index
	Config *config.File
	Proxy  func(*http.Request) (*url.URL, error) // nil: from the environment
	Out    io.Writer                             // a line per source crawled
	Log    *slog.Logger
	// Due says whether a source is due; nil: its interval has passed.
	Due func(vigie.Source, vigie.SourceState) bool
	// Concurrency is how many sources this process crawls at once
	// (default: the configuration's workers).
	Concurrency int
	// Schedule is how often the leader queues the due sources (default
	// a minute).
	Schedule time.Duration
	// ID names the worker in the host leases (default host name and pid).
	ID string

	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx]
}

// leases are the host leases of one job: each job holds its own, so that
// two sources crawled at once by one process do not share a host either.
func (w *Worker) leases(jobID int64) *Leases {
	s := w.Config.Settings
	return &Leases{pool: w.pool, worker: w.ID + "/" + strconv.FormatInt(jobID, 10), hold: s.Timeout + s.Delay, gap: s.Delay}
}

// Run runs the worker until ctx is done, then lets the sources being
// crawled finish (up to a minute) and returns.
func (w *Worker) Run(ctx context.Context) error {
	if err := w.Start(ctx); err != nil {
		return err
	}
	<-ctx.Done()
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	return w.Stop(stop)
}

// Start connects to the store's database, migrates River's tables and
// the leases', and starts working until Stop.
func (w *Worker) Start(ctx context.Context) error {
	if !w.App.DB.Postgres() {
		return vigie.Errorf(vigie.EINVALID, "crawl workers share a PostgreSQL store: give -data postgres://…")
	}
	w.setDefaults()
	var err error
	if w.pool, err = pgxpool.New(ctx, w.App.Store); err != nil {
		return fmt.Errorf("jobs: connect: %w", err)
	}
	if err := Migrate(ctx, w.pool); err != nil {
		w.pool.Close()
		return err
	}
	if w.client, err = w.newClient(); err != nil {
		w.pool.Close()
		return err
	}
	// River stops at once, cancelling the crawls, when its context ends:
	// Stop lets them finish first
	if err := w.client.Start(context.WithoutCancel(ctx)); err != nil {
		w.pool.Close()
		return fmt.Errorf("jobs: start: %w", err)
	}
	return nil
}

// Stop stops taking jobs, waits for those running until ctx is done, then
// cancels those left (River retries them), and disconnects.
func (w *Worker) Stop(ctx context.Context) error {
	err := w.client.Stop(ctx)
	if err != nil {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		err = w.client.StopAndCancel(cctx)
	}
	w.pool.Close()
	return err
}

func (w *Worker) setDefaults() {
	if w.Concurrency <= 0 {
		w.Concurrency = max(w.Config.Settings.Workers, 1)
	}
	if w.Schedule <= 0 {
		w.Schedule = time.Minute
	}
	if w.Due == nil {
		w.Due = pipeline.DueEvery(0)
	}
	if w.ID == "" {
		host, _ := os.Hostname()
		w.ID = host + "-" + strconv.Itoa(os.Getpid())
	}
	if w.Out == nil {
		w.Out = io.Discard
	}
}

// newClient makes the River client: the crawl and schedule workers, and
// the periodic schedule, run at start.
func (w *Worker) newClient() (*river.Client[pgx.Tx], error) {
	workers := river.NewWorkers()
	river.AddWorker(workers, &crawlWorker{w: w})
	river.AddWorker(workers, &scheduleWorker{w: w})
	budget := w.Config.Settings.SourceBudget
	c, err := river.NewClient(riverpgxv5.New(w.pool), &river.Config{
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: w.Concurrency}},
		Workers:           workers,
		Logger:            w.Log,
		JobTimeout:        max(2*budget, 30*time.Minute),
		FetchPollInterval: 200 * time.Millisecond,
		PeriodicJobs: []*river.PeriodicJob{river.NewPeriodicJob(river.PeriodicInterval(w.Schedule),
			func() (river.JobArgs, *river.InsertOpts) { return ScheduleArgs{}, nil },
			&river.PeriodicJobOpts{RunOnStart: true})},
	})
	if err != nil {
		return nil, fmt.Errorf("jobs: river client: %w", err)
	}
	return c, nil
}

// Migrate brings River's tables and the host leases' to this version, one
// process at a time.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("jobs: migrate: %w", err)
	}
	defer conn.Release()
	const key = 0x76696768 // "vigh"
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		return fmt.Errorf("jobs: migrate: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, key)
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("jobs: migrate: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("jobs: migrate river: %w", err)
	}
	if _, err := conn.Exec(ctx, leasesTable); err != nil {
		return fmt.Errorf("jobs: migrate leases: %w", err)
	}
	return nil
}

// Unfinished counts the crawl jobs queued or running: 0 once every source
// queued has been crawled.
func (w *Worker) Unfinished(ctx context.Context) (int, error) {
	var n int
	err := w.pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE kind = $1
		AND state NOT IN ('completed', 'discarded', 'cancelled')`, CrawlArgs{}.Kind()).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("jobs: unfinished: %w", err)
	}
	return n, nil
}

// crawlWorker crawls the source of a job.
type crawlWorker struct {
	river.WorkerDefaults[CrawlArgs]
	w *Worker
}

// Work crawls one source as a cycle of its own, through the host leases,
// and releases them after. A source no longer configured is cancelled.
func (cw *crawlWorker) Work(ctx context.Context, job *river.Job[CrawlArgs]) error {
	w := cw.w
	src, ok := sourceNamed(w.Config, job.Args.Source)
	if !ok {
		return river.JobCancel(fmt.Errorf("no source %q in the configuration", job.Args.Source))
	}
	one := *w.Config
	one.Sources = []vigie.Source{src}
	proxy := w.Proxy
	if proxy == nil {
		proxy = http.ProxyFromEnvironment
	}
	leases := w.leases(job.ID)
	defer leases.ReleaseAll(context.WithoutCancel(ctx))
	(&pipeline.Cycle{App: w.App, Config: &one, Proxy: leases.Proxy(proxy), Out: w.Out, Log: w.Log}).Run(ctx)
	return ctx.Err()
}

func sourceNamed(cfg *config.File, name string) (vigie.Source, bool) {
	for _, s := range cfg.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return vigie.Source{}, false
}

// scheduleWorker queues the due sources, on the leader.
type scheduleWorker struct {
	river.WorkerDefaults[ScheduleArgs]
	w *Worker
}

// Work queues a crawl job for each due source not queued already.
func (sw *scheduleWorker) Work(ctx context.Context, job *river.Job[ScheduleArgs]) error {
	w := sw.w
	due := (&pipeline.Cycle{App: w.App, Config: w.Config, Due: w.Due}).DueSources(ctx)
	params := make([]river.InsertManyParams, len(due))
	for i, src := range due {
		params[i] = river.InsertManyParams{Args: CrawlArgs{Source: src.Name}}
	}
	if len(params) == 0 {
		return nil
	}
	if _, err := river.ClientFromContext[pgx.Tx](ctx).InsertMany(ctx, params); err != nil {
		return fmt.Errorf("jobs: queue %d sources: %w", len(params), err)
	}
	return nil
}
