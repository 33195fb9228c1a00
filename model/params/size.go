package params

import "fmt"

// Size-standard measures (工信部联企业〔2011〕300号): X staff, Y revenue and
// Z total assets, the last two in 万元.
const (
	MeasureStaff   = "staff"
	MeasureRevenue = "revenue"
	MeasureAssets  = "assets"
)

// SizeKey is the key of the lower bound of class (large, medium, small) on
// measure in an industry group, e.g. size.industrial.small.staff.
func SizeKey(group, class, measure string) string {
	return fmt.Sprintf("size.%s.%s.%s", group, class, measure)
}

// sizeStandard is one row of RULES.md §1: the lower bounds of each class.
// Zero means the group does not use that measure.
type sizeStandard struct {
	group string
	// bounds[class] = {staff, revenue 万元, assets 万元}
	large, medium, small [3]int64
}

// sizeStandards are the industry groups of the size standard, in RULES.md
// §1 order.
var sizeStandards = [...]sizeStandard{
	{"agriculture", [3]int64{0, 20000, 0}, [3]int64{0, 500, 0}, [3]int64{0, 50, 0}},
	{"industrial", [3]int64{1000, 40000, 0}, [3]int64{300, 2000, 0}, [3]int64{20, 300, 0}},
	{"construction", [3]int64{0, 80000, 80000}, [3]int64{0, 6000, 5000}, [3]int64{0, 300, 300}},
	{"wholesale", [3]int64{200, 40000, 0}, [3]int64{20, 5000, 0}, [3]int64{5, 1000, 0}},
	{"retail", [3]int64{300, 20000, 0}, [3]int64{50, 500, 0}, [3]int64{10, 100, 0}},
	{"transport", [3]int64{1000, 30000, 0}, [3]int64{300, 3000, 0}, [3]int64{20, 200, 0}},
	{"warehousing", [3]int64{200, 30000, 0}, [3]int64{100, 1000, 0}, [3]int64{20, 100, 0}},
	{"postal", [3]int64{1000, 30000, 0}, [3]int64{300, 2000, 0}, [3]int64{20, 100, 0}},
	{"accommodation", [3]int64{300, 10000, 0}, [3]int64{100, 2000, 0}, [3]int64{10, 100, 0}},
	{"catering", [3]int64{300, 10000, 0}, [3]int64{100, 2000, 0}, [3]int64{10, 100, 0}},
	{"information_transmission", [3]int64{2000, 100000, 0}, [3]int64{100, 1000, 0}, [3]int64{10, 100, 0}},
	{"software_it", [3]int64{300, 10000, 0}, [3]int64{100, 1000, 0}, [3]int64{10, 50, 0}},
	{"real_estate_development", [3]int64{0, 200000, 10000}, [3]int64{0, 1000, 5000}, [3]int64{0, 100, 2000}},
	{"property_management", [3]int64{1000, 5000, 0}, [3]int64{300, 1000, 0}, [3]int64{100, 500, 0}},
	{"leasing_business_services", [3]int64{300, 0, 120000}, [3]int64{100, 0, 8000}, [3]int64{10, 0, 100}},
	{"other", [3]int64{300, 0, 0}, [3]int64{100, 0, 0}, [3]int64{10, 0, 0}},
}

// sizeClasses are the classes with bounds, from the largest down; micro is
// what is left.
var sizeClasses = [...]string{"large", "medium", "small"}

var measures = [...]string{MeasureStaff, MeasureRevenue, MeasureAssets}

var (
	groupZh = map[string]string{"agriculture": "农林牧渔业", "industrial": "工业", "construction": "建筑业",
		"wholesale": "批发业", "retail": "零售业", "transport": "交通运输业", "warehousing": "仓储业", "postal": "邮政业",
		"accommodation": "住宿业", "catering": "餐饮业", "information_transmission": "信息传输业",
		"software_it": "软件和信息技术服务业", "real_estate_development": "房地产开发经营", "property_management": "物业管理",
		"leasing_business_services": "租赁和商务服务业", "other": "其他未列明行业"}
	classZh   = [...]string{"大型", "中型", "小型"}
	measureZh = [...]string{"从业人员", "营业收入", "资产总额"}
)

func sizeRows() []Param {
	from := d(2011, 6, 18) // the standard's effective date
	var rows []Param
	for _, s := range sizeStandards {
		for ci, bounds := range [3][3]int64{s.large, s.medium, s.small} {
			for mi, v := range bounds {
				if v == 0 {
					continue
				}
				unit := Wan
				if mi == 0 {
					unit = Count
				}
				rows = append(rows, Param{
					Key: SizeKey(s.group, sizeClasses[ci], measures[mi]), From: from,
					Value: v, Unit: unit, Cite: citeSize,
					Note:   fmt.Sprintf("企业划型（%s）：%s企业%s下限", groupZh[s.group], classZh[ci], measureZh[mi]),
					NoteEn: fmt.Sprintf("size class (%s): lower bound of %s for a %s firm", s.group, measures[mi], sizeClasses[ci]),
				})
			}
		}
	}
	return rows
}

// SizeMeasures lists the measures a group's standard uses (staff, revenue,
// assets), read from the table rows so code and table cannot disagree.
func (t *Table) SizeMeasures(group string) []string {
	var out []string
	for _, m := range measures {
		for _, c := range sizeClasses {
			if t.Has(SizeKey(group, c, m), d(2011, 6, 18)) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// SizeGroups lists the industry groups of the size standard.
func SizeGroups() []string {
	out := make([]string, len(sizeStandards))
	for i, s := range sizeStandards {
		out[i] = s.group
	}
	return out
}
