package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/vigie-news/vigie/config"
	"github.com/vigie-news/vigie/pipeline"
)

// runReprocess extracts every stored article again from its raw page,
// reads it again for incidents, and rebuilds the incidents, without
// crawling. Running it twice changes nothing the second time.
func runReprocess(ctx context.Context, args []string, e *env) error {
	var c common
	fs := e.flags("reprocess")
	c.register(fs, true, false)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := reprocessConfig(c.config)
	if err != nil {
		return err
	}
	a, err := pipeline.OpenWriterAt(ctx, c.where(), e.log)
	if err != nil {
		return err
	}
	defer a.Close()
	n, changed, err := a.Reprocess(ctx, pipeline.SourcesByName(cfg), e.progress())
	if err != nil {
		return err
	}
	incs, err := a.Recluster(ctx)
	if err != nil {
		return err
	}
	if _, _, err := a.Reconcile(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "reprocess: %d articles read again, %d changed; %d incidents\n", n, changed, len(incs))
	return nil
}

// reprocessConfig reads the sources' settings (time zone, language,
// region); without the file, articles are read with the defaults.
func reprocessConfig(path string) (*config.File, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return &config.File{Settings: config.DefaultSettings()}, nil
	}
	return config.Load(path)
}
