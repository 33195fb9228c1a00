// Package assets holds the files embedded in the Huiqi (惠企申报助手) binary:
// the CJK TrueType font, the application icon, the source text of the Yuxi
// 2016 policy and the UI translations.
//
// It depends on the standard library only, so non-UI packages (for example
// the PDF writer) can use it without pulling in Fyne.
package assets

import (
	"embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// FontName is the family name of the embedded font (face 0 of Debian's
// wqy-microhei.ttc).
const FontName = "WenQuanYi Micro Hei"

var (
	//go:embed fonts/wqy-microhei.ttf
	fontTTF []byte

	//go:embed icon.png
	iconPNG []byte

	//go:embed policy/source-yuxi-2016.txt
	policyText string

	//go:embed i18n/*.json i18n/fyne/*.json
	translations embed.FS
)

// FontTTF returns the embedded CJK TrueType font (glyf outlines). The same
// bytes serve the UI theme and the generated PDFs. Callers must not modify
// the returned slice.
func FontTTF() []byte { return fontTTF }

// IconPNG returns the 512×512 application icon. Callers must not modify the
// returned slice.
func IconPNG() []byte { return iconPNG }

// PolicyText returns the embedded source text of 玉溪市人民政府关于推进大众创业
// 万众创新政策措施的实施意见 (policy/source-yuxi-2016.txt), byte for byte.
func PolicyText() string { return policyText }

// Translations returns the UI translation files: "i18n/en.json" and
// "i18n/zh-Hans.json" (Huiqi's own strings) and "i18n/fyne/en.json",
// "i18n/fyne/zh-Hans.json" (copies of Fyne's built-in dialog strings,
// BSD-3-Clause, so that the chosen language also covers Fyne's own buttons).
// Each is a flat JSON object of key → string.
func Translations() embed.FS { return translations }

// Clause returns the text of clause n of the policy, n being the Chinese
// numeral of its heading: Clause("九") returns the text from the heading line
// "(九)支持大学生为主的青年创业创新" up to, not including, the next clause
// heading ("(十)…") or part heading ("三、…"). The last clause ends where the
// body of the document ends, before the signature block. Headings are
// returned as they are in the file (which uses ASCII parentheses); trailing
// blank lines are removed. An unknown clause gives "", false.
func Clause(n string) (string, bool) {
	c, ok := clauses()[n]
	return c.text, ok
}

// ClauseTitle returns the title of clause n, the heading without its number:
// ClauseTitle("九") is "支持大学生为主的青年创业创新". An unknown clause gives "",
// false.
func ClauseTitle(n string) (string, bool) {
	c, ok := clauses()[n]
	return c.title, ok
}

type clause struct{ text, title string }

var (
	// A clause heading: "(九)title" or "（九）title" at the start of a line.
	clauseHeading = regexp.MustCompile(`^[(（]([一二三四五六七八九十]+)[)）](.*)$`)
	// A part heading: "三、title" at the start of a line.
	partHeading = regexp.MustCompile(`^[一二三四五六七八九十]+、`)

	clauseOnce sync.Once
	clauseMap  map[string]clause
)

func clauses() map[string]clause {
	clauseOnce.Do(func() { clauseMap = parseClauses(policyText) })
	return clauseMap
}

// parseClauses splits the policy text into clauses. A clause ends at the next
// clause or part heading, or at a run of three or more blank lines (the gap
// before the signature block), or at the end of the text.
func parseClauses(text string) map[string]clause {
	m := make(map[string]clause)
	lines := strings.SplitAfter(text, "\n")
	var (
		cur      string // numeral of the open clause, "" when none
		title    string
		body     strings.Builder
		blankRun int
	)
	flush := func() {
		if cur != "" {
			m[cur] = clause{
				text:  strings.TrimRightFunc(body.String(), unicode.IsSpace),
				title: title,
			}
		}
		cur, title = "", ""
		body.Reset()
	}
	for _, l := range lines {
		bare := strings.TrimRight(l, "\r\n")
		if strings.TrimSpace(bare) == "" {
			blankRun++
			if blankRun >= 3 {
				flush()
			}
		} else {
			blankRun = 0
		}
		if sm := clauseHeading.FindStringSubmatch(bare); sm != nil {
			flush()
			cur, title = sm[1], strings.TrimSpace(sm[2])
		} else if partHeading.MatchString(bare) {
			flush()
		}
		if cur != "" {
			body.WriteString(l)
		}
	}
	flush()
	return m
}
