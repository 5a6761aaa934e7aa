// Command vigie watches the news for cyber attacks on local authorities.
//
//	vigie crawl   [-config feeds.yaml] [-data ./data] [-refresh]   one crawl cycle
//	vigie crawl   -worker -data postgres://…                       one of many crawl workers, until interrupted
//	vigie serve   [-config feeds.yaml] [-data ./data] [-addr 127.0.0.1:8080] [-interval 30m] [-no-crawl] [-follow 2s]
//	vigie export  [-data ./data] -what articles|incidents -format jsonl|csv|geojson [-o FILE]
//	vigie reindex [-data ./data]                                    rebuild the search index
//	vigie check   [-data ./data]                                    compare store and indexes
//	vigie reprocess [-config feeds.yaml] [-data ./data]             extract and analyse stored pages again
//	vigie demo    [-corpus testdata/corpus] [-addr 127.0.0.1:8080]   offline demo
//	vigie digest  [-config feeds.yaml] [-data ./data] [-week 2026-W49] [-dry-run -o DIR]
//	vigie feeds import [-config feeds.yaml] FILE.opml                add an OPML file's feeds
//	vigie version
//
// -data is a folder (SQLite store and search indexes) or a PostgreSQL URL
// (postgres://…, the store shared by workers and replicas; the indexes are
// then in the -index folder). -config, -data, -index and -addr fall back to
// VIGIE_CONFIG, VIGIE_DATA, VIGIE_INDEX and VIGIE_ADDR. Before the command,
// -log-format text|json (or VIGIE_LOG_FORMAT) chooses how logs are written.
//
// Exit status: 0; 1 on failure; 2 on a usage error or an invalid
// configuration; 3 when every source of a crawl failed.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/vigie-news/vigie"
	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/pipeline"
	"github.com/vigie-news/vigie/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand of vigie.
type command struct {
	name, usage string
	run         func(ctx context.Context, args []string, env *env) error
}

var commands = []command{
	{"crawl", "one crawl cycle over every enabled source", runCrawl},
	{"serve", "serve the API and crawl every -interval", runServe},
	{"export", "write the articles or incidents as JSON Lines or CSV", runExport},
	{"reindex", "rebuild the search index from the store", runReindex},
	{"copy", "copy a SQLite data folder's store into a new PostgreSQL store (-from DIR -data postgres://…)", runCopy},
	{"check", "compare the store with the search indexes (read-only)", runCheck},
	{"reprocess", "extract and analyse the stored pages again, rebuild the incidents", runReprocess},
	{"demo", "crawl the bundled offline corpus and serve the API", runDemo},
	{"digest", "send the weekly digest email, or write it as .eml files (-dry-run)", runDigest},
	{"feeds", "feeds import FILE.opml: add an OPML file's feeds to feeds.yaml", runFeeds},
	{"version", "print the version", func(_ context.Context, _ []string, e *env) error {
		fmt.Fprintln(e.stdout, "vigie", config.Version)
		return nil
	}},
}

// env is what a command may use of the process.
type env struct {
	stdout, stderr io.Writer
	log            *slog.Logger
}

// run executes the command line and returns the exit status: 0, 1 on
// failure (and when check finds the store and indexes disagree), 2 on a
// usage error or an invalid configuration, 3 when a crawl's every source
// failed.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	format, args, err := splitLogFormat(args)
	if err != nil {
		fmt.Fprintf(stderr, "vigie: %s\n", vigie.ErrorMessage(err))
		return 2
	}
	e := &env{stdout: stdout, stderr: stderr, log: newLogger(stderr, format)}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		return 2
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], e)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 2
		case errors.Is(err, errAllSourcesFailed):
			fmt.Fprintf(stderr, "vigie %s: %v\n", c.name, err)
			return 3
		case errors.Is(err, errDisagree):
			return 1 // check printed why
		case vigie.ErrorCode(err) == vigie.EINVALID:
			fmt.Fprintf(stderr, "vigie %s: %s\n", c.name, vigie.ErrorMessage(err))
			return 2
		}
		fmt.Fprintf(stderr, "vigie %s: %v\n", c.name, err)
		return 1
	}
	fmt.Fprintf(stderr, "vigie: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: vigie <command> [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w, "\nrun 'vigie <command> -h' for its flags")
}

// flags returns a flag set for a command; its errors go to e.stderr.
func (e *env) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("vigie "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// common holds the flags most commands share.
type common struct {
	config, data, addr string
	index              string // the indexes' folder when data is a PostgreSQL URL
	allowPrivate       string // CIDR prefixes, comma-separated
}

func (c *common) register(fs *flag.FlagSet, withConfig, withAddr bool) {
	if withConfig {
		fs.StringVar(&c.config, "config", envOr("VIGIE_CONFIG", "feeds.yaml"), "sources file (env VIGIE_CONFIG)")
		fs.StringVar(&c.allowPrivate, "allow-private", envOr("VIGIE_ALLOW_PRIVATE", ""),
			"non-public addresses the crawler may fetch, as CIDR prefixes: 10.0.0.0/8,192.168.1.5 (added to feeds.yaml's allow_private; env VIGIE_ALLOW_PRIVATE)")
	}
	fs.StringVar(&c.data, "data", envOr("VIGIE_DATA", "data"), "data folder: SQLite store and search index; or a PostgreSQL store, postgres://… (env VIGIE_DATA)")
	fs.StringVar(&c.index, "index", envOr("VIGIE_INDEX", "data"), "with a PostgreSQL -data: this process's folder of search indexes (env VIGIE_INDEX)")
	if withAddr {
		fs.StringVar(&c.addr, "addr", envOr("VIGIE_ADDR", "127.0.0.1:8080"), "address the API listens on (env VIGIE_ADDR)")
	}
}

// where is the data the flags name: a folder, or a PostgreSQL store and
// the folder of this process's indexes.
func (c *common) where() pipeline.Data {
	if store.IsPostgres(c.data) {
		return pipeline.Data{Dir: c.index, Store: c.data}
	}
	return pipeline.At(c.data)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// parse parses args, refusing stray arguments.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return vigie.Errorf(vigie.EINVALID, "%v", err)
	}
	if fs.NArg() > 0 {
		return vigie.Errorf(vigie.EINVALID, "unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// applyAllowPrivate adds the -allow-private prefixes to the settings.
func (c *common) applyAllowPrivate(cfg *config.File) error {
	ps, err := config.ParsePrefixes(c.allowPrivate)
	if err != nil {
		return vigie.Errorf(vigie.EINVALID, "-allow-private: %v", err)
	}
	cfg.Settings.AllowPrivate = append(cfg.Settings.AllowPrivate, ps...)
	return nil
}
