package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRepairPreferencesSetsAsideAnUnreadableFile(t *testing.T) {
	// Every system's config folder points into a temporary one.
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	t.Setenv("AppData", cfg)
	path, err := preferencesFile(AppID)
	if err != nil || !strings.HasPrefix(path, cfg) || !strings.HasSuffix(path, filepath.Join("fyne", AppID, "preferences.json")) {
		t.Fatalf("preferences at %s (%v), want fyne/%s/preferences.json under %s", path, err, AppID, cfg)
	}
	os.MkdirAll(filepath.Dir(path), 0o700)
	for _, c := range []struct {
		content string
		kept    bool
	}{
		{"", false},
		{`{"language":"z`, false},
		{`{"language":"zh"}` + "\n", true},
	} {
		os.Remove(path + ".broken")
		os.WriteFile(path, []byte(c.content), 0o600)
		RepairPreferences(AppID)
		_, err := os.Stat(path)
		if kept := err == nil; kept != c.kept {
			t.Errorf("preferences %q: kept %v, want %v", c.content, kept, c.kept)
		}
		if !c.kept {
			if data, err := os.ReadFile(path + ".broken"); err != nil || string(data) != c.content {
				t.Errorf("preferences %q were not set aside: %v", c.content, err)
			}
		}
	}
}

func TestAppIDIsTheOneFyneAppTomlDeclares(t *testing.T) {
	data, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `ID = "`+AppID+`"`) {
		t.Errorf("FyneApp.toml does not declare ID %q", AppID)
	}
}
