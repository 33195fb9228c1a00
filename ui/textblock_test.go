package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestTextBlockBreaksAsChineseIsTypeset(t *testing.T) {
	test.NewTempApp(t)
	b := wrapped("计入的收费发生在创办之日起 2 年内；每笔按核定标准的 50% 封顶，超收部分为可申请退还的金额。")
	for _, w := range []float32{120, 160, 200, 260, 330} {
		b.Resize(fyne.NewSize(w, 400))
		lines := strings.Split(b.shown.Text, "\n")
		if len(lines) < 2 {
			t.Errorf("width %v: one line %q", w, lines)
		}
		for i, l := range lines {
			if strings.HasPrefix(l, "，") || strings.HasPrefix(l, "。") || strings.HasPrefix(l, "；") || strings.HasPrefix(l, "年") || strings.HasPrefix(l, "封顶") {
				t.Errorf("width %v: line %d starts %q: %q", w, i, l, lines)
			}
			if m := fyne.MeasureText(l, b.textSize(), b.TextStyle).Width; m > w {
				t.Errorf("width %v: line %q is %v wide", w, l, m)
			}
		}
		if got := strings.ReplaceAll(strings.ReplaceAll(b.shown.Text, "\n", ""), " ", ""); got != strings.ReplaceAll(b.Text, " ", "") {
			t.Errorf("width %v: lines %q lose text", w, b.shown.Text)
		}
		// Taller when narrower: the height follows the lines.
		if h := b.MinSize().Height; h < float32(len(lines))*b.textSize() {
			t.Errorf("width %v: %d lines in a block %v high", w, len(lines), h)
		}
	}
	// Narrow by itself: it never widens its container.
	if b.MinSize().Width > 80 {
		t.Errorf("min width %v", b.MinSize().Width)
	}
}

func TestTextBlockMaxLinesEndsInAnEllipsis(t *testing.T) {
	test.NewTempApp(t)
	b := wrapped(strings.Repeat("优秀大学生自主创业经营实体无偿资助", 4))
	b.MaxLines = 2
	b.Resize(fyne.NewSize(200, 100))
	lines := strings.Split(b.shown.Text, "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[1], "…") {
		t.Errorf("lines %q", lines)
	}
}
