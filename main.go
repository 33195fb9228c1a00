// Command huiqi is 惠企申报助手: with no arguments (or --db DB) it opens the
// desktop app; with a subcommand it is the command line of scenario.md.
// main only wires: the logic lives in cli, ui and model.
package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2/app"

	"huiqi/cli"
	_ "huiqi/internal/quietlocale" // before Fyne reads the locale: see its package comment
	"huiqi/ui"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		env := &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}
		if cli.StdinIsTerminal() {
			env.AskPassword = cli.TerminalPassword(os.Stderr) // an office database's, when nothing else gives it
		}
		os.Exit(cli.Run(env, args))
	}
	path, err := cli.AppArgs(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "huiqi:", err)
		os.Exit(cli.ExitBadInput)
	}
	ui.RepairPreferences(ui.AppID)
	if err := ui.Run(app.NewWithID(ui.AppID), path); err != nil {
		fmt.Fprintln(os.Stderr, "huiqi:", err)
		os.Exit(cli.ExitFailure)
	}
}
