package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"huiqi/assets"
)

// cjkTheme is Fyne's default theme with its text font replaced by the
// embedded WenQuanYi Micro Hei, which has both Chinese and Latin glyphs, so
// the app looks the same on a Windows machine without Chinese fonts as on a
// Chinese Mac. Icons and monospace keep Fyne's own fonts.
type cjkTheme struct {
	fyne.Theme
	font fyne.Resource
}

func newTheme() fyne.Theme {
	return &cjkTheme{
		Theme: theme.DefaultTheme(),
		font:  fyne.NewStaticResource(assets.FontName+".ttf", assets.FontTTF()),
	}
}

func (t *cjkTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	return t.font
}

// Icon is the app icon as a Fyne resource.
func Icon() fyne.Resource { return fyne.NewStaticResource("icon.png", assets.IconPNG()) }
