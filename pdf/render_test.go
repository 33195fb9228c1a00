package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"huiqi/forms"
	"huiqi/model/civil"
	"huiqi/model/linebreak"
)

// allPages is the text of every page, split at pdftotext's form feeds.
func allPages(t testing.TB, path string) []string {
	t.Helper()
	pages := strings.Split(tool(t, "pdftotext", "-layout", path, "-"), "\f")
	return pages[:len(pages)-1] // the text ends with a form feed
}

func TestSampleText(t *testing.T) {
	path, _ := render(t, samplePacket())
	n := pageCount(t, path)
	if n != 6 {
		t.Errorf("sample has %d pages, want 6 (cover, contents, form ×3, checklist)", n)
	}
	for i := 1; i <= n; i++ {
		text := pageText(t, path, i)
		for _, want := range []string{
			"玉溪市红塔区云岭精密机械制造有限公司",
			fmt.Sprintf("第 %d 页 共 %d 页", i, n),
			"生成日期 2026-11-26",
			"校验码 7F3A-92C1",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("page %d lacks %q:\n%s", i, want, text)
			}
		}
	}
	for page, wants := range map[int][]string{
		1: {"玉溪市惠企政策申报材料", "统一社会信用代码", "91530402MA6K7XYZ1Q", "¥1,234.56", "¥107,634.56", "玉政发〔2016〕12号"},
		2: {"目", "录", "科技型小微企业创办人担保贷款贴息申请表", "申报材料清单"},
		3: {"科技型小微企业创办人担保贷款贴息申请表", "一、企业基本情况", "¥12,345,678.90", "身份证号码", "月工资（元）"},
		5: {"¥292,770.00", "法定代表人签字：", "单位盖章：", "日期："},
		6: {"申报材料清单", "营业执照副本复印件（加盖公章）"},
	} {
		text := pageText(t, path, page)
		for _, want := range wants {
			if !strings.Contains(text, want) {
				t.Errorf("page %d lacks %q:\n%s", page, want, text)
			}
		}
	}
}

// TestRoster1000 paginates a 1,000-row table: the page count follows from
// the row height, every row appears once and in order, and the column
// titles head every page.
func TestRoster1000(t *testing.T) {
	start := time.Now()
	path, doc := render(t, rosterPacket(1000))
	if d := time.Since(start); d > time.Second {
		t.Errorf("1,000-row roster took %v, want under a second", d)
	}
	if len(doc) > 2<<20 {
		t.Errorf("1,000-row roster is %d bytes, want under 2 MB", len(doc))
	}
	rowH := lineHeight(sizeTable) + 2*padY // header and rows are one line each
	perPage := int((bodyBottom - bodyTop - rowH + epsilon) / rowH)
	want := (1000 + perPage - 1) / perPage
	n := pageCount(t, path)
	if n != want {
		t.Errorf("1,000 rows give %d pages, want %d (%d rows a page)", n, want, perPage)
	}
	pages := allPages(t, path)
	if len(pages) != n {
		t.Fatalf("pdftotext gives %d pages, pdfinfo %d", len(pages), n)
	}
	ids := regexp.MustCompile(`53040219900101(\d{4})`)
	next := 0
	for i, text := range pages {
		for _, title := range []string{"序号", "姓名", "身份证号码", "所属部门", "岗位名称", "月工资（元）"} {
			if !strings.Contains(text, title) {
				t.Errorf("page %d lacks column title %q", i+1, title)
			}
		}
		if !strings.Contains(text, fmt.Sprintf("第 %d 页 共 %d 页", i+1, n)) {
			t.Errorf("page %d lacks its page number", i+1)
		}
		for _, m := range ids.FindAllStringSubmatch(text, -1) {
			if got, _ := strconv.Atoi(m[1]); got != next {
				t.Fatalf("page %d: row %d follows row %d", i+1, got, next-1)
			}
			next++
		}
	}
	if next != 1000 {
		t.Errorf("found %d rows, want 1000", next)
	}
}

func TestFonts(t *testing.T) {
	path, _ := render(t, samplePacket())
	lines := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
	if len(lines) != 3 {
		t.Fatalf("pdffonts lists %d fonts, want exactly 1:\n%s", len(lines)-2, strings.Join(lines, "\n"))
	}
	f := strings.Fields(lines[2])
	// name, type (2 words), encoding, emb, sub, uni, object, generation
	if len(f) != 9 {
		t.Fatalf("unexpected pdffonts line %q", lines[2])
	}
	if !regexp.MustCompile(`^[A-Z]{6}\+WenQuanYiMicroHei$`).MatchString(f[0]) {
		t.Errorf("font name %q is not a tagged subset of WenQuanYi Micro Hei", f[0])
	}
	if typ := strings.Join(f[1:4], " "); typ != "CID TrueType Identity-H" {
		t.Errorf("font type and encoding %q, want CID TrueType, Identity-H", typ)
	}
	if f[4] != "yes" || f[5] != "yes" || f[6] != "yes" {
		t.Errorf("emb=%s sub=%s uni=%s, want yes yes yes", f[4], f[5], f[6])
	}
}

func TestMetadata(t *testing.T) {
	path, _ := render(t, samplePacket())
	info := tool(t, "pdfinfo", path)
	for _, want := range []string{
		"Title:           玉溪市惠企政策申报材料",
		"Subject:         玉溪市红塔区云岭精密机械制造有限公司",
		"Creator:         惠企申报助手",
		"CreationDate:    Thu Nov 26 00:00:00 2026 UTC",
		"ModDate:         Thu Nov 26 00:00:00 2026 UTC",
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

// TestDeterministic renders the same packets several times: gofpdf keeps
// fonts and glyphs in maps, whose order changes from run to run.
func TestDeterministic(t *testing.T) {
	for name, p := range map[string]*forms.Packet{"sample": samplePacket(), "roster": rosterPacket(200)} {
		first, err := Render(p)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 4; i++ {
			again, err := Render(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first, again) {
				t.Fatalf("%s: render %d differs from the first", name, i+2)
			}
		}
	}
	// A different packet gives a different subset and so a different tag.
	a, _ := Render(rosterPacket(3))
	b, _ := Render(samplePacket())
	tag := regexp.MustCompile(`/BaseFont /([A-Z]{6})\+`)
	if ta, tb := tag.FindSubmatch(a), tag.FindSubmatch(b); ta == nil || tb == nil || bytes.Equal(ta[1], tb[1]) {
		t.Errorf("subset tags %q and %q should exist and differ", ta, tb)
	}
}

// contentsPacket has enough sections, of varied lengths, for a contents
// that runs over two pages and sections that start on unpredictable pages.
func contentsPacket() *forms.Packet {
	p := &forms.Packet{Title: "目录测试", Header: "测试企业", Generated: civil.Date(20260101), Fingerprint: "X", Contents: true}
	p.Sections = append(p.Sections, forms.Section{Title: "封面", Blocks: []forms.Block{forms.Heading{Text: "封面", Level: 1}}})
	for i := 1; i <= 36; i++ {
		s := forms.Section{Title: fmt.Sprintf("第%d节 惠企政策申报表格", i)}
		if i%7 == 0 {
			s.Title += "（本节标题较长，需要在目录中折行显示，以检验折行后的页码仍然正确）"
		}
		s.Blocks = append(s.Blocks, forms.Paragraph{Text: fmt.Sprintf("《第%d节开始》", i)})
		table := forms.Table{Columns: []forms.Column{{Title: "项目", Width: 2}, {Title: "金额", Width: 1, Align: forms.Right}}}
		for r := 0; r < (i*37)%90; r++ {
			table.Rows = append(table.Rows, []string{fmt.Sprintf("第%d节第%d项", i, r), "¥1,000.00"})
		}
		s.Blocks = append(s.Blocks, table)
		p.Sections = append(p.Sections, s)
	}
	return p
}

// TestContentsPageNumbers reads the contents back and checks, page by
// page, that each section listed starts on the page printed against it,
// whether sections start new pages or follow one another.
func TestContentsPageNumbers(t *testing.T) {
	for _, flow := range []bool{false, true} {
		p := contentsPacket()
		for i := 1; i < len(p.Sections); i++ {
			p.Sections[i].Flow = flow
		}
		t.Run(fmt.Sprintf("flow %v", flow), func(t *testing.T) { checkContents(t, p) })
	}
}

func checkContents(t *testing.T, p *forms.Packet) {
	path, _ := render(t, p)
	entry := regexp.MustCompile(`(?m)^(\S.*?)\s*\.{4,}\s*(\d+)\s*$`)
	var numbers []int
	for page := 2; page <= 3; page++ {
		for _, m := range entry.FindAllStringSubmatch(pageText(t, path, page), -1) {
			n, _ := strconv.Atoi(m[2])
			numbers = append(numbers, n)
		}
	}
	if len(numbers) != len(p.Sections)-1 {
		t.Fatalf("contents lists %d sections, want %d", len(numbers), len(p.Sections)-1)
	}
	if numbers[0] != 4 {
		t.Errorf("first section after a two-page contents is listed on page %d, want 4", numbers[0])
	}
	for i, n := range numbers {
		marker := fmt.Sprintf("《第%d节开始》", i+1)
		if !strings.Contains(pageText(t, path, n), marker) {
			t.Errorf("contents lists section %d on page %d, which lacks %s", i+1, n, marker)
		}
		if i > 0 && n < numbers[i-1] {
			t.Errorf("section %d on page %d, before section %d on page %d", i+1, n, i, numbers[i-1])
		}
	}
}

// TestKinsokuInPDF checks line starts in the printed text, where the
// natural break would put a comma first on every line.
func TestKinsokuInPDF(t *testing.T) {
	m := testMeasurer(t)
	perLine := int(textW / m.width("中", sizeBody)) // characters that fit a line
	line := strings.Repeat("申", perLine) + "，"
	p := &forms.Packet{Title: "禁则", Sections: []forms.Section{{Blocks: []forms.Block{
		forms.Paragraph{Text: strings.Repeat(line, 5) + "完。"},
	}}}}
	path, _ := render(t, p)
	text := pageText(t, path, 1)
	count := 0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if strings.ContainsRune(l, '申') {
			count++
		}
		if r, _ := utf8.DecodeRuneInString(l); linebreak.CannotStart(r) {
			t.Errorf("printed line starts with %q: %q", r, l)
		}
	}
	if count < 6 {
		t.Errorf("expected at least 6 printed lines, got %d:\n%s", count, text)
	}
}

// TestUnitsInPDF prints "12 个月" and "50% 封顶" at every place on a line
// and reads the lines back: the number never ends a line without its
// unit (the bugs "12|个月" and "50%|封顶").
func TestUnitsInPDF(t *testing.T) {
	var text strings.Builder
	for i := 0; i < 60; i++ {
		text.WriteString(strings.Repeat("申", i%7) + "期限 12 个月，按 50% 封顶；")
	}
	p := &forms.Packet{Title: "单位", Sections: []forms.Section{{Blocks: []forms.Block{
		forms.Paragraph{Text: text.String()},
	}}}}
	path, _ := render(t, p)
	lines := strings.Split(tool(t, "pdftotext", "-layout", path, "-"), "\n")
	months, caps := 0, 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		months += strings.Count(l, "12 个月")
		caps += strings.Count(l, "50% 封")
		if strings.HasSuffix(l, "12") || strings.HasSuffix(l, "50%") || strings.HasPrefix(l, "个月") || strings.HasPrefix(l, "月") {
			t.Errorf("a number is parted from its unit: %q", l)
		}
	}
	if months != 60 || caps != 60 {
		t.Errorf("read %d “12 个月” and %d “50%% 封” whole, want 60 of each", months, caps)
	}
}

// TestBadInput gives errors, not panics, for packets that cannot print.
func TestBadInput(t *testing.T) {
	for name, p := range map[string]*forms.Packet{
		"nil packet":     nil,
		"no sections":    {Title: "空"},
		"zero columns":   table(forms.Table{Rows: [][]string{{"a"}}}),
		"too many cells": table(forms.Table{Columns: []forms.Column{{Title: "甲"}}, Rows: [][]string{{"a", "b"}}}),
		"negative width": table(forms.Table{Columns: []forms.Column{{Title: "甲", Width: -1}}}),
		"too narrow":     table(forms.Table{Columns: append([]forms.Column{{Title: "宽", Width: 100}}, make([]forms.Column, 5)...)}),
		"nil block":      {Sections: []forms.Section{{Blocks: []forms.Block{nil}}}},
		"nil block kept": {Sections: []forms.Section{{Blocks: []forms.Block{forms.Keep{Blocks: []forms.Block{forms.Paragraph{Text: "甲"}, nil}}}}}},
		"bad table kept": {Sections: []forms.Section{{Blocks: []forms.Block{forms.Keep{Blocks: []forms.Block{forms.Table{Rows: [][]string{{"a"}}}}}}}}},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Render(p); err == nil {
				t.Errorf("Render gave no error")
			} else {
				t.Log(err)
			}
		})
	}
}

// TestOddInput renders awkward but valid packets.
func TestOddInput(t *testing.T) {
	long := strings.Repeat("超长单元格内容，", 625) // 5,000 characters
	for name, p := range map[string]*forms.Packet{
		"empty section": {Sections: []forms.Section{{}}},
		"empty blocks": {Contents: true, Sections: []forms.Section{{Blocks: []forms.Block{
			forms.Heading{}, forms.Paragraph{}, forms.Fields{}, forms.Checklist{}, forms.Signatures{},
			forms.Table{Columns: []forms.Column{{Title: "空表"}}}, forms.PageBreak{}, forms.PageBreak{},
		}}, {Title: ""}}},
		"5000-character cell": table(forms.Table{
			Columns: []forms.Column{{Title: "序号", Width: 1}, {Title: "说明", Width: 4}},
			Rows:    [][]string{{"1", long}, {"2", "短"}},
		}),
		"5000-character everything": {Header: long, Fingerprint: long, Title: long, Contents: true, Sections: []forms.Section{
			{Title: long, Blocks: []forms.Block{forms.Heading{Text: long, Level: 1}, forms.Fields{Items: []forms.Field{{Label: long, Value: long}}}}},
			{Title: long, Blocks: []forms.Block{forms.Checklist{Items: []string{long}}, forms.Signatures{Labels: []string{long, "日期："}}}},
		}},
		"strange characters": {Header: "企业\t名称\r\n😀", Sections: []forms.Section{{Title: "𠀀", Blocks: []forms.Block{
			forms.Paragraph{Text: "emoji 😀 控制\x00字符\x1b \ufffd 𠀀 \U00030000 \xff"},
			forms.Heading{Text: "级别", Level: -3}, forms.Heading{Text: "级别", Level: 99},
			&forms.Paragraph{Text: "pointer block"},
		}}}},
		"odd keeps and fields": {Contents: true, Sections: []forms.Section{
			{Title: "甲", Blocks: []forms.Block{forms.Keep{}, &forms.Keep{Blocks: []forms.Block{forms.Table{Columns: []forms.Column{{Title: "空"}}}}}}},
			{Title: "乙", Flow: true, Blocks: []forms.Block{forms.Keep{Blocks: []forms.Block{
				forms.Table{Columns: []forms.Column{{Title: "说明"}}, Rows: [][]string{{long}, {"短"}, {long}}, Bold: []int{1, 7, -1}},
				forms.Signatures{Labels: []string{"签字"}},
			}}}},
			{Title: "丙", Flow: true, Blocks: []forms.Block{
				forms.Fields{Pairs: 2, Items: []forms.Field{{Label: "甲", Value: "一"}, {Label: "乙", Wide: true}, {Label: "丙", Value: "三"}}},
				forms.Fields{Pairs: 99, Items: []forms.Field{{Label: "丁", Value: long, Wide: true}, {Label: "戊"}}},
				forms.Checklist{Items: []string{"短", "短\n两行"}},
			}},
		}},
		"many signatures": {Sections: []forms.Section{{Blocks: []forms.Block{
			forms.Signatures{Labels: strings.Split("甲乙丙丁戊己庚辛壬癸", "")},
		}}}},
	} {
		t.Run(name, func(t *testing.T) {
			path, _ := render(t, p)
			if n := pageCount(t, path); n < 1 {
				t.Errorf("%d pages", n)
			}
			allPages(t, path) // readable, no syntax errors
		})
	}
}

func table(t forms.Table) *forms.Packet {
	return &forms.Packet{Title: "表", Sections: []forms.Section{{Blocks: []forms.Block{t}}}}
}

// TestLongCellText checks that a cell longer than a page is continued,
// not cut: its last words are printed too.
func TestLongCellText(t *testing.T) {
	long := strings.Repeat("超长单元格内容，", 624) + "最后一句。"
	path, _ := render(t, table(forms.Table{
		Columns: []forms.Column{{Title: "序号", Width: 1}, {Title: "说明", Width: 4}},
		Rows:    [][]string{{"1", long}},
	}))
	pages := allPages(t, path)
	if len(pages) < 2 {
		t.Fatalf("a 5,000-character cell fits on %d page", len(pages))
	}
	if !strings.Contains(pages[len(pages)-1], "最后一句。") {
		t.Errorf("the end of the cell is not printed")
	}
	for i, p := range pages {
		if !strings.Contains(p, "说明") {
			t.Errorf("page %d lacks the repeated header", i+1)
		}
	}
}

// TestOutline checks the bookmarks a viewer shows: one per section and
// one for the contents, each on the page the section starts.
func TestOutline(t *testing.T) {
	path, _ := render(t, samplePacket())
	xml := tool(t, "pdftohtml", "-stdout", "-xml", "-i", "-q", path)
	got := regexp.MustCompile(`<item page="(\d+)">([^<]*)</item>`).FindAllStringSubmatch(xml, -1)
	want := [][2]string{{"1", "封面"}, {"2", "目录"}, {"3", "科技型小微企业创办人担保贷款贴息申请表"}, {"6", "申报材料清单"}}
	if len(got) != len(want) {
		t.Fatalf("outline %q, want %q", got, want)
	}
	for i, w := range want {
		if got[i][1] != w[0] || got[i][2] != w[1] {
			t.Errorf("outline item %d is %q on page %s, want %q on page %s", i+1, got[i][2], got[i][1], w[1], w[0])
		}
	}
}
