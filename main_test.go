package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The test binary doubles as huiqi: with HUIQI_AS_MAIN set it runs main,
// so the commands below run with Fyne linked in and initialised exactly as
// in the shipped program.
func TestMain(m *testing.M) {
	if os.Getenv("HUIQI_AS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// Issue 10: the command line prints nothing on stderr in any locale — no
// Fyne messages about the locale, no translation noise.
func TestCommandsAreQuiet(t *testing.T) {
	dir := t.TempDir()
	example := filepath.Join("testdata", "examples", "tech-startup-2021.json")
	commands := [][]string{
		{"eval", example},
		{"eval", "--lang", "en", "--as-of", "2026-12-01", example},
		{"packet", example, "--generated", "2026-12-01", "-o", filepath.Join(dir, "p.pdf")},
		{"params", "--as-of", "2026-12-01"},
		{"demo", "--db", filepath.Join(dir, "demo.db")},
		{"export", "--db", filepath.Join(dir, "demo.db"), "-o", filepath.Join(dir, "x.json")},
	}
	for _, locale := range []string{"C", "C.UTF-8", "", "POSIX", "zh_CN.UTF-8", "unset"} {
		for _, args := range commands {
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = []string{"HUIQI_AS_MAIN=1", "PATH=" + os.Getenv("PATH"), "HOME=" + dir}
			if locale != "unset" {
				cmd.Env = append(cmd.Env, "LANG="+locale)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Errorf("LANG=%q huiqi %v: %v\n%s", locale, args, err, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("LANG=%q huiqi %v printed on stderr:\n%s", locale, args, stderr.String())
			}
		}
		os.Remove(filepath.Join(dir, "demo.db"))
	}
}
