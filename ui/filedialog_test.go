package ui

import (
	"slices"
	"strings"
	"testing"
)

func TestFileDialogNamesPlacesInTheUILanguage(t *testing.T) {
	for _, c := range []struct {
		lang, want string
		not        []string
	}{
		{LangZh, "个人文件夹", []string{"Home", "Computer", "Documents", "好"}},
		{LangEn, "Home", []string{"个人文件夹"}},
	} {
		a := newTestApp(t, c.lang)
		a.openFile()
		shown := texts(overlay(a))
		if !slices.Contains(shown, c.want) {
			t.Errorf("%s: the file dialog shows %q, want %q among its places", c.lang, shown, c.want)
		}
		for _, no := range c.not {
			if slices.Contains(shown, no) {
				t.Errorf("%s: the file dialog shows %q", c.lang, no)
			}
		}
		if c.lang == LangZh && !strings.Contains(strings.Join(shown, " "), "取消") {
			t.Errorf("zh: the file dialog has no 取消: %q", shown)
		}
	}
}
