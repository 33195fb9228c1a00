package pdf

import (
	"testing"

	"github.com/jung-kurt/gofpdf"

	"huiqi/assets"
)

// BenchmarkRenderRoster1000 renders one table of 1,000 rows of six
// columns of Chinese text; it must stay under a second and 2 MB.
func BenchmarkRenderRoster1000(b *testing.B) {
	p := rosterPacket(1000)
	var size int
	for b.Loop() {
		doc, err := Render(p)
		if err != nil {
			b.Fatal(err)
		}
		size = len(doc)
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}

// BenchmarkAddFont is the cost of parsing the embedded font, paid once
// per Render.
func BenchmarkAddFont(b *testing.B) {
	ttf := assets.FontTTF()
	for b.Loop() {
		f := gofpdf.New("P", "mm", "A4", "")
		f.AddUTF8FontFromBytes(fontFamily, "", ttf)
		if err := f.Error(); err != nil {
			b.Fatal(err)
		}
	}
}
