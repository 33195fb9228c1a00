package main

import (
	"os"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// TestFontCoverage checks, with golang.org/x/image/font/sfnt, that the
// embedded font has glyphs for the app name and for money amounts. (The main
// module's assets test does the same with a hand-written cmap reader, so that
// the main module need not require golang.org/x/image directly.)
func TestFontCoverage(t *testing.T) {
	data, err := os.ReadFile("../fonts/wqy-microhei.ttf")
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	name, err := f.Name(&buf, sfnt.NameIDFamily)
	if err != nil || name != "WenQuanYi Micro Hei" {
		t.Errorf("family name %q, %v", name, err)
	}
	for _, r := range "惠企申报助手¥1,234.56" {
		idx, err := f.GlyphIndex(&buf, r)
		if err != nil || idx == 0 {
			t.Errorf("no glyph for %q (index %d, err %v)", r, idx, err)
		}
	}
}

func TestIconDeterministic(t *testing.T) {
	a, err := drawIcon("../fonts/wqy-microhei.ttf")
	if err != nil {
		t.Fatal(err)
	}
	if a.Bounds().Dx() != 512 || a.Bounds().Dy() != 512 {
		t.Fatalf("icon size %v", a.Bounds())
	}
	b, err := drawIcon("../fonts/wqy-microhei.ttf")
	if err != nil {
		t.Fatal(err)
	}
	if string(a.Pix) != string(b.Pix) {
		t.Fatal("two runs differ")
	}
}
