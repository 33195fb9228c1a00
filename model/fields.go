package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Field names for people. JSON paths (people[34].talent.home_in_yuxi) are
// the machine's way to name a field: the engine's `missing`, validation
// messages and the command line keep them. A person reads the record and
// the field in words instead: 人员 p35 杨建华 · 高层次人才 · 在玉溪购建住房.

// fieldLabels names every field of scenario.md by its path with the
// indexes taken out (people[].talent.home_in_yuxi).
var fieldLabels = map[string][2]string{
	"as_of": {"评估日期", "evaluation date"},

	"firm":                          {"企业信息", "firm"},
	"firm.name":                     {"企业名称", "firm name"},
	"firm.uscc":                     {"统一社会信用代码", "unified social credit code"},
	"firm.legal_form":               {"组织形式", "legal form"},
	"firm.ownership":                {"单位性质", "ownership"},
	"firm.founded":                  {"成立日期", "founding date"},
	"firm.county":                   {"所在县区", "county"},
	"firm.industry":                 {"所属行业", "industry"},
	"firm.in_startup_park":          {"是否享受创业园区扶持", "supported by a start-up park"},
	"firm.rents_premises":           {"是否租用经营场地", "rents its premises"},
	"firm.tax_compliant":            {"是否按期纳税", "pays taxes on time"},
	"firm.credit_clean":             {"有无严重失信记录（拖欠工资、欠缴社保）", "free of serious credit failings"},
	"firm.online_shop_opened":       {"网店开办日期", "online shop opened"},
	"firm.address":                  {"经营地址", "business address"},
	"firm.contact_person":           {"联系人", "contact person"},
	"firm.phone":                    {"联系电话", "phone"},
	"firm.certifications[]":         {"资质认定", "certification"},
	"firm.certifications[].kind":    {"认定类别", "kind"},
	"firm.certifications[].issued":  {"认定日期", "issued"},
	"firm.certifications[].expires": {"有效期至", "expires"},
	"firm.received[]":               {"已享受的政策", "benefit received"},
	"firm.received[].benefit":       {"政策", "benefit"},
	"firm.received[].date":          {"享受日期", "date"},

	"financials[]":                    {"财务数据", "accounts"},
	"financials[].year":               {"年度", "year"},
	"financials[].revenue_fen":        {"营业收入", "revenue"},
	"financials[].total_assets_fen":   {"资产总额", "total assets"},
	"financials[].taxable_income_fen": {"应纳税所得额", "taxable income"},

	"taxes[]":                               {"纳税情况", "taxes"},
	"taxes[].year":                          {"年度", "year"},
	"taxes[].vat_fen":                       {"增值税", "VAT"},
	"taxes[].urban_construction_fen":        {"城市维护建设税", "urban construction tax"},
	"taxes[].education_surcharge_fen":       {"教育费附加", "education surcharge"},
	"taxes[].local_education_surcharge_fen": {"地方教育附加", "local education surcharge"},
	"taxes[].personal_income_fen":           {"个人所得税", "personal income tax"},

	"people[]":                               {"人员", "person"},
	"people[].id":                            {"人员编号", "person id"},
	"people[].name":                          {"姓名", "name"},
	"people[].id_number":                     {"身份证号码", "ID number"},
	"people[].founder":                       {"是否创办人", "founder"},
	"people[].hired":                         {"入职日期", "hiring date"},
	"people[].left":                          {"离职日期", "leaving date"},
	"people[].contract_months":               {"劳动合同期限（月）", "contract length in months"},
	"people[].graduated":                     {"毕业日期", "graduation date"},
	"people[].in_school":                     {"是否在校学生", "in school"},
	"people[].categories":                    {"人员类别", "categories"},
	"people[].employment_certificate":        {"就业失业登记证", "employment certificate"},
	"people[].employment_certificate.issued": {"发证日期", "issued"},
	"people[].employment_certificate.self_employment": {"注明“自主创业税收政策”", "endorsed for self-employment"},
	"people[].farmer_certificate":                     {"新型职业农民资格证书", "new farmer certificate"},
	"people[].talent":                                 {"人才信息", "talent programme"},
	"people[].talent.program":                         {"人才类别", "programme"},
	"people[].talent.contract_years":                  {"工作合同年限", "contract years"},
	"people[].talent.home_in_yuxi":                    {"在玉溪购建住房", "home bought or built in Yuxi"},
	"people[].leave_from":                             {"离岗（停职）创业", "leave to found a business"},
	"people[].leave_from.kind":                        {"原单位类别", "kind of home unit"},
	"people[].leave_from.start":                       {"离岗开始日", "leave start"},

	"patents[]":                           {"专利", "patent"},
	"patents[].number":                    {"专利申请号", "application number"},
	"patents[].kind":                      {"专利类型", "kind"},
	"patents[].title":                     {"专利名称", "title"},
	"patents[].filed":                     {"申请日", "filing date"},
	"patents[].granted":                   {"授权公告日", "grant date"},
	"patents[].status":                    {"法律状态", "status"},
	"patents[].service_invention":         {"是否职务发明", "service invention"},
	"patents[].reward_agreed":             {"是否已约定奖励报酬", "rewards agreed"},
	"patents[].inventors":                 {"发明人", "inventors"},
	"patents[].income[]":                  {"收益", "income"},
	"patents[].income[].year":             {"年度", "year"},
	"patents[].income[].kind":             {"收益类型", "kind"},
	"patents[].income[].amount_fen":       {"金额", "amount"},
	"patents[].rewards_paid[]":            {"已发奖励报酬", "rewards paid"},
	"patents[].rewards_paid[].year":       {"年度", "year"},
	"patents[].rewards_paid[].amount_fen": {"金额", "amount"},

	"rd_expenses[]":             {"研发费用", "R&D expense"},
	"rd_expenses[].date":        {"日期", "date"},
	"rd_expenses[].project":     {"研发项目", "project"},
	"rd_expenses[].category":    {"费用类别", "category"},
	"rd_expenses[].amount_fen":  {"金额", "amount"},
	"rd_expenses[].capitalized": {"是否资本化", "capitalised"},

	"investments[]":               {"对外投资", "investment"},
	"investments[].investee":      {"被投资企业", "investee"},
	"investments[].investee_uscc": {"被投资企业统一社会信用代码", "investee's credit code"},
	"investments[].unlisted":      {"是否未上市", "unlisted"},
	"investments[].sme_high_tech": {"是否中小高新技术企业", "small or medium high-tech firm"},
	"investments[].startup_tech":  {"是否初创科技型企业", "start-up technology firm"},
	"investments[].amount_fen":    {"投资额", "amount"},
	"investments[].date":          {"投资日期", "date"},
	"investments[].exited":        {"退出日期", "exit date"},

	"loans[]":                {"贷款", "loan"},
	"loans[].kind":           {"贷款类别", "kind"},
	"loans[].borrower":       {"借款人", "borrower"},
	"loans[].amount_fen":     {"贷款金额", "amount"},
	"loans[].start":          {"放款日期", "start"},
	"loans[].term_months":    {"期限（月）", "term in months"},
	"loans[].rate_bp":        {"年利率", "interest rate"},
	"loans[].repaid_on_time": {"是否按期还款", "repaid on time"},

	"fees[]":                   {"收费", "fee"},
	"fees[].date":              {"日期", "date"},
	"fees[].service":           {"服务项目", "service"},
	"fees[].mandatory":         {"是否行政审批前置、强制性服务", "mandatory service"},
	"fees[].government_priced": {"收费标准是否实行政府管理", "government-priced"},
	"fees[].standard_fen":      {"核定收费标准", "approved standard"},
	"fees[].charged_fen":       {"实收金额", "amount charged"},
}

var indexRE = regexp.MustCompile(`\[[^\]]*\]`)

// FieldLabel is the name of a field given by its path (indexes are
// ignored: people[3].hired and people[].hired are the same field); ok is
// false for a path the format does not have.
func FieldLabel(path, lang string) (string, bool) {
	l, ok := fieldLabels[indexRE.ReplaceAllString(path, "[]")]
	if !ok {
		return "", false
	}
	if lang == "en" {
		return l[1], true
	}
	return l[0], true
}

// step is one element of a path: a key, optionally with an index or a
// year selector (financials[year=2020]).
type pathStep struct {
	key   string
	index int // -1: none
	year  int // a [year=N] selector; 0: none
}

func splitPath(path string) []pathStep {
	var out []pathStep
	for _, part := range strings.Split(path, ".") {
		s := pathStep{index: -1}
		key, rest, _ := strings.Cut(part, "[")
		s.key = key
		if rest != "" {
			sel := strings.TrimSuffix(rest, "]")
			if y, ok := strings.CutPrefix(sel, "year="); ok {
				s.year, _ = strconv.Atoi(y)
			} else if i, err := strconv.Atoi(sel); err == nil {
				s.index = i
			}
		}
		out = append(out, s)
	}
	return out
}

// DescribePath names the field at path in words a person can act on: the
// record (人员 p35 杨建华, 专利 ZL201610123456.6, 财务数据 2020 年) and the
// field, joined by " · ". A path the format does not have is returned as
// it is.
func DescribePath(sc *Scenario, path, lang string) string {
	steps := splitPath(path)
	if len(steps) == 0 {
		return path
	}
	field, ok := FieldLabel(path, lang)
	if !ok {
		return path
	}
	parts := []string{}
	if rec := describeRecord(sc, steps, lang); rec != "" {
		parts = append(parts, rec)
	}
	// Name an intermediate object (talent, employment certificate) by its
	// kind, then the field itself.
	if len(steps) >= 3 && steps[0].key == "people" {
		parts = append(parts, personPart(sc, steps, lang)...)
	}
	if len(parts) == 0 || parts[len(parts)-1] != field {
		parts = append(parts, field)
	}
	return strings.Join(parts, " · ")
}

func pickLang(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}

// describeRecord names the record a path starts in.
func describeRecord(sc *Scenario, steps []pathStep, lang string) string {
	s := steps[0]
	kind, _ := FieldLabel(s.key+"[]", lang)
	i := s.index
	switch s.key {
	case "firm":
		if len(steps) > 1 && steps[1].index >= 0 {
			sub, _ := FieldLabel("firm."+steps[1].key+"[]", lang)
			j := steps[1].index
			switch {
			case steps[1].key == "certifications" && sc != nil && j < len(sc.Firm.Certifications):
				return sub + " " + CertKinds.Label(sc.Firm.Certifications[j].Kind, lang)
			case steps[1].key == "received" && sc != nil && j < len(sc.Firm.Received):
				return sub + " " + sc.Firm.Received[j].Date.String()
			}
			return sub + " " + strconv.Itoa(j+1)
		}
		label, _ := FieldLabel("firm", lang)
		return label
	case "financials", "taxes":
		year := s.year
		if i >= 0 && sc != nil {
			if s.key == "financials" && i < len(sc.Financials) {
				year = sc.Financials[i].Year
			}
			if s.key == "taxes" && i < len(sc.Taxes) {
				year = sc.Taxes[i].Year
			}
		}
		if year > 0 {
			return kind + " " + pickLang(lang, fmt.Sprintf("%d 年", year), strconv.Itoa(year))
		}
	case "people":
		if sc != nil && i >= 0 && i < len(sc.People) {
			p := sc.People[i]
			return kind + " " + p.ID + " " + p.Name
		}
	case "patents":
		if sc != nil && i >= 0 && i < len(sc.Patents) {
			return kind + " " + sc.Patents[i].Number
		}
	case "rd_expenses":
		if sc != nil && i >= 0 && i < len(sc.RDExpenses) {
			e := sc.RDExpenses[i]
			return kind + " " + e.Date.String() + " " + e.Project
		}
	case "investments":
		if sc != nil && i >= 0 && i < len(sc.Investments) {
			return kind + " " + sc.Investments[i].Investee
		}
	case "loans":
		if sc != nil && i >= 0 && i < len(sc.Loans) {
			l := sc.Loans[i]
			return kind + " " + l.Start.String() + " " + l.Amount.Yuan()
		}
	case "fees":
		if sc != nil && i >= 0 && i < len(sc.Fees) {
			f := sc.Fees[i]
			return kind + " " + f.Date.String() + " " + f.Service
		}
	case "as_of":
		return ""
	}
	if i >= 0 {
		return kind + " " + pickLang(lang, fmt.Sprintf("第 %d 条", i+1), fmt.Sprintf("no. %d", i+1))
	}
	return kind
}

// personPart names the object inside a person a path goes through: the
// talent programme (高层次人才), the certificate, the leave.
func personPart(sc *Scenario, steps []pathStep, lang string) []string {
	i := steps[0].index
	if sc == nil || i < 0 || i >= len(sc.People) {
		return nil
	}
	p := sc.People[i]
	switch steps[1].key {
	case "talent":
		if p.Talent != nil {
			return []string{TalentPrograms.Label(p.Talent.Program, lang)}
		}
	case "leave_from":
		if p.LeaveFrom != nil {
			return []string{LeaveKinds.Label(p.LeaveFrom.Kind, lang)}
		}
	}
	if l, ok := FieldLabel("people[]."+steps[1].key, lang); ok {
		return []string{l}
	}
	return nil
}
