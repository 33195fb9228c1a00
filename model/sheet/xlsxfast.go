package sheet

import (
	"bytes"
	"encoding/xml"
	"errors"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// A fast reader of a worksheet's cells. excelize opens the workbook (and
// says what is wrong with a damaged or encrypted one) and holds its parts;
// its row iterator, built on encoding/xml, reads 100,000 rows of a roster in
// about three seconds, which is most of an import. The cells of a worksheet
// are a small, regular part of SpreadsheetML, so they are scanned here
// directly, about ten times faster. Anything the scanner does not expect
// makes it give up, and the rows are then read through excelize after all.

var errUnexpected = errors.New("sheet: unexpected worksheet XML")

// fastRows returns the rows of the worksheet named sheet, with their
// numbers, or errUnexpected.
func fastRows(f *excelize.File, sheet string) ([]int, [][]string, error) {
	sheetPath, sstPath, err := partPaths(f, sheet)
	if err != nil {
		return nil, nil, err
	}
	data, ok := part(f, sheetPath)
	if !ok {
		return nil, nil, errUnexpected
	}
	var sst []string
	if sstPath != "" {
		if raw, ok := part(f, sstPath); ok {
			if sst, err = scanSharedStrings(raw); err != nil {
				return nil, nil, err
			}
		}
	}
	return scanSheet(data, sst)
}

func part(f *excelize.File, name string) ([]byte, bool) {
	v, ok := f.Pkg.Load(name)
	if !ok {
		return nil, false
	}
	b, ok := v.([]byte)
	return b, ok
}

type relsXML struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

type workbookXML struct {
	Sheets []struct {
		Name string `xml:"name,attr"`
		RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	} `xml:"sheets>sheet"`
}

// partPaths finds the worksheet's part and the shared strings' part through
// the workbook and its relationships.
func partPaths(f *excelize.File, sheet string) (string, string, error) {
	wbData, ok := part(f, "xl/workbook.xml")
	relData, ok2 := part(f, "xl/_rels/workbook.xml.rels")
	if !ok || !ok2 {
		return "", "", errUnexpected
	}
	var wb workbookXML
	var rels relsXML
	if xml.Unmarshal(wbData, &wb) != nil || xml.Unmarshal(relData, &rels) != nil {
		return "", "", errUnexpected
	}
	target := func(t string) string {
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(t, "/")
		}
		return path.Join("xl", t)
	}
	var sheetPath, sstPath string
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.RID {
				sheetPath = target(r.Target)
			}
		}
	}
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			sstPath = target(r.Target)
		}
	}
	if sheetPath == "" {
		return "", "", errUnexpected
	}
	return sheetPath, sstPath, nil
}

// scanner walks SpreadsheetML tags. Element names may carry a namespace
// prefix (x:c), which is dropped.
type xmlScanner struct {
	b   []byte
	pos int
}

// tag is one start or end tag.
type tag struct {
	name      []byte // local name
	end       bool   // </name>
	selfClose bool   // <name/>
	attrs     []byte // the raw attribute text
}

// next moves to the next tag, skipping text, comments and declarations;
// ok is false at the end of the data.
func (s *xmlScanner) next() (tag, bool, error) {
	for {
		i := bytes.IndexByte(s.b[s.pos:], '<')
		if i < 0 {
			return tag{}, false, nil
		}
		s.pos += i
		rest := s.b[s.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			j := bytes.Index(rest, []byte("?>"))
			if j < 0 {
				return tag{}, false, errUnexpected
			}
			s.pos += j + 2
			continue
		case bytes.HasPrefix(rest, []byte("<!--")):
			j := bytes.Index(rest, []byte("-->"))
			if j < 0 {
				return tag{}, false, errUnexpected
			}
			s.pos += j + 3
			continue
		case bytes.HasPrefix(rest, []byte("<!")):
			return tag{}, false, errUnexpected // CDATA or a DTD: leave it to encoding/xml
		}
		j := bytes.IndexByte(rest, '>')
		if j < 0 {
			return tag{}, false, errUnexpected
		}
		body := rest[1:j]
		s.pos += j + 1
		var t tag
		if len(body) > 0 && body[0] == '/' {
			t.end = true
			body = body[1:]
		}
		if len(body) > 0 && body[len(body)-1] == '/' {
			t.selfClose = true
			body = body[:len(body)-1]
		}
		n := 0
		for n < len(body) && body[n] != ' ' && body[n] != '\t' && body[n] != '\n' && body[n] != '\r' {
			n++
		}
		name := body[:n]
		if k := bytes.IndexByte(name, ':'); k >= 0 {
			name = name[k+1:]
		}
		t.name = name
		t.attrs = body[n:]
		return t, true, nil
	}
}

// text reads the character data up to the next tag.
func (s *xmlScanner) text() (string, error) {
	i := bytes.IndexByte(s.b[s.pos:], '<')
	if i < 0 {
		return "", errUnexpected
	}
	raw := s.b[s.pos : s.pos+i]
	s.pos += i
	return unescape(raw)
}

// attr returns the value of attribute name (without prefix) in raw.
func attr(raw []byte, name string) (string, bool) {
	for {
		i := 0
		for i < len(raw) && isSpace(raw[i]) {
			i++
		}
		raw = raw[i:]
		eq := bytes.IndexByte(raw, '=')
		if eq < 0 {
			return "", false
		}
		key := raw[:eq]
		for len(key) > 0 && isSpace(key[len(key)-1]) {
			key = key[:len(key)-1]
		}
		if k := bytes.IndexByte(key, ':'); k >= 0 {
			key = key[k+1:]
		}
		rest := raw[eq+1:]
		for len(rest) > 0 && isSpace(rest[0]) {
			rest = rest[1:]
		}
		if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
			return "", false
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return "", false
		}
		if string(key) == name {
			v, err := unescape(rest[1 : 1+end])
			return v, err == nil
		}
		raw = rest[2+end:]
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// column is the 1-based column of a cell reference ("AB12" → 28).
func column(ref string) (int, bool) {
	n := 0
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i]
		switch {
		case c >= 'A' && c <= 'Z':
			n = n*26 + int(c-'A') + 1
		case c >= 'a' && c <= 'z':
			n = n*26 + int(c-'a') + 1
		default:
			if i == 0 || n > excelize.MaxColumns || !allDigits(ref[i:]) {
				return 0, false
			}
			return n, true
		}
	}
	return 0, false
}

// unescape decodes XML entities and the _xHHHH_ escapes that
// SpreadsheetML uses for control characters.
func unescape(raw []byte) (string, error) {
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		s := string(raw)
		if strings.Contains(s, "_x") {
			s = unescapeX(s)
		}
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '\r' {
			// XML folds CR LF and CR to LF.
			b.WriteByte('\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			continue
		}
		if c != '&' {
			b.WriteByte(c)
			continue
		}
		semi := bytes.IndexByte(raw[i:], ';')
		if semi < 0 {
			return "", errUnexpected
		}
		ent := string(raw[i+1 : i+semi])
		switch {
		case ent == "amp":
			b.WriteByte('&')
		case ent == "lt":
			b.WriteByte('<')
		case ent == "gt":
			b.WriteByte('>')
		case ent == "quot":
			b.WriteByte('"')
		case ent == "apos":
			b.WriteByte('\'')
		case strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X"):
			n, err := strconv.ParseUint(ent[2:], 16, 32)
			if err != nil || !utf8.ValidRune(rune(n)) {
				return "", errUnexpected
			}
			b.WriteRune(rune(n))
		case strings.HasPrefix(ent, "#"):
			n, err := strconv.ParseUint(ent[1:], 10, 32)
			if err != nil || !utf8.ValidRune(rune(n)) {
				return "", errUnexpected
			}
			b.WriteRune(rune(n))
		default:
			return "", errUnexpected
		}
		i += semi
	}
	s := b.String()
	if strings.Contains(s, "_x") {
		s = unescapeX(s)
	}
	return s, nil
}

// unescapeX decodes _x000D_-style escapes of SpreadsheetML strings.
func unescapeX(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 || len(s) < i+7 || s[i+6] != '_' {
			b.WriteString(s)
			return b.String()
		}
		n, err := strconv.ParseUint(s[i+2:i+6], 16, 16)
		if err != nil {
			b.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteRune(rune(n))
		s = s[i+7:]
	}
}

// richText reads the text of a string item (<si> or <is>) up to the end
// tag named end: its <t>, or the <t> of its runs, but not the phonetic
// guides (<rPh>).
func (s *xmlScanner) richText(end string) (string, error) {
	var b strings.Builder
	phonetic := false
	for {
		t, ok, err := s.next()
		if err != nil || !ok {
			return "", errUnexpected
		}
		switch {
		case t.end && string(t.name) == end:
			return b.String(), nil
		case string(t.name) == "rPh":
			phonetic = !t.end && !t.selfClose
		case string(t.name) == "t" && !t.end && !t.selfClose:
			txt, err := s.text()
			if err != nil {
				return "", err
			}
			if !phonetic {
				b.WriteString(txt)
			}
		}
	}
}

func scanSharedStrings(data []byte) ([]string, error) {
	s := &xmlScanner{b: data}
	var out []string
	for {
		t, ok, err := s.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		if string(t.name) != "si" || t.end {
			continue
		}
		if t.selfClose {
			out = append(out, "")
			continue
		}
		txt, err := s.richText("si")
		if err != nil {
			return nil, err
		}
		out = append(out, txt)
	}
}

// scanSheet reads the rows of a worksheet: each cell as its stored value
// (a number or date cell as its number, a shared or inline string as its
// text, a boolean as 1 or 0, a formula as its cached value).
func scanSheet(data []byte, sst []string) ([]int, [][]string, error) {
	s := &xmlScanner{b: data}
	start := bytes.Index(data, []byte("sheetData"))
	if start < 0 {
		return nil, nil, errUnexpected
	}
	s.pos = bytes.LastIndexByte(data[:start], '<')
	if t, ok, err := s.next(); err != nil || !ok || string(t.name) != "sheetData" {
		return nil, nil, errUnexpected
	} else if t.selfClose {
		return nil, nil, nil
	}
	var nums []int
	var rows [][]string
	rowNum, width := 0, 0
	for {
		t, ok, err := s.next()
		if err != nil || !ok {
			return nil, nil, errUnexpected
		}
		switch {
		case string(t.name) == "sheetData" && t.end:
			return nums, rows, nil
		case string(t.name) == "row" && !t.end:
			if r, ok := attr(t.attrs, "r"); ok {
				n, err := strconv.Atoi(r)
				if err != nil || n <= rowNum {
					return nil, nil, errUnexpected
				}
				rowNum = n
			} else {
				rowNum++
			}
			var vals []string
			if !t.selfClose {
				if vals, err = s.row(sst, width); err != nil {
					return nil, nil, err
				}
				width = max(width, len(vals))
			}
			nums = append(nums, rowNum)
			rows = append(rows, vals)
		default:
			return nil, nil, errUnexpected
		}
	}
}

// row reads the cells of one <row> up to its end tag.
func (s *xmlScanner) row(sst []string, width int) ([]string, error) {
	vals := make([]string, 0, width)
	col := 0
	for {
		t, ok, err := s.next()
		if err != nil || !ok {
			return nil, errUnexpected
		}
		if t.end && string(t.name) == "row" {
			return vals, nil
		}
		if string(t.name) != "c" || t.end {
			return nil, errUnexpected
		}
		if ref, ok := attr(t.attrs, "r"); ok {
			c, ok := column(ref)
			if !ok || c <= col {
				return nil, errUnexpected
			}
			col = c
		} else {
			col++
		}
		if t.selfClose {
			continue
		}
		typ, _ := attr(t.attrs, "t")
		v, err := s.cell(typ, sst)
		if err != nil {
			return nil, err
		}
		if v == "" {
			continue
		}
		for len(vals) < col-1 {
			vals = append(vals, "")
		}
		vals = append(vals, v)
	}
}

// cell reads the content of one <c> up to its end tag.
func (s *xmlScanner) cell(typ string, sst []string) (string, error) {
	var v string
	for {
		t, ok, err := s.next()
		if err != nil || !ok {
			return "", errUnexpected
		}
		switch {
		case t.end && string(t.name) == "c":
			if typ == "s" && v != "" {
				i, err := strconv.Atoi(strings.TrimSpace(v))
				if err != nil || i < 0 || i >= len(sst) {
					return "", errUnexpected
				}
				return sst[i], nil
			}
			return v, nil
		case string(t.name) == "v" && !t.end && !t.selfClose:
			if v, err = s.text(); err != nil {
				return "", err
			}
		case string(t.name) == "is" && !t.end && !t.selfClose:
			if v, err = s.richText("is"); err != nil {
				return "", err
			}
		case string(t.name) == "f" && !t.end && !t.selfClose:
			if err := s.skipTo("f"); err != nil {
				return "", err
			}
		case string(t.name) == "extLst" && !t.end && !t.selfClose:
			if err := s.skipTo("extLst"); err != nil {
				return "", err
			}
		case t.end || t.selfClose:
		default:
			return "", errUnexpected
		}
	}
}

// skipTo moves past the end tag of the element named name.
func (s *xmlScanner) skipTo(name string) error {
	depth := 1
	for depth > 0 {
		t, ok, err := s.next()
		if err != nil || !ok {
			return errUnexpected
		}
		if string(t.name) == name && !t.selfClose {
			if t.end {
				depth--
			} else {
				depth++
			}
		}
	}
	return nil
}
