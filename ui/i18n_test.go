package ui

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"huiqi/assets"
)

// Every translation key the UI's code names is in both languages' files:
// lang.L falls back to showing the key itself, which a test must catch
// rather than a user.
func TestEveryKeyTranslated(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	call := regexp.MustCompile(`lang\.[LX]\("([a-z_.]+)"`)
	literal := regexp.MustCompile(`"((?:nav|col|filter|kind|field|section|status|menu|file)\.[a-z_.]*[a-z_])"`)
	keys := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, re := range []*regexp.Regexp{call, literal} {
			for _, m := range re.FindAllStringSubmatch(string(src), -1) {
				if !strings.HasSuffix(m[1], ".") { // a prefix the code completes
					keys[m[1]] = true
				}
			}
		}
	}
	for _, s := range []string{"eligible", "may_apply", "missing_data", "ineligible"} {
		keys["status."+s] = true // built from the engine's statuses
	}
	if len(keys) < 150 {
		t.Fatalf("found only %d keys: the scan is broken", len(keys))
	}
	for _, name := range []string{"i18n/zh-Hans.json", "i18n/en.json"} {
		data, err := fs.ReadFile(assets.Translations(), name)
		if err != nil {
			t.Fatal(err)
		}
		var table map[string]string
		if err := json.Unmarshal(data, &table); err != nil {
			t.Fatal(err)
		}
		for k := range keys {
			if strings.TrimSpace(table[k]) == "" {
				t.Errorf("%s has no %q", name, k)
			}
		}
	}
}
