package engine

import (
	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// founderCheck records whether some founder satisfies test, naming each
// founder with the values it looked at; the condition is the Kleene OR over
// founders, and a founder whose answer is unknown contributes the fields
// that would decide.
func (o *outcome) founderCheck(f *facts, what Text, test func(i int, p *model.Person) (model.Tri, []string, Text)) model.Tri {
	any := model.False
	var missing []string
	var lines []Text
	for _, i := range f.founders {
		p := &f.sc.People[i]
		ok, m, why := test(i, p)
		any = any.Or(ok)
		if ok == model.Unknown {
			missing = append(missing, m...)
		}
		lines = append(lines, tr("%s%s", "%s %s", Text{who(p), whoEn(p)}, why))
	}
	if len(f.founders) == 0 {
		lines = append(lines, Text{"没有登记创办人（founder）", "no founder recorded"})
	}
	reason := tr("%s：%s", "%s: %s", what, joinTexts(lines))
	return o.check(any, missing, reason)
}

// entrepreneurWhy explains the college-entrepreneur test for one founder.
func entrepreneurWhy(f *facts, p *model.Person) Text {
	switch g := f.graduated(p); {
	case p.InSchool:
		return Text{"在校学生", "in school"}
	case g.IsZero():
		return Text{"未登记毕业日期", "no graduation date"}
	default:
		until := g.AddYears(int(f.param(params.GraduateYears)))
		return tr("%s 毕业，5 年期至 %s", "graduated %s, 5 years until %s", g, until)
	}
}

func collegeTest(f *facts) func(int, *model.Person) (model.Tri, []string, Text) {
	return func(_ int, p *model.Person) (model.Tri, []string, Text) {
		return model.TriOf(f.collegeEntrepreneur(p)), nil, entrepreneurWhy(f, p)
	}
}

var whatCollege = Text{"大学生创业者（在校或毕业 5 年内的创办人）", "college entrepreneur (a founder in school or within 5 years of graduating)"}

// （九）允许在校大学生休学创业，大学生在校期间自主创业可向学校申请休学，保留学籍 2 年。
func studentStudySuspension() *Rule {
	return &Rule{
		ID: "student-study-suspension", Clause: "九",
		Title:    Text{"在校大学生休学创业保留学籍2年", "Students may suspend studies for 2 years to found a business"},
		Note:     Text{"创办人中有在校学生（in_school）即可向学校申请；学校审批，故为“可申请”。", "Any founder in school (in_school) may apply to the school, which decides: hence may apply."},
		Evidence: evidence(Text{"学生证及学校休学审批表", "Student card and the school's suspension form"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, Text{"创办人为在校大学生", "a founder is a student in school"},
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					return model.TriOf(p.InSchool), nil, pick(p.InSchool, Text{"在校", "in school"}, Text{"不在校", "not in school"})
				})
		},
	}
}

// （九）每年评审认定 20 个优秀大学生自主创业经营实体，每个给予 3 万至 5 万元的无偿资助。
func studentExcellentGrant() *Rule {
	return &Rule{
		ID: "student-excellent-grant", Clause: "九",
		Title: Text{"优秀大学生自主创业经营实体无偿资助3–5万元", "Grant of 30,000–50,000 yuan to outstanding student businesses"},
		Note: Text{"大学生创业者：在校或毕业 5 年内（含满 5 年当日）的创办人。每年评审认定 20 个，故为“可申请”；金额按下限 3 万元列示、上限 5 万元。",
			"College entrepreneur: a founder in school or within 5 years of graduating (the day 5 years on included). 20 are chosen a year, so may apply; the amount shows the 30,000 floor and the 50,000 ceiling."},
		Evidence: evidence(Text{"创办人毕业证或学生证", "The founder's diploma or student card"}, Text{"经营情况说明", "Account of the business"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, whatCollege, collegeTest(f))
			o.amounts(f.fen(params.GrantMin), f.fen(params.GrantMax))
			graduateDeadlineAdvice(f, o)
		},
	}
}

// graduateDeadlineAdvice says until when a graduate founder counts as a
// college entrepreneur.
func graduateDeadlineAdvice(f *facts, o *outcome) {
	for _, i := range f.founders {
		p := &f.sc.People[i]
		if f.withinGraduateYears(p) {
			o.advise(tr("%s毕业满 5 年（%s）后不再属于大学生创业者，请在此前申请", "%s stops counting as a college entrepreneur on %s (5 years after graduating): apply before then",
				Text{who(p), whoEn(p)}, f.graduated(p).AddYears(int(f.param(params.GraduateYears)))))
		}
	}
}

// （九）对毕业 5年内的普通高校毕业生自主创业并稳定经营一年以上，带动就业 5 人以上，
// 未享受创业园区扶持的创业实体，每年认定 200 户，每户给予 3000元的一次性创业场租补贴。
func graduateRentSubsidy() *Rule {
	return &Rule{
		ID: "graduate-rent-subsidy", Clause: "九",
		Title: Text{"毕业5年内高校毕业生创业场租补贴3000元", "Rent subsidy of 3,000 yuan for graduates' businesses"},
		Note: Text{"“毕业 5 年内”按申请时（评估日）判断；“稳定经营一年以上”指评估日不早于创办满 1 年之日；“带动就业 5 人以上”指评估日在职的非创办人员工不少于 5 人；须未享受创业园区扶持、实际租用场地，且此前未领取过本补贴。每年认定 200 户，故为“可申请”。",
			"'Within 5 years of graduating' is read on the evaluation date; 'operating stably over a year' means at least one year since founding; 'employing 5 or more' counts employees (not founders) on the evaluation date. The firm must not be supported by a start-up park, must rent its premises, and must not have had this subsidy. 200 firms a year: may apply."},
		Evidence: evidence(Text{"创办人毕业证", "The founder's diploma"}, Text{"场地租赁合同及租金发票", "Lease and rent invoices"},
			Text{"员工花名册及社保缴费记录", "Staff roster and social-insurance records"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			o.founderCheck(f, Text{"创办人为毕业 5 年内的高校毕业生", "a founder graduated within the last 5 years"},
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					g := f.graduated(p)
					if g.IsZero() {
						return model.False, nil, Text{"未登记毕业日期", "no graduation date"}
					}
					return model.TriOf(f.withinGraduateYears(p)), nil, entrepreneurWhy(f, p)
				})
			stable := f.sc.Firm.Founded.AddYears(int(f.param(params.RentStableYears)))
			if !o.checkBool(f.D >= stable, tr("稳定经营一年以上：创办于 %s，满 1 年之日 %s", "operating over a year: founded %s, one year on %s",
				f.sc.Firm.Founded, stable)) {
				o.advise(tr("%s 起经营满一年", "the firm completes its first year on %s", stable))
			}
			need := int(f.param(params.RentEmployees))
			if !o.checkBool(f.employees >= need, tr("带动就业 %d 人以上：在职员工（不含创办人）%d 人", "employing %d or more: %d employees besides founders",
				need, f.employees)) {
				o.advise(tr("再招用 %d 名员工即可达到 %d 人", "hire %d more employees to reach %d", need-f.employees, need))
			}
			o.check(f.sc.Firm.InStartupPark.Not(), []string{"firm.in_startup_park"},
				tr("未享受创业园区扶持：入驻创业园区 = %s", "not supported by a start-up park: in a park = %s", yesNo(f.sc.Firm.InStartupPark)))
			o.check(f.sc.Firm.RentsPremises, []string{"firm.rents_premises"},
				tr("租用经营场地：%s", "rents its premises: %s", yesNo(f.sc.Firm.RentsPremises)))
			notYet(f, o, "graduate-rent-subsidy")
			o.amounts(f.fen(params.RentSubsidy), f.fen(params.RentSubsidy))
		},
	}
}

// notYet is the condition that a one-off benefit was not received before.
func notYet(f *facts, o *outcome, id string) {
	r, got := f.received(id)
	if got {
		o.checkBool(false, tr("已于 %s 领取过，不能重复享受", "already received on %s; it is paid once", r.Date))
		return
	}
	o.checkBool(true, Text{"此前未领取过", "not received before"})
}

// （九）毕业学年或毕业 1 年内的普通高校毕业生开办网店从事电子商务创业并持续经营
// 半年以上的，按规定给予 2000 元的一次性网店补贴。
func graduateEshopSubsidy() *Rule {
	return &Rule{
		ID: "graduate-eshop-subsidy", Clause: "九",
		Title: Text{"毕业生开办网店一次性补贴2000元", "One-off grant of 2,000 yuan for graduates' online shops"},
		Note: Text{"“毕业学年或毕业 1 年内”读作：网店开办日在毕业前 1 年至毕业后 1 年之间（含两端），且不早于政策施行日；“持续经营半年以上”指评估日不早于开办满 6 个月之日；未领取过本补贴。",
			"'In the graduation year or within a year of graduating' is read as: the shop opened between one year before and one year after graduation (both days included), and not before the policy took effect; 'operating over half a year' means at least 6 months since opening; not received before."},
		Evidence: evidence(Text{"创办人毕业证", "The founder's diploma"}, Text{"网店开设证明及近 6 个月经营流水", "Proof of the shop and 6 months of sales records"}),
		eval: func(f *facts, o *outcome) {
			shop := f.sc.Firm.OnlineShopOpened
			if shop > f.D {
				shop = 0 // opened after D: not seen yet
			}
			inForce := f.date(params.PolicyInForce)
			around := int(f.param(params.EshopYearsAround))
			o.founderCheck(f, Text{"毕业生创办人且网店在毕业前后 1 年内开办", "a graduate founder, the shop opened within a year of graduating"},
				func(_ int, p *model.Person) (model.Tri, []string, Text) {
					g := f.graduated(p)
					switch {
					case g.IsZero():
						return model.False, nil, Text{"未登记毕业日期", "no graduation date"}
					case shop.IsZero():
						return model.False, nil, tr("%s 毕业，未开办网店", "graduated %s, no shop", g)
					}
					from, to := g.AddYears(-around), g.AddYears(around)
					ok := from <= shop && shop <= to && shop >= inForce
					return model.TriOf(ok), nil, tr("%s 毕业，网店须在 %s 至 %s 间开办（且不早于 %s），实际 %s",
						"graduated %s, shop due between %s and %s (and not before %s), opened %s", g, from, to, inForce, shop)
				})
			if !shop.IsZero() {
				six := shop.AddMonths(int(f.param(params.EshopMonths)))
				if !o.checkBool(f.D >= six, tr("持续经营半年以上：%s 开办，满 6 个月之日 %s", "operating over half a year: opened %s, six months on %s", shop, six)) {
					o.advise(tr("%s 起网店经营满半年，届时可申请", "the shop completes six months on %s; apply then", six))
				}
			}
			notYet(f, o, "graduate-eshop-subsidy")
			o.amounts(f.fen(params.EshopSubsidy), 0)
		},
	}
}

// （九）每年在全市范围内推选 30 户创业实体，其中认定具有创业引领作用的创业实体 10 户，
// 每户给予 2 万元的创业补贴，其他每户给予 1 万元的创业补贴。
func pioneerSubsidy() *Rule {
	return &Rule{
		ID: "pioneer-subsidy", Clause: "九",
		Title: Text{"创业实体补贴（引领型2万元，其他1万元）", "Start-up grant (20,000 yuan for leading firms, 10,000 others)"},
		Note: Text{"本条在（九）“支持大学生为主的青年创业创新”之下，读作：创办人中有大学生创业者或青年（评估日不满 36 周岁，按身份证号码中的出生日期计算）。每年推选 30 户（10 户 2 万元，20 户 1 万元），故为“可申请”，金额按 1 万元列示、上限 2 万元。",
			"Under clause (九) on youth entrepreneurship, read as: a founder who is a college entrepreneur or a youth (under 36 on the evaluation date, from the birth date in the ID number). 30 firms a year (10 get 20,000, 20 get 10,000): may apply, shown at 10,000 with a 20,000 ceiling."},
		Evidence: evidence(Text{"创办人身份证、毕业证", "The founder's ID card and diploma"}, Text{"创业项目及带动就业情况说明", "Account of the business and the jobs it created"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			maxAge := f.param(params.YouthMaxAge)
			o.founderCheck(f, Text{"创办人为大学生创业者或青年（35 周岁及以下）", "a founder is a college entrepreneur or a youth (35 or under)"},
				func(i int, p *model.Person) (model.Tri, []string, Text) {
					if f.collegeEntrepreneur(p) {
						return model.True, nil, entrepreneurWhy(f, p)
					}
					young, birth := f.youth(p)
					switch young {
					case model.Unknown:
						return model.Unknown, []string{personPath(i) + ".id_number"}, Text{"未登记身份证号码，无法计算年龄", "no ID number, so no age"}
					case model.True:
						return model.True, nil, tr("%s 出生，不满 %d 周岁", "born %s, under %d", birth, maxAge+1)
					}
					return model.False, nil, tr("%s 出生，已满 %d 周岁", "born %s, %d or older", birth, maxAge+1)
				})
			o.amounts(f.fen(params.PioneerLow), f.fen(params.PioneerHigh))
		},
	}
}

// （九）对符合条件的青年（大学生）给予不超过 10 万元的创业担保贷款，由财政部门按相关
// 规定贴息。
func youthGuaranteedLoan() *Rule {
	return &Rule{
		ID: "youth-guaranteed-loan", Clause: "九",
		Title: Text{"青年（大学生）创业担保贷款10万元", "Guaranteed loan of up to 100,000 yuan for young graduates"},
		Note: Text{"创办人中有大学生创业者（在校或毕业 5 年内）即可申请，额度上限 10 万元，财政贴息；科技型小微企业的创办人额度可提高到 20 万元（见 tech-sme-founder-loan）。",
			"A founder who is a college entrepreneur may borrow up to 100,000 yuan with the interest subsidised; founders of technology-based small firms may borrow 200,000 (see tech-sme-founder-loan)."},
		Evidence: evidence(Text{"创办人毕业证或学生证", "The founder's diploma or student card"}, Text{"贷款申请书及担保材料", "Loan application and guarantee documents"}),
		eval: func(f *facts, o *outcome) {
			o.founderCheck(f, whatCollege, collegeTest(f))
			o.amounts(0, f.fen(params.YouthLoanMax))
			if tech := techSMEFounderLoan().run(f); tech.Status == Eligible {
				o.say(tr("本企业为科技型小微企业，创办人担保贷款额度提高到 %s（见 tech-sme-founder-loan）",
					"as a technology-based small firm, the founder's ceiling rises to %s (see tech-sme-founder-loan)",
					money.Fen(f.param(params.TechLoanMax)).Yuan()))
			}
			graduateDeadlineAdvice(f, o)
		},
	}
}

func joinTexts(ts []Text) Text {
	var out Text
	for i, t := range ts {
		if i > 0 {
			out.Zh += "；"
			out.En += "; "
		}
		out.Zh += t.Zh
		out.En += t.En
	}
	return out
}
