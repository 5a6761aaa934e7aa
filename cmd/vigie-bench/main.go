// Command vigie-bench generates a synthetic store of articles and measures
// Vigie's search on it, next to SQLite FTS5 on the same documents (see the
// README's "Scaling" section and BENCH.md):
//
//	vigie-bench gen -n 100000 -data DIR   articles in five languages, into DIR/vigie.db
//	vigie-bench index -data DIR            the article index DIR/index.bleve, from the store
//	vigie-bench fts -data DIR              the FTS5 peer DIR/fts5.db, from the store
//	vigie-bench run -data DIR [-iter 50] [-md]   latency of each search, p50 and p99
//
// Articles are recombined from paragraphs written for the purpose, the same
// for the same -seed.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/vigie-news/vigie/index"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: vigie-bench gen|index|fts|run -data DIR [-n N] [-seed S] [-iter N]")
		os.Exit(2)
	}
	fl := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	dir := fl.String("data", "bench-data", "folder of the synthetic store and indexes")
	n := fl.Int("n", 10000, "gen: number of articles")
	seed := fl.Uint64("seed", 1, "gen: seed of the generator")
	iter := fl.Int("iter", 50, "run: searches per case, after 5 to warm up")
	md := fl.Bool("md", false, "run: print a Markdown table (BENCH.md)")
	batch := fl.Int("batch", index.BuildBatch, "index: articles per batch")
	only := fl.String("cases", "", "run: only the searches whose name contains this")
	cpuprofile := fl.String("cpuprofile", "", "write a CPU profile of the command to this file")
	fl.Parse(os.Args[2:])
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "vigie-bench:", err)
			os.Exit(1)
		}
		defer stop()
	}
	ctx := context.Background()
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(ctx, *dir, *n, *seed, os.Stdout)
	case "index":
		err = buildIndex(ctx, *dir, max(*batch, 1), os.Stdout)
	case "fts":
		err = buildFTS(ctx, *dir, os.Stdout)
	case "run":
		err = run(ctx, *dir, *iter, *md, *only, os.Stdout)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vigie-bench:", err)
		os.Exit(1) //nolint:gocritic // the profile of a failed command is not needed
	}
}

// startCPUProfile profiles the CPU into the file at path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// diskBytes returns the bytes of the files at path, a file or a folder.
func diskBytes(path string) int64 {
	var n int64
	filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// rate returns n per second of d.
func rate(n int, d time.Duration) float64 { return float64(n) / d.Seconds() }
