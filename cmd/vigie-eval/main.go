// Command vigie-eval measures Vigie on third-party material that is not
// part of the repository (see the README's evaluation section):
//
//	vigie-eval readability -dir ../shared/external/readability-test-pages
//	vigie-eval casie -dir DIR [-v] [-match ID]   DIR: the CASIE folder of shared/external; ID: print that article's reading
//	vigie-eval eurepoc -dir ../shared/external/eurepoc [-v]
//	vigie-eval explain -dir DATA [-match URL-PART]   what incident analysis reads in stored articles
//	vigie-eval explain -dir DATA -match URL-PART -and URL-PART   why two articles are one incident or two
//
// It prints how often Vigie's extraction agrees with the reference.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: vigie-eval readability|casie|eurepoc|explain -dir DIR [-v] [-match URL-PART [-and URL-PART]]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	dir := fs.String("dir", "", "folder of the material")
	verbose := fs.Bool("v", false, "print every disagreement")
	match := fs.String("match", "", "explain: articles whose URL contains this; casie: the article of this ID, read in full")
	and := fs.String("and", "", "explain: with -match, say why these articles are one incident or two")
	fs.Parse(os.Args[2:])
	var err error
	switch os.Args[1] {
	case "readability":
		err = readabilityPages(*dir, *verbose, os.Stdout)
	case "casie":
		err = casie(*dir, *verbose, *match, os.Stdout)
	case "eurepoc":
		err = eurepoc(*dir, *verbose, os.Stdout)
	case "explain":
		if *and != "" {
			err = why(*dir, *match, *and, os.Stdout)
			break
		}
		err = explain(*dir, *match, os.Stdout)
	default:
		err = fmt.Errorf("unknown evaluation %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vigie-eval:", err)
		os.Exit(1)
	}
}
