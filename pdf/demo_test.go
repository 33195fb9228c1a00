package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"huiqi/forms"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/engine"
	"huiqi/model/linebreak"
	"huiqi/model/params"
	"huiqi/model/scenario"
)

// The packet of the demo firm and of the examples, read back as printed
// (issue 10: "11 benefits, 27 pages", a lone signature box on a page, a
// title broken as "申|请表", lines starting with 。, "12|个月").

// demoDay is the day the demo firm is made, evaluated and printed on.
var demoDay = civil.Date(20261126)

// demoPages is the demo firm's page count before issue 10: every form on
// new pages, its signature boxes spilling onto one more.
const demoPages = 31

func demoPacket(t testing.TB) *forms.Packet {
	t.Helper()
	sc := demo.Scenario(demoDay)
	ev, err := engine.New(params.Default()).Evaluate(sc, demoDay)
	if err != nil {
		t.Fatal(err)
	}
	p, err := forms.Build(sc, ev, forms.Options{Generated: demoDay})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// examplePackets are the packets of testdata/examples at their dates.
func examplePackets(t testing.TB) map[string]*forms.Packet {
	t.Helper()
	files, err := filepath.Glob("../testdata/examples/*.json")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*forms.Packet{}
	for _, f := range files {
		if strings.HasSuffix(f, ".expected.json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := scenario.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		ev, err := engine.New(params.Default()).Evaluate(sc, sc.AsOf)
		if err != nil {
			t.Fatal(err)
		}
		if p, err := forms.Build(sc, ev, forms.Options{Generated: demoDay}); err == nil {
			out[strings.TrimSuffix(filepath.Base(f), ".json")] = p
		}
	}
	if len(out) < 6 {
		t.Fatalf("only %d examples give a packet", len(out))
	}
	return out
}

// TestDemoPacketPages: markedly fewer pages than before, and every page
// with its running header and its footer.
func TestDemoPacketPages(t *testing.T) {
	p := demoPacket(t)
	path, _ := render(t, p)
	n := pageCount(t, path)
	t.Logf("the demo firm's packet has %d pages (%d before issue 10)", n, demoPages)
	if n > demoPages*4/5 {
		t.Errorf("%d pages, want at most %d (a fifth fewer than the %d of before)", n, demoPages*4/5, demoPages)
	}
	pages := allPages(t, path)
	if len(pages) != n {
		t.Fatalf("pdftotext gives %d pages, pdfinfo %d", len(pages), n)
	}
	for i, text := range pages {
		for _, want := range []string{p.Header, fmt.Sprintf("第 %d 页 共 %d 页", i+1, n), "生成日期 2026-11-26", "校验码 " + p.Fingerprint} {
			if !strings.Contains(text, want) {
				t.Errorf("page %d lacks %q", i+1, want)
			}
		}
	}
	// The contents, after the cover, gives for each form the page its
	// title is printed on, though forms now share pages.
	var numbers [][]string
	for _, text := range pages {
		numbers = append(numbers, regexp.MustCompile(`\.{4,}\s*(\d+)`).FindAllStringSubmatch(text, -1)...)
	}
	if len(numbers) != len(p.Sections)-1 {
		t.Fatalf("the contents lists %d pages for %d sections", len(numbers), len(p.Sections)-1)
	}
	for i, m := range numbers {
		var page int
		fmt.Sscan(m[1], &page)
		title := p.Sections[i+1].Title
		if page < 2 || page > n || !strings.Contains(strings.Join(strings.Fields(pages[page-1]), ""), title) {
			t.Errorf("the contents puts %s on page %d, which does not print it", title, page)
		}
	}
}

// TestFormsEndOnOnePage marks the last row of each form's last table and
// its signature boxes, and checks that the declaration, the boxes and
// that row are printed on the same page: no box alone on a page.
func TestFormsEndOnOnePage(t *testing.T) {
	packets := examplePackets(t)
	packets["demo"] = demoPacket(t)
	for name, p := range packets {
		count := 0
		for i := range p.Sections {
			s := &p.Sections[i]
			keep, ok := s.Blocks[len(s.Blocks)-1].(forms.Keep)
			if !ok {
				continue // the cover and the checklist
			}
			count++
			mark := fmt.Sprintf("〖%d〗", count)
			at, tab, _ := lastTable(keep.Blocks)
			row := append([]string(nil), tab.Rows[len(tab.Rows)-1]...)
			row[0] += mark
			tab.Rows = append(tab.Rows[:len(tab.Rows)-1:len(tab.Rows)-1], row)
			keep.Blocks[at] = tab
			sig := keep.Blocks[len(keep.Blocks)-1].(forms.Signatures)
			sig.Labels = append([]string{"法定代表人" + mark}, sig.Labels[1:]...)
			keep.Blocks[len(keep.Blocks)-1] = sig
		}
		path, _ := render(t, p)
		ends := 0
		for i, text := range allPages(t, path) {
			flat := strings.Join(strings.Fields(text), "")
			for k := 1; k <= count; k++ {
				mark := fmt.Sprintf("〖%d〗", k)
				if !strings.Contains(flat, "法定代表人"+mark) {
					continue
				}
				ends++
				if strings.Count(flat, mark) != 2 {
					t.Errorf("%s page %d: the signature boxes of form %d without the last row of its last table", name, i+1, k)
				}
			}
			if sigs, decls := strings.Count(flat, "法定代表人〖"), strings.Count(flat, "申请单位承诺："); sigs != decls {
				t.Errorf("%s page %d: %d rows of signature boxes, %d declarations", name, i+1, sigs, decls)
			}
		}
		if ends != count || count == 0 {
			t.Errorf("%s: found the end of %d forms, want %d", name, ends, count)
		}
	}
}

// TestPrintedLines reads every line of the demo and example packets as
// laid out: none starts with closing punctuation, each form's title is
// printed whole on one line, and no number is parted from its unit.
func TestPrintedLines(t *testing.T) {
	packets := examplePackets(t)
	packets["demo"] = demoPacket(t)
	// A number and its unit, as the packets print them; whole, those
	// that cells printed side by side cannot make up in pdftotext's text.
	units := regexp.MustCompile(`\d+ ?个月|\d+(\.\d+)?% ?\p{Han}|\d+ ?万元|\d+ ?个工作日|\d{4}-\d{2}-\d{2}|¥[\d,]+\.\d\d|ZL\d+\.\d`)
	whole := regexp.MustCompile(`\d+ ?个月|¥[\d,]+\.\d\d`)
	for name, p := range packets {
		path, _ := render(t, p)
		layout := tool(t, "pdftotext", "-layout", path, "-")
		for _, line := range strings.Split(layout, "\n") {
			// -layout sets table columns side by side: each run after a
			// wide gap is the start of a line of its own in a cell.
			for _, run := range regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(line), -1) {
				if r, _ := utf8.DecodeRuneInString(run); linebreak.CannotStart(r) {
					t.Errorf("%s: a line starts with %q: %q", name, r, line)
				}
			}
		}
		lines := strings.Split(tool(t, "pdftotext", path, "-"), "\n")
		for _, s := range p.Sections[1:] {
			if !strings.HasSuffix(s.Title, "申请表") {
				continue
			}
			whole := false
			for _, l := range lines {
				whole = whole || strings.Contains(strings.ReplaceAll(l, " ", ""), s.Title)
			}
			if !whole {
				t.Errorf("%s: the title %q is not printed whole on a line", name, s.Title)
			}
		}
		// Every month count and amount in the packet is printed on one
		// line: as often in the PDF's text as in the packet.
		want, got := len(whole.FindAllString(packetText(p), -1)), 0
		for _, l := range lines {
			got += len(whole.FindAllString(l, -1))
		}
		if got != want || want == 0 {
			t.Errorf("%s: %d month counts and amounts on whole lines, want %d: one is split", name, got, want)
		}
		// The same of every number with its unit, line by line as laid
		// out, where cells side by side cannot run together: as often as
		// in the packet, and once more in the contents for each title
		// that holds one.
		l, err := layoutPacket(p, testMeasurer(t))
		if err != nil {
			t.Fatal(err)
		}
		want, got = len(units.FindAllString(packetText(p), -1)), 0
		for _, s := range p.Sections[1:] {
			want += len(units.FindAllString(s.Title, -1))
		}
		for _, pg := range l.pages {
			for _, o := range pg.ops {
				if o, ok := o.(textOp); ok {
					got += len(units.FindAllString(o.s, -1))
				}
			}
		}
		if got != want || want == 0 {
			t.Errorf("%s: %d numbers with their units on whole lines, want %d: one is split", name, got, want)
		}
	}
}

// packetText is the text of every block of a packet, as printed.
func packetText(p *forms.Packet) string {
	var b strings.Builder
	var walk func([]forms.Block)
	walk = func(bs []forms.Block) {
		for _, blk := range bs {
			switch v := blk.(type) {
			case forms.Heading:
				b.WriteString(strings.ReplaceAll(v.Text, zwsp, "") + "\n")
			case forms.Paragraph:
				b.WriteString(v.Text + "\n")
			case forms.Table:
				for _, c := range v.Columns {
					b.WriteString(c.Title + "\n")
				}
				for _, r := range v.Rows {
					b.WriteString(strings.Join(r, "\n") + "\n")
				}
			case forms.Fields:
				for _, f := range v.Items {
					b.WriteString(f.Label + "\n" + f.Value + "\n")
				}
			case forms.Checklist:
				b.WriteString(strings.Join(v.Items, "\n") + "\n")
			case forms.Signatures:
				b.WriteString(strings.Join(v.Labels, "\n") + "\n")
			case forms.Keep:
				walk(v.Blocks)
			}
		}
	}
	for _, s := range p.Sections {
		walk(s.Blocks)
	}
	return b.String()
}

// TestWriteDemo renders the demo firm's packet and the examples' into a
// folder, for looking at: HUIQI_PDF_SAMPLE_DIR if set, else a temporary
// one. Convert them with `pdftoppm -r 60 -png demo.pdf page`.
func TestWriteDemo(t *testing.T) {
	dir := os.Getenv("HUIQI_PDF_SAMPLE_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	packets := examplePackets(t)
	packets["demo"] = demoPacket(t)
	for name, p := range packets {
		doc, err := Render(p)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(path, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s, %d pages", path, pageCount(t, path))
	}
}
