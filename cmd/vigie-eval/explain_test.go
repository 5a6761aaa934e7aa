package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainNeedsAStore: a folder without a store is an error, and no
// store is created in it.
func TestExplainNeedsAStore(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	for name, err := range map[string]error{"explain": explain(dir, "x", &out), "why": why(dir, "x", "y", &out)} {
		if err == nil || !strings.Contains(err.Error(), "no store") {
			t.Errorf("%s: error %v, want no store", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "vigie.db")); err == nil {
		t.Error("a store was created in the folder")
	}
}
