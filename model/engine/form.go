package engine

import "huiqi/model"

// FormTable is a table a rule's application form prints beside its
// conditions: the figures an officer checks (a hiring roster, an R&D
// ledger, a fee refund). It is printed in Chinese, as the forms are.
type FormTable struct {
	Caption string // a line printed above the table, or ""
	Columns []FormColumn
	Rows    [][]string
	Total   bool // the last row is a total, printed bold
}

// FormColumn is one column of a FormTable.
type FormColumn struct {
	Title    string
	Width    float64 // relative
	Numeric  bool    // amounts and counts: right-aligned
	Computed bool    // figures the rule worked out: marked on the form as resting on the clause
}

// founderTable lists the founders, whom most personal benefits rest on.
func founderTable(sc *model.Scenario) []FormTable {
	rows := [][]string{}
	for _, p := range sc.People {
		if !p.Founder {
			continue
		}
		rows = append(rows, []string{p.Name, p.IDNumber, dashIfEmpty(p.Graduated.String()), pick(p.InSchool, "是", "否")})
	}
	if len(rows) == 0 {
		return nil
	}
	return []FormTable{{Columns: []FormColumn{{Title: "创办人", Width: 1.4}, {Title: "身份证号码", Width: 2.4},
		{Title: "毕业日期", Width: 1.4}, {Title: "在校", Width: 0.8}}, Rows: rows}}
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
