package engine

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// Size classes, largest first (RULES.md §1).
const (
	Large  = "large"
	Medium = "medium"
	Small  = "small"
	Micro  = "micro"
)

var classOrder = []string{Large, Medium, Small, Micro}

// sizeGroup maps an industry code to its row of the size standard
// (工信部联企业〔2011〕300号): manufacturing, mining, utilities and tobacco
// are all 工业; entertainment falls under 其他未列明行业.
func sizeGroup(industry string) string {
	switch industry {
	case "manufacturing", "mining", "utilities", "tobacco":
		return "industrial"
	case "entertainment", "other":
		return "other"
	}
	return industry
}

// Size is the firm's size class (企业划型) with what it rests on. An
// unknown measure leaves the class open between Low (the measure at 0) and
// High (the measure at infinity); the class is Known when they agree.
type Size struct {
	Known        bool
	Low, High    string
	SmallOrMicro model.Tri // 小微企业
	Staff        int
	Year         int            // the financials row used; 0 when none
	Revenue      *int64         // fen; nil when unknown or unused
	Assets       *int64         // fen
	Missing      []string       // fields that would decide the class
	Reason       Text           // the class and the measures, in words
	Basis        []params.Param // the size-standard rows compared
}

// classify applies §1: X = staff(D); revenue Y and total assets Z from the
// financials row of the latest year from the founding year to Y−1 (a firm
// founded in year Y uses its year-Y row).
func classify(f *facts) Size {
	s := Size{Staff: f.staff}
	group := sizeGroup(f.sc.Firm.Industry)
	uses := map[string]bool{}
	for _, m := range f.p.SizeMeasures(group) {
		uses[m] = true
	}
	founded := f.sc.Firm.Founded.Year()
	last := f.Y - 1
	if founded == f.Y {
		last = f.Y
	}
	row := -1
	for i, fin := range f.sc.Financials {
		if fin.Year >= founded && fin.Year <= last && (row < 0 || fin.Year > f.sc.Financials[row].Year) {
			row = i
		}
	}
	if row >= 0 {
		s.Year = f.sc.Financials[row].Year
	}
	field := map[string]string{params.MeasureRevenue: "revenue_fen", params.MeasureAssets: "total_assets_fen"}
	measure := func(m string, get func(model.Financial) *money.Fen) (low, high int64) {
		if !uses[m] {
			return 0, 0
		}
		if row >= 0 {
			if v := get(f.sc.Financials[row]); v != nil {
				return int64(*v), int64(*v)
			}
			s.Missing = append(s.Missing, fmt.Sprintf("financials[%d].%s", row, field[m]))
		} else {
			// No row: name the year that is needed.
			s.Missing = append(s.Missing, fmt.Sprintf("financials[year=%d].%s", last, field[m]))
		}
		return 0, infinity
	}
	revLow, revHigh := measure(params.MeasureRevenue, func(x model.Financial) *money.Fen { return x.Revenue })
	assLow, assHigh := measure(params.MeasureAssets, func(x model.Financial) *money.Fen { return x.TotalAssets })
	if revLow == revHigh && uses[params.MeasureRevenue] {
		s.Revenue = &revLow
	}
	if assLow == assHigh && uses[params.MeasureAssets] {
		s.Assets = &assLow
	}
	s.Low = sizeClass(f, group, int64(f.staff), revLow, assLow, &s.Basis)
	s.High = sizeClass(f, group, int64(f.staff), revHigh, assHigh, &s.Basis)
	s.Known = s.Low == s.High
	if !s.Known {
		s.Missing = uniq(s.Missing)
	} else {
		s.Missing = nil
	}
	switch {
	case s.High == Small || s.High == Micro:
		s.SmallOrMicro = model.True
	case s.Low == Large || s.Low == Medium:
		s.SmallOrMicro = model.False
	default:
		s.SmallOrMicro = model.Unknown
	}
	s.Reason = s.describe(f, uses)
	return s
}

// infinity stands for an unknown measure's upper bound: larger than any
// threshold in 万元 or staff.
const infinity = int64(1) << 62

// wanFen is 1 万元 in fen.
const wanFen = 1_000_000

// sizeClass is the largest class whose every lower bound the measures
// meet; micro when none. The rows it compares go into used.
func sizeClass(f *facts, group string, staff, revenue, assets int64, used *[]params.Param) string {
	for _, class := range classOrder[:3] {
		ok := true
		for _, m := range []struct {
			name  string
			value int64
			scale int64
		}{{params.MeasureStaff, staff, 1}, {params.MeasureRevenue, revenue, wanFen}, {params.MeasureAssets, assets, wanFen}} {
			key := params.SizeKey(group, class, m.name)
			if !f.p.Has(key, f.D) {
				continue
			}
			row := f.p.Row(key, f.D)
			*used = append(*used, row)
			if m.value < row.Value*m.scale {
				ok = false
				break
			}
		}
		if ok {
			return class
		}
	}
	return Micro
}

var classNames = map[string]Text{
	Large: {"大型", "large"}, Medium: {"中型", "medium"}, Small: {"小型", "small"}, Micro: {"微型", "micro"},
}

// ClassName is a size class in words.
func ClassName(class string) Text {
	if t, ok := classNames[class]; ok {
		return t
	}
	return Text{"无法确定", "undetermined"}
}

func (s Size) describe(f *facts, uses map[string]bool) Text {
	zh := fmt.Sprintf("从业人员 %d 人", s.Staff)
	en := fmt.Sprintf("%d staff", s.Staff)
	wan := func(v *int64) (string, string) {
		if v == nil {
			return "未知", "unknown"
		}
		return fmtWan(*v) + " 万元", fmtWan(*v) + " ten-thousand yuan"
	}
	if uses[params.MeasureRevenue] {
		z, e := wan(s.Revenue)
		zh, en = zh+"，营业收入 "+z, en+", revenue "+e
	}
	if uses[params.MeasureAssets] {
		z, e := wan(s.Assets)
		zh, en = zh+"，资产总额 "+z, en+", total assets "+e
	}
	if s.Year > 0 && (uses[params.MeasureRevenue] || uses[params.MeasureAssets]) {
		zh += fmt.Sprintf("（%d 年度）", s.Year)
		en += fmt.Sprintf(" (%d accounts)", s.Year)
	}
	industry := Text{model.Industries.Label(f.sc.Firm.Industry, "zh"), model.Industries.Label(f.sc.Firm.Industry, "en")}
	if s.Known {
		return Text{
			fmt.Sprintf("按%s标准为%s企业（%s）", industry.Zh, ClassName(s.Low).Zh, zh),
			fmt.Sprintf("%s by the %s standard (%s)", ClassName(s.Low).En, industry.En, en),
		}
	}
	return Text{
		fmt.Sprintf("按%s标准介于%s与%s之间，无法确定（%s）", industry.Zh, ClassName(s.Low).Zh, ClassName(s.High).Zh, zh),
		fmt.Sprintf("between %s and %s by the %s standard, undetermined (%s)", ClassName(s.Low).En, ClassName(s.High).En, industry.En, en),
	}
}

// fmtWan writes fen as 万元 with up to six decimals, trailing zeros dropped:
// 260000000 → 260, 123456 → 0.123456.
func fmtWan(fen int64) string {
	whole, frac := fen/wanFen, fen%wanFen
	if frac == 0 {
		return fmt.Sprint(whole)
	}
	s := fmt.Sprintf("%d.%06d", whole, frac)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}
