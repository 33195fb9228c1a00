package portfolio

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"huiqi/model/engine"
	"huiqi/model/money"
)

// The overview's columns as the .xlsx export heads them (Chinese, for the
// accountant's own spreadsheets).
var xlsxHeaders = []string{
	"文件", "企业名称", "统一社会信用代码", "区县", "企业规模",
	"适用", "可申请", "待补充资料", "不适用",
	"资金（元）", "如评审通过最多（元）", "预计节税（元）",
	"下一期限", "期限事项", "剩余天数", "待补充字段数", "最近修改", "新结果", "说明",
}

// UpgradeNoteZh and UpgradeNoteEn are the overview's words for a file of an
// older schema.
const (
	UpgradeNoteZh = "需要升级（打开时自动备份并升级）"
	UpgradeNoteEn = "needs upgrading (backed up and upgraded when opened)"
)

// WriteXLSX writes the overview as an .xlsx workbook, one row per file
// under Chinese headers, with model/sheet's conventions: the credit code
// and other words as text cells, amounts as numbers in yuan with two
// decimals (exact from fen), dates as Excel dates (yyyy-mm-dd).
func (p *Portfolio) WriteXLSX(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	const name = "客户总览"
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	// The header stays in view while the rows scroll.
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	widths := []float64{24, 36, 22, 10, 10, 6, 8, 10, 8, 14, 20, 14, 12, 40, 10, 14, 18, 40, 40}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	head := make([]any, len(xlsxHeaders))
	for i, h := range xlsxHeaders {
		head[i] = excelize.Cell{StyleID: st.header, Value: h}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{StyleID: st.header}); err != nil {
		return err
	}
	for i := range p.Clients {
		c := &p.Clients[i]
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, st.row(c)); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

type xlsxStyles struct{ header, text, date, yuan, stamp int }

func newStyles(f *excelize.File) (*xlsxStyles, error) {
	dateFmt, stampFmt := "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
	var s xlsxStyles
	var err error
	for _, x := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&s.header, &excelize.Style{Font: &excelize.Font{Bold: true}, NumFmt: 49,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}},
		{&s.text, &excelize.Style{NumFmt: 49}}, // @: Excel leaves an 18-character code alone
		{&s.date, &excelize.Style{CustomNumFmt: &dateFmt}},
		{&s.yuan, &excelize.Style{NumFmt: 2}}, // 0.00
		{&s.stamp, &excelize.Style{CustomNumFmt: &stampFmt}},
	} {
		if *x.id, err = f.NewStyle(x.style); err != nil {
			return nil, err
		}
	}
	return &s, nil
}

func (s *xlsxStyles) row(c *Client) []any {
	text := func(v string) any { return excelize.Cell{StyleID: s.text, Value: v} }
	if c.Err != nil {
		row := make([]any, len(xlsxHeaders))
		row[0] = text(c.File)
		row[len(row)-1] = text(c.Err.Zh)
		return row
	}
	yuan := func(f money.Fen) any {
		// The double nearest to the decimal, as model/sheet writes amounts.
		v, _ := strconv.ParseFloat(f.Plain(), 64)
		return excelize.Cell{StyleID: s.yuan, Value: v}
	}
	var next, what, days any
	if c.Next != nil {
		next = excelize.Cell{StyleID: s.date, Value: midnight(c.Next.Date)}
		what, days = text(c.Next.What.Zh), c.DaysLeft
	}
	var changed any
	if !c.LastChange.IsZero() {
		// Local wall time, as the accountant's clock shows it; Excel has
		// no zones.
		t := c.LastChange.Local()
		changed = excelize.Cell{StyleID: s.stamp, Value: time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)}
	}
	var note any
	if c.Upgrade {
		note = text(UpgradeNoteZh)
	}
	return []any{
		text(c.File), text(c.Firm), text(c.USCC), text(c.County), text(engine.ClassName(c.SizeClass).Zh),
		c.Counts.Eligible, c.Counts.MayApply, c.Counts.MissingData, c.Counts.Ineligible,
		yuan(c.Totals.Cash), yuan(c.Totals.CashPossible), yuan(c.Totals.TaxSaving),
		next, what, days, c.Missing, changed, text(ChangesText(c.Changes, "zh")), note,
	}
}

// ChangesText lists the marked benefits in words: 新：…；变更：….
func ChangesText(cs []Change, lang string) string {
	parts := make([]string, 0, len(cs))
	for _, ch := range cs {
		word := map[Mark]string{MarkNew: "新", MarkChanged: "变更"}[ch.Mark]
		if lang == "en" {
			word = map[Mark]string{MarkNew: "new", MarkChanged: "changed"}[ch.Mark]
		}
		sep := "："
		if lang == "en" {
			sep = ": "
		}
		parts = append(parts, word+sep+ch.Title.In(lang))
	}
	if lang == "en" {
		return strings.Join(parts, "; ")
	}
	return strings.Join(parts, "；")
}
