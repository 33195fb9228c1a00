package ui

import (
	"encoding/json"
	"fmt"
	"io/fs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"huiqi/assets"
)

// Languages the app speaks, by setting value; Chinese is the default.
const (
	LangZh = "zh"
	LangEn = "en"
)

// fyneTags are the locales Fyne 2.7.1 ships translations for, plus ours.
// Fyne picks the localizer from the system locale among these, and offers
// no call to choose one; so SetLanguage registers the chosen language's
// strings under every tag, and whichever Fyne picks speaks it. (Setting
// LC_ALL would work on Linux only: Windows and macOS read the OS setting.)
var fyneTags = [...]fyne.Locale{
	"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans",
}

// SetLanguage makes every lang lookup answer in code (LangZh or LangEn),
// Fyne's own dialog buttons included.
func SetLanguage(code string) error {
	file := "en.json"
	if code != LangEn {
		file = "zh-Hans.json"
	}
	strs := map[string]json.RawMessage{} // Fyne's files hold plural objects too
	for _, path := range []string{"i18n/fyne/" + file, "i18n/" + file} {
		data, err := fs.ReadFile(assets.Translations(), path)
		if err != nil {
			return fmt.Errorf("ui: read %s: %w", path, err)
		}
		if err := json.Unmarshal(data, &strs); err != nil {
			return fmt.Errorf("ui: parse %s: %w", path, err)
		}
	}
	merged, err := json.Marshal(strs)
	if err != nil {
		return fmt.Errorf("ui: translations: %w", err)
	}
	for _, tag := range fyneTags {
		if err := lang.AddTranslationsForLocale(merged, tag); err != nil {
			return fmt.Errorf("ui: add translations for %s: %w", tag, err)
		}
	}
	return nil
}
