package assets

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"image/png"
	"io/fs"
	"os"
	"sort"
	"strings"
	"testing"
)

// sfntTables parses the sfnt table directory by hand: tag → table bytes.
func sfntTables(t *testing.T, font []byte) map[string][]byte {
	t.Helper()
	be := binary.BigEndian
	if len(font) < 12 {
		t.Fatal("font too short")
	}
	if v := be.Uint32(font); v != 0x00010000 {
		t.Fatalf("sfnt version %#08x: not a TrueType-outline font (want 0x00010000)", v)
	}
	n := int(be.Uint16(font[4:]))
	tables := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(font)) {
			t.Fatalf("table %q out of bounds", rec[:4])
		}
		tables[string(rec[:4])] = font[off : off+length]
	}
	return tables
}

// glyphIndex looks a rune up in the font's Unicode cmap subtable (format 12
// or 4), read by hand.
func glyphIndex(t *testing.T, cmap []byte, r rune) uint32 {
	t.Helper()
	be := binary.BigEndian
	var f4, f12 []byte
	n := int(be.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := cmap[4+8*i:]
		pid, eid, off := be.Uint16(rec), be.Uint16(rec[2:]), be.Uint32(rec[4:])
		if !(pid == 0 || (pid == 3 && (eid == 1 || eid == 10))) {
			continue
		}
		sub := cmap[off:]
		switch be.Uint16(sub) {
		case 4:
			f4 = sub
		case 12:
			f12 = sub
		}
	}
	switch {
	case f12 != nil:
		groups := int(be.Uint32(f12[12:]))
		for i := 0; i < groups; i++ {
			g := f12[16+12*i:]
			start, end, gid := be.Uint32(g), be.Uint32(g[4:]), be.Uint32(g[8:])
			if uint32(r) >= start && uint32(r) <= end {
				return gid + uint32(r) - start
			}
		}
		return 0
	case f4 != nil:
		if r > 0xFFFF {
			return 0
		}
		c := uint16(r)
		segX2 := int(be.Uint16(f4[6:]))
		ends := f4[14:]
		starts := f4[16+segX2:]
		deltas := f4[16+2*segX2:]
		rangeOffs := f4[16+3*segX2:]
		for i := 0; i < segX2/2; i++ {
			end, start := be.Uint16(ends[2*i:]), be.Uint16(starts[2*i:])
			if c > end {
				continue
			}
			if c < start {
				return 0
			}
			delta, ro := be.Uint16(deltas[2*i:]), be.Uint16(rangeOffs[2*i:])
			if ro == 0 {
				return uint32(c + delta)
			}
			p := 16 + 3*segX2 + 2*i + int(ro) + 2*int(c-start)
			gid := be.Uint16(f4[p:])
			if gid == 0 {
				return 0
			}
			return uint32(gid + delta)
		}
		return 0
	}
	t.Fatal("no Unicode cmap subtable")
	return 0
}

func TestFontIsTrueTypeWithGlyphs(t *testing.T) {
	font := FontTTF()
	if len(font) < 1<<20 {
		t.Fatalf("embedded font is only %d bytes", len(font))
	}
	tables := sfntTables(t, font)
	for _, tag := range []string{"glyf", "loca", "head", "cmap", "name", "hmtx"} {
		if _, ok := tables[tag]; !ok {
			t.Errorf("font has no %q table", tag)
		}
	}
	if _, ok := tables["CFF "]; ok {
		t.Error("font has CFF outlines; want TrueType glyf outlines")
	}
	if !bytes.Contains(tables["name"], []byte("WenQuanYi Micro Hei")) &&
		!bytes.Contains(tables["name"], utf16be(FontName)) {
		t.Errorf("name table does not mention %q", FontName)
	}
	numGlyphs := uint32(binary.BigEndian.Uint16(tables["maxp"][4:]))
	for _, r := range "惠企申报助手¥1,234.56" {
		gid := glyphIndex(t, tables["cmap"], r)
		if gid == 0 || gid >= numGlyphs {
			t.Errorf("no glyph for %q (index %d of %d)", r, gid, numGlyphs)
		}
	}
	// The reader must also say "no glyph" (a private-use code point).
	if gid := glyphIndex(t, tables["cmap"], '\U0010FFFD'); gid != 0 {
		t.Errorf("glyph %d for U+10FFFD; the cmap reader is wrong", gid)
	}
}

func utf16be(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

func TestIconPNG(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(IconPNG()))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 512 || b.Dy() != 512 {
		t.Errorf("icon is %v, want 512×512", b)
	}
}

func TestPolicyTextIsSource(t *testing.T) {
	disk, err := os.ReadFile("policy/source-yuxi-2016.txt")
	if err != nil {
		t.Fatal(err)
	}
	if PolicyText() != string(disk) {
		t.Error("PolicyText differs from policy/source-yuxi-2016.txt")
	}
	if !strings.Contains(PolicyText(), "玉溪市人民政府关于推进大众创业万众创新政策措施的实施意见") {
		t.Error("PolicyText lacks the policy title")
	}
}

func TestClause(t *testing.T) {
	c9, ok := Clause("九")
	if !ok {
		t.Fatal(`Clause("九") not found`)
	}
	if !strings.HasPrefix(c9, "(九)支持大学生为主的青年创业创新\n") {
		t.Errorf("Clause(九) starts %q", firstLine(c9))
	}
	for _, s := range []string{"保留学籍 2 年", "3 万至 5 万元", "3000\n\n元的一次性创业场租补贴", "不超过 200 万元的创业贷款", "4︰3︰3"} {
		if !strings.Contains(c9, s) {
			t.Errorf("Clause(九) lacks %q", s)
		}
	}
	if strings.Contains(c9, "(十)") || strings.Contains(c9, "鼓励农村劳动力") {
		t.Error("Clause(九) runs into clause 十")
	}
	if title, ok := ClauseTitle("九"); !ok || title != "支持大学生为主的青年创业创新" {
		t.Errorf("ClauseTitle(九) = %q, %v", title, ok)
	}

	c14, ok := Clause("十四")
	if !ok || !strings.HasPrefix(c14, "(十四)落实税收优惠措施") {
		t.Errorf("Clause(十四) = %q, %v", firstLine(c14), ok)
	}
	for _, s := range []string{"9600 元为限额", "投资额的 70%"} {
		if !strings.Contains(c14, s) {
			t.Errorf("Clause(十四) lacks %q", s)
		}
	}
	if title, _ := ClauseTitle("十四"); title != "落实税收优惠措施" {
		t.Errorf("ClauseTitle(十四) = %q", title)
	}

	// The last clause of a part stops before the next part heading.
	c6, _ := Clause("六")
	if strings.Contains(c6, "三、激发创业创新主体活力") || !strings.Contains(c6, "50%收取") {
		t.Errorf("Clause(六) boundaries wrong: %q", c6)
	}

	c28, ok := Clause("二十八")
	if !ok || !strings.HasPrefix(c28, "(二十八)加强政策落实情况督查") {
		t.Errorf("Clause(二十八) = %q, %v", firstLine(c28), ok)
	}
	if strings.Contains(c28, "2016 年 11 月 15 日") {
		t.Error("Clause(二十八) includes the signature block")
	}

	// All 28 clauses, numbered consecutively.
	nums := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
		"十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
		"二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八"}
	for _, n := range nums {
		text, ok := Clause(n)
		title, ok2 := ClauseTitle(n)
		if !ok || !ok2 || title == "" || !strings.HasPrefix(text, "("+n+")"+title) {
			t.Errorf("clause %s: %q / %q", n, firstLine(text), title)
		}
		if strings.TrimSpace(text) == strings.TrimSpace(firstLine(text)) {
			t.Errorf("clause %s has no body", n)
		}
	}
	if got := len(clauses()); got != len(nums) {
		t.Errorf("found %d clauses, want %d", got, len(nums))
	}

	for _, n := range []string{"二十九", "0", "", "9", "(九)"} {
		if text, ok := Clause(n); ok || text != "" {
			t.Errorf("Clause(%q) = %q, %v; want \"\", false", n, firstLine(text), ok)
		}
		if title, ok := ClauseTitle(n); ok || title != "" {
			t.Errorf("ClauseTitle(%q) = %q, %v; want \"\", false", n, title, ok)
		}
	}
}

func TestParseClausesFullWidth(t *testing.T) {
	m := parseClauses("一、总\n\n（一）甲\n\n正文一\n\n二、乙部\n(二)乙\n正文二\n\n\n\n落款")
	if got := m["一"]; got.title != "甲" || got.text != "（一）甲\n\n正文一" {
		t.Errorf("clause 一 = %+v", got)
	}
	if got := m["二"]; got.title != "乙" || got.text != "(二)乙\n正文二" {
		t.Errorf("clause 二 = %+v", got)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func TestTranslations(t *testing.T) {
	fsys := Translations()
	entries, err := fs.ReadDir(fsys, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if strings.Join(names, ",") != "en.json,zh-Hans.json" {
		t.Fatalf("i18n files %v, want en.json and zh-Hans.json", names)
	}
	keys := map[string][]string{}
	msgs := map[string]map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, "i18n/"+name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string // flat key → string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k, v := range m {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: empty value for %q", name, k)
			}
			keys[name] = append(keys[name], k)
		}
		sort.Strings(keys[name])
		msgs[name] = m
	}
	if strings.Join(keys["en.json"], "\n") != strings.Join(keys["zh-Hans.json"], "\n") {
		t.Errorf("key sets differ:\nen: %v\nzh-Hans: %v", keys["en.json"], keys["zh-Hans.json"])
	}
	if got := msgs["zh-Hans.json"]["app.name"]; got != "惠企申报助手" {
		t.Errorf("zh-Hans app.name = %q", got)
	}
	// Template placeholders must match between languages.
	for k, en := range msgs["en.json"] {
		if placeholders(en) != placeholders(msgs["zh-Hans.json"][k]) {
			t.Errorf("%q: placeholders differ: %q vs %q", k, en, msgs["zh-Hans.json"][k])
		}
	}
}

func placeholders(s string) string {
	var ps []string
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			break
		}
		ps = append(ps, s[i:i+j+2])
		s = s[i+j+2:]
	}
	sort.Strings(ps)
	return strings.Join(ps, " ")
}
