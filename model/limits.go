package model

import (
	"strings"
	"unicode/utf8"

	"huiqi/model/money"
)

// Limits on every input route (JSON, spreadsheets, the app's dialogs), so
// that no input can exhaust the machine or make a sum overflow (issue 11;
// README, "Limits").
const (
	// MaxText is the most characters (Unicode code points) of a text
	// field: names, counties, projects, services, ids.
	MaxText = 200
	// MaxTitle is the most characters of a patent's title.
	MaxTitle = 1000

	// MaxAmount is the largest amount, either way: 10^14 fen, 1 trillion
	// yuan, a thousand times what any firm this app serves could hold.
	MaxAmount = money.Fen(100_000_000_000_000)
	// MaxColumnTotal bounds the sum of the absolute values of one amount
	// column of one table (all R&D lines' amount_fen, all patents' income,
	// every year's revenue…). With it, any sum the engine forms within a
	// column is at most 10^14 fen, and such a sum times a rate of up to
	// 92,000 basis points (or a count up to 92,000) still fits in int64
	// (9.2 × 10^18); a sum across all 17 amount columns of a firm is at
	// most 1.7 × 10^15.
	MaxColumnTotal = MaxAmount

	// MaxMonths bounds terms and contracts (100 years); MaxRateBP a loan's
	// yearly rate (100%).
	MaxMonths = 1200
	MaxRateBP = 10_000
)

// text checks one text field: at most max characters, valid UTF-8 and no
// NUL (which SQLite and the forms would cut the text at).
func (v *validator) text(l *loc, s string, max int) {
	if s == "" {
		return
	}
	if !utf8.ValidString(s) {
		v.fail(l, "不是有效的 UTF-8 文本", "not valid UTF-8 text")
		return
	}
	if strings.IndexByte(s, 0) >= 0 {
		v.fail(l, "不能包含 NUL 字符", "must not contain the NUL character")
	}
	if n := utf8.RuneCountInString(s); n > max {
		v.fail(l, "最多 %d 个字符，实际 %d 个", "at most %d characters, got %d", max, n)
	}
}

// texts checks the length and content of every free text of the scenario
// (the contact fields have their own, shorter limits in firm).
func (v *validator) texts(sc *Scenario) {
	f := root("firm")
	v.text(f.at("name"), sc.Firm.Name, MaxText)
	v.text(f.at("uscc"), sc.Firm.USCC, MaxText)
	v.text(f.at("county"), sc.Firm.County, MaxText)
	for _, c := range [][2]string{{"address", sc.Firm.Address}, {"contact_person", sc.Firm.ContactPerson}, {"phone", sc.Firm.Phone}} {
		v.text(f.at(c[0]), c[1], MaxTitle) // NUL and UTF-8 here; length in firm
	}
	for i, p := range sc.People {
		l := root("people").item(i)
		v.text(l.at("id"), p.ID, MaxText)
		v.text(l.at("name"), p.Name, MaxText)
		v.text(l.at("id_number"), p.IDNumber, MaxText)
	}
	for i, p := range sc.Patents {
		l := root("patents").item(i)
		v.text(l.at("number"), p.Number, MaxText)
		v.text(l.at("title"), p.Title, MaxTitle)
	}
	for i, e := range sc.RDExpenses {
		v.text(root("rd_expenses").item(i).at("project"), e.Project, MaxText)
	}
	for i, in := range sc.Investments {
		l := root("investments").item(i)
		v.text(l.at("investee"), in.Investee, MaxText)
		v.text(l.at("investee_uscc"), in.InvesteeUSCC, MaxText)
	}
	for i, fee := range sc.Fees {
		v.text(root("fees").item(i).at("service"), fee.Service, MaxText)
	}
}

// column adds up the absolute values of one amount column and reports the
// row at which the sum first passes MaxColumnTotal.
type column struct {
	v        *validator
	sum      money.Fen
	reported bool
}

func (c *column) add(l func() *loc, f money.Fen) {
	if c.reported {
		return
	}
	if f < 0 {
		f = -f
	}
	if f > MaxAmount || c.sum > MaxColumnTotal-f {
		c.reported = true
		if f <= MaxAmount { // a single amount too large is reported by bounded
			c.v.fail(l(), "这一列的金额合计超出上限（最多 %d 分，即 1 万亿元）", "the total of this column is beyond the limit (at most %d fen, 1 trillion yuan)", int64(MaxColumnTotal))
		}
		return
	}
	c.sum += f
}

// totals bounds the sum of every amount column.
func (v *validator) totals(sc *Scenario) {
	col := func() *column { return &column{v: v} }
	at := func(table string, i int, field string) func() *loc {
		return func() *loc { return root(table).item(i).at(field) }
	}
	rev, assets, income := col(), col(), col()
	for i, f := range sc.Financials {
		for _, c := range []struct {
			c     *column
			field string
			f     *money.Fen
		}{{rev, "revenue_fen", f.Revenue}, {assets, "total_assets_fen", f.TotalAssets}, {income, "taxable_income_fen", f.TaxableIncome}} {
			if c.f != nil {
				c.c.add(at("financials", i, c.field), *c.f)
			}
		}
	}
	taxCols := [5]*column{col(), col(), col(), col(), col()}
	taxNames := [5]string{"vat_fen", "urban_construction_fen", "education_surcharge_fen", "local_education_surcharge_fen", "personal_income_fen"}
	for i, t := range sc.Taxes {
		for k, f := range [5]money.Fen{t.VAT, t.UrbanConstruction, t.EducationSurcharge, t.LocalEducationSurcharge, t.PersonalIncome} {
			taxCols[k].add(at("taxes", i, taxNames[k]), f)
		}
	}
	pIncome, pRewards := col(), col()
	for i, p := range sc.Patents {
		for j, in := range p.Income {
			pIncome.add(func() *loc { return root("patents").item(i).at("income").item(j).at("amount_fen") }, in.Amount)
		}
		for j, r := range p.RewardsPaid {
			pRewards.add(func() *loc { return root("patents").item(i).at("rewards_paid").item(j).at("amount_fen") }, r.Amount)
		}
	}
	rd := col()
	for i, e := range sc.RDExpenses {
		rd.add(at("rd_expenses", i, "amount_fen"), e.Amount)
	}
	inv := col()
	for i, in := range sc.Investments {
		inv.add(at("investments", i, "amount_fen"), in.Amount)
	}
	loans := col()
	for i, ln := range sc.Loans {
		loans.add(at("loans", i, "amount_fen"), ln.Amount)
	}
	std, charged := col(), col()
	for i, f := range sc.Fees {
		std.add(at("fees", i, "standard_fen"), f.Standard)
		charged.add(at("fees", i, "charged_fen"), f.Charged)
	}
}
