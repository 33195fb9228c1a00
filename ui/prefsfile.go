package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
)

// AppID is the app's unique id: it names its preferences folder.
const AppID = "cn.yuxi.huiqi"

// preferencesFile is where Fyne 2.7.1 keeps the preferences of app id on
// a desktop (its internal/app rootConfigDir, then the id).
func preferencesFile(id string) (string, error) {
	var root string
	switch runtime.GOOS {
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(home, "Library", "Preferences")
	default:
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		root = dir
	}
	return filepath.Join(root, "fyne", id, "preferences.json"), nil
}

// RepairPreferences sets aside a preferences file that Fyne cannot read
// (empty or cut short: Fyne writes it in place, so a crash or a power
// cut mid-write leaves it so), before the app is created. Fyne would
// otherwise print "Preferences load error: EOF" at every start and start
// from nothing anyway; this way it starts from nothing quietly, and the
// broken file stays beside it for anyone who wants to look. Main calls
// it before app.NewWithID.
func RepairPreferences(id string) {
	path, err := preferencesFile(id)
	if err != nil {
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return // none yet, or unreadable: Fyne says what it says
	}
	var v map[string]any
	if json.Unmarshal(data, &v) == nil {
		return
	}
	os.Rename(path, path+".broken")
}
