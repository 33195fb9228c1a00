// Command huiqi is 惠企申报助手: with no arguments (or --db FILE) it opens the
// desktop app; with a subcommand it is the command line of scenario.md.
// main only wires: the logic lives in cli, ui and model.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2/app"

	"huiqi/cli"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/store"
	"huiqi/ui"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(&cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}, args))
	}
	os.Exit(runApp(args))
}

func runApp(args []string) int {
	path, err := cli.AppArgs(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "huiqi:", err)
		return cli.ExitBadInput
	}
	ctx := context.Background()
	if path == "" {
		if path, err = store.DefaultPath(); err != nil {
			fmt.Fprintln(os.Stderr, "huiqi:", err)
			return cli.ExitFailure
		}
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "huiqi:", err)
		return cli.ExitBadInput
	}
	defer s.Close()
	// A first start has an empty database: show the demo firm, as the
	// README promises.
	if err := s.Import(ctx, demo.Scenario(civil.Today()), false); err != nil && !errors.Is(err, store.ErrFirmExists) {
		fmt.Fprintln(os.Stderr, "huiqi:", err)
		return cli.ExitFailure
	}
	a := app.NewWithID("cn.yuxi.huiqi")
	if err := ui.Setup(a); err != nil {
		fmt.Fprintln(os.Stderr, "huiqi:", err)
		return cli.ExitFailure
	}
	w, err := ui.NewMainWindow(a, s)
	if err != nil {
		fmt.Fprintln(os.Stderr, "huiqi:", err)
		return cli.ExitFailure
	}
	w.ShowAndRun()
	return cli.ExitOK
}
