package ui

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// documentsDir is the user's Documents folder, where an owner looks for
// what an app wrote: ~/Documents on Windows and macOS (Explorer and Finder
// show it translated), the XDG documents folder on Linux (often ~/文档
// on a Chinese desktop). It falls back to the home folder, and to "" when
// even that is unknown.
func documentsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if d := xdgDocuments(home); d != "" && isDir(d) {
		return d
	}
	if d := filepath.Join(home, "Documents"); isDir(d) {
		return d
	}
	return home
}

// xdgDocuments reads XDG_DOCUMENTS_DIR from user-dirs.dirs, the file
// xdg-user-dirs keeps, without running a program.
func xdgDocuments(home string) string {
	if d := os.Getenv("XDG_DOCUMENTS_DIR"); d != "" {
		return d
	}
	cfg := os.Getenv("XDG_CONFIG_HOME")
	if cfg == "" {
		cfg = filepath.Join(home, ".config")
	}
	f, err := os.Open(filepath.Join(cfg, "user-dirs.dirs"))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		v, ok := strings.CutPrefix(line, "XDG_DOCUMENTS_DIR=")
		if !ok {
			continue
		}
		v = strings.Trim(v, `"`)
		v = strings.Replace(v, "$HOME", home, 1)
		if filepath.IsAbs(v) {
			return v
		}
	}
	return ""
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
