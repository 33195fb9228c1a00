package sheet

import (
	"huiqi/model"
	"huiqi/model/ident"
	"huiqi/model/money"
	"huiqi/model/msg"
)

// The column lists of the eight tables. Field names are scenario.md's; a
// nested object of a person (employment_certificate, talent, leave_from) is
// flattened into dotted columns, the same paths validation messages use.

var peopleTable = &table[model.Person]{
	name: "people", chinese: "人员",
	slice: func(sc *model.Scenario) *[]model.Person { return &sc.People },
	fresh: func() model.Person { return model.Person{Categories: []string{}} },
	fields: []field[model.Person]{
		{Column: Column{Field: "id", Header: "人员编号", Kind: Code, Nullable: true, Example: "p1",
			Note: "人员编号，贷款的借款人和专利的发明人用它指人；留空则导入时自动编为 p1、p2…（不与已有编号重复）"},
			get: func(p *model.Person) cell { return textCell(p.ID) },
			set: func(p *model.Person, c cell) { p.ID = c.s }},
		{Column: Column{Field: "name", Header: "姓名", Kind: Text, Required: true, Example: "李明", Note: "姓名"},
			get: func(p *model.Person) cell { return textCell(p.Name) },
			set: func(p *model.Person, c cell) { p.Name = c.s }},
		{Column: Column{Field: "id_number", Header: "身份证号码", Kind: Code, Nullable: true, upper: true, valid: validID,
			Example: "530402199203150017",
			Note:    "18 位居民身份证号码，请把该列设为文本格式（Excel 会把长数字舍入到 15 位）；留空为未知"},
			get: func(p *model.Person) cell { return textCell(p.IDNumber) },
			set: func(p *model.Person, c cell) { p.IDNumber = c.s }},
		{Column: Column{Field: "founder", Header: "创办人", Kind: Bool, Example: "是",
			Note: "是否为企业创办人（出资人、法定代表人）"},
			get: func(p *model.Person) cell { return boolCell(p.Founder) },
			set: func(p *model.Person, c cell) { p.Founder = c.n != 0 }},
		{Column: Column{Field: "hired", Header: "入职日期", Kind: Date, Nullable: true, Example: "2016-03-15",
			Note: "签订劳动合同、进入工资名册的日期；留空表示不在工资名册上"},
			get: func(p *model.Person) cell { return dateCell(p.Hired) },
			set: func(p *model.Person, c cell) { p.Hired = c.date() }},
		{Column: Column{Field: "left", Header: "离职日期", Kind: Date, Nullable: true,
			Note: "离职日期；留空表示仍在职"},
			get: func(p *model.Person) cell { return dateCell(p.Left) },
			set: func(p *model.Person, c cell) { p.Left = c.date() }},
		{Column: Column{Field: "contract_months", Header: "合同期限(月)", Kind: Int, Nullable: true, Example: "36",
			Note: "劳动合同期限，以月计；留空为未知"},
			get: func(p *model.Person) cell { return intPtrCell(p.ContractMonths) },
			set: func(p *model.Person, c cell) { p.ContractMonths = c.intPtr() }},
		{Column: Column{Field: "graduated", Header: "毕业日期", Kind: Date, Nullable: true, Example: "2014-07-01",
			Note: "高校毕业日期；留空表示不是高校毕业生"},
			get: func(p *model.Person) cell { return dateCell(p.Graduated) },
			set: func(p *model.Person, c cell) { p.Graduated = c.date() }},
		{Column: Column{Field: "in_school", Header: "在校学生", Kind: Bool, Example: "否",
			Note: "是否为在校大学生"},
			get: func(p *model.Person) cell { return boolCell(p.InSchool) },
			set: func(p *model.Person, c cell) { p.InSchool = c.n != 0 }},
		{Column: Column{Field: "categories", Header: "人员类别", Kind: List, Enum: &model.Categories, Nullable: true,
			Example: "城镇登记失业人员",
			Note:    "创业担保贷款申请条件人员类别，可填多个，用 ；、或 ; 分隔；高校毕业生由毕业日期判断，不必填写"},
			get: func(p *model.Person) cell { return listCell(p.Categories) },
			set: func(p *model.Person, c cell) { p.Categories = nonNil(c.list) }},
		{Column: Column{Field: "employment_certificate.issued", Header: "就业失业登记证发证日期", Kind: Date, Nullable: true,
			Note: "《就业失业登记证》的发证日期；留空表示没有登记证"},
			get: func(p *model.Person) cell {
				if p.EmploymentCertificate == nil {
					return cell{null: true}
				}
				return dateCell(p.EmploymentCertificate.Issued)
			},
			set: func(p *model.Person, c cell) {
				if !c.null {
					cert(p).Issued = c.date()
				}
			}},
		{Column: Column{Field: "employment_certificate.self_employment", Header: "登记证注明自主创业", Kind: Bool,
			Note: "登记证是否注明“自主创业税收政策”（填“是”时须填写发证日期）"},
			get: func(p *model.Person) cell {
				if p.EmploymentCertificate == nil {
					return cell{null: true}
				}
				return boolCell(p.EmploymentCertificate.SelfEmployment)
			},
			set: func(p *model.Person, c cell) {
				if c.n != 0 {
					cert(p).SelfEmployment = true
				}
			}},
		{Column: Column{Field: "farmer_certificate", Header: "新型职业农民证书", Kind: Bool, Example: "否",
			Note: "是否持有“新型职业农民资格证书”"},
			get: func(p *model.Person) cell { return boolCell(p.FarmerCertificate) },
			set: func(p *model.Person, c cell) { p.FarmerCertificate = c.n != 0 }},
		{Column: Column{Field: "talent.program", Header: "人才类别", Kind: Enum, Enum: &model.TalentPrograms, Nullable: true,
			Note: "引进人才所属计划；留空表示不是引进人才"},
			get: func(p *model.Person) cell {
				if p.Talent == nil {
					return cell{null: true}
				}
				return textCell(p.Talent.Program)
			},
			set: func(p *model.Person, c cell) {
				if !c.null {
					talent(p).Program = c.s
				}
			},
			check: func(p *model.Person) *problem {
				if p.Talent != nil && p.Talent.Program == "" {
					return &problem{msg.Errorf("填写了人才合同年限或在玉溪安家时，须填写人才类别",
						"a talent's contract years or home in Yuxi are given, so the talent programme is required")}
				}
				return nil
			}},
		{Column: Column{Field: "talent.contract_years", Header: "人才合同年限(年)", Kind: Int, Nullable: true,
			Note: "引进人才的服务合同年限；留空为未知"},
			get: func(p *model.Person) cell {
				if p.Talent == nil {
					return cell{null: true}
				}
				return intPtrCell(p.Talent.ContractYears)
			},
			set: func(p *model.Person, c cell) {
				if !c.null {
					talent(p).ContractYears = c.intPtr()
				}
			}},
		{Column: Column{Field: "talent.home_in_yuxi", Header: "在玉溪安家", Kind: Tri, Nullable: true,
			Note: "引进人才是否已在玉溪购房安家；留空为未知"},
			get: func(p *model.Person) cell {
				if p.Talent == nil {
					return cell{null: true}
				}
				return triCell(p.Talent.HomeInYuxi)
			},
			set: func(p *model.Person, c cell) {
				if !c.null {
					talent(p).HomeInYuxi = c.tri()
				}
			}},
		{Column: Column{Field: "leave_from.kind", Header: "离岗创业类型", Kind: Enum, Enum: &model.LeaveKinds, Nullable: true,
			Note: "离岗（停职）创业的原单位类型；留空表示没有离岗创业"},
			get: func(p *model.Person) cell {
				if p.LeaveFrom == nil {
					return cell{null: true}
				}
				return textCell(p.LeaveFrom.Kind)
			},
			set: func(p *model.Person, c cell) {
				if !c.null {
					leave(p).Kind = c.s
				}
			},
			check: func(p *model.Person) *problem {
				if p.LeaveFrom != nil && p.LeaveFrom.Kind == "" {
					return &problem{msg.Errorf("填写了离岗开始日期时，须填写离岗创业类型",
						"a leave start date is given, so the kind of leave is required")}
				}
				return nil
			}},
		{Column: Column{Field: "leave_from.start", Header: "离岗开始日期", Kind: Date, Nullable: true,
			Note: "离岗（停职）创业的开始日期"},
			get: func(p *model.Person) cell {
				if p.LeaveFrom == nil {
					return cell{null: true}
				}
				return dateCell(p.LeaveFrom.Start)
			},
			set: func(p *model.Person, c cell) {
				if !c.null {
					leave(p).Start = c.date()
				}
			}},
	},
}

func validID(s string) bool   { return ident.CheckResidentID(s) == nil }
func validUSCC(s string) bool { return ident.CheckUSCC(s) == nil }

func cert(p *model.Person) *model.EmploymentCertificate {
	if p.EmploymentCertificate == nil {
		p.EmploymentCertificate = &model.EmploymentCertificate{}
	}
	return p.EmploymentCertificate
}

func talent(p *model.Person) *model.Talent {
	if p.Talent == nil {
		p.Talent = &model.Talent{}
	}
	return p.Talent
}

func leave(p *model.Person) *model.Leave {
	if p.LeaveFrom == nil {
		p.LeaveFrom = &model.Leave{}
	}
	return p.LeaveFrom
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// Patents are flat rows: their income and the rewards paid to inventors
// are lists per patent, entered in the app, and are left empty here.
var patentTable = &table[model.Patent]{
	name: "patents", chinese: "专利",
	slice: func(sc *model.Scenario) *[]model.Patent { return &sc.Patents },
	fresh: func() model.Patent {
		return model.Patent{Inventors: []string{}, Income: []model.PatentIncome{}, RewardsPaid: []model.RewardPaid{}}
	},
	fields: []field[model.Patent]{
		{Column: Column{Field: "number", Header: "专利申请号", Kind: Code, Required: true, upper: true,
			Example: "ZL201610123456.6", Note: "专利申请号，可带或不带 ZL 前缀和小数点，如 ZL201610123456.6"},
			get: func(p *model.Patent) cell { return textCell(p.Number) },
			set: func(p *model.Patent, c cell) { p.Number = c.s }},
		{Column: Column{Field: "kind", Header: "专利类型", Kind: Enum, Enum: &model.PatentKinds, Required: true,
			Example: "发明专利", Note: "专利类型"},
			get: func(p *model.Patent) cell { return textCell(p.Kind) },
			set: func(p *model.Patent, c cell) { p.Kind = c.s }},
		{Column: Column{Field: "title", Header: "专利名称", Kind: Text, Required: true, Example: "一种烟叶烘烤温控装置",
			Note: "发明创造名称"},
			get: func(p *model.Patent) cell { return textCell(p.Title) },
			set: func(p *model.Patent, c cell) { p.Title = c.s }},
		{Column: Column{Field: "filed", Header: "申请日", Kind: Date, Required: true, Example: "2016-04-01",
			Note: "专利申请日"},
			get: func(p *model.Patent) cell { return dateCell(p.Filed) },
			set: func(p *model.Patent, c cell) { p.Filed = c.date() }},
		{Column: Column{Field: "granted", Header: "授权公告日", Kind: Date, Nullable: true, Example: "2017-06-20",
			Note: "授权公告日；留空表示尚未授权"},
			get: func(p *model.Patent) cell { return dateCell(p.Granted) },
			set: func(p *model.Patent, c cell) { p.Granted = c.date() }},
		{Column: Column{Field: "status", Header: "法律状态", Kind: Enum, Enum: &model.PatentStatuses, Required: true,
			Example: "已授权", Note: "专利的法律状态"},
			get: func(p *model.Patent) cell { return textCell(p.Status) },
			set: func(p *model.Patent, c cell) { p.Status = c.s }},
		{Column: Column{Field: "service_invention", Header: "职务发明", Kind: Bool, Example: "是",
			Note: "是否为职务发明创造"},
			get: func(p *model.Patent) cell { return boolCell(p.ServiceInvention) },
			set: func(p *model.Patent, c cell) { p.ServiceInvention = c.n != 0 }},
		{Column: Column{Field: "reward_agreed", Header: "已约定奖酬", Kind: Bool, Example: "否",
			Note: "单位与发明人是否已约定奖励、报酬"},
			get: func(p *model.Patent) cell { return boolCell(p.RewardAgreed) },
			set: func(p *model.Patent, c cell) { p.RewardAgreed = c.n != 0 }},
		{Column: Column{Field: "inventors", Header: "发明人编号", Kind: List, Nullable: true, Example: "p1",
			Note: "发明人的人员编号（见人员表），多个用 ；、或 ; 分隔。专利的收益和已发奖酬请在程序中逐年录入，表格导入时为空"},
			get: func(p *model.Patent) cell { return listCell(p.Inventors) },
			set: func(p *model.Patent, c cell) { p.Inventors = nonNil(c.list) }},
	},
}

var rdTable = &table[model.RDExpense]{
	name: "rd_expenses", chinese: "研发费用",
	slice: func(sc *model.Scenario) *[]model.RDExpense { return &sc.RDExpenses },
	fresh: func() model.RDExpense { return model.RDExpense{} },
	fields: []field[model.RDExpense]{
		{Column: Column{Field: "date", Header: "日期", Kind: Date, Required: true, Example: "2016-06-30",
			Note: "记账日期"},
			get: func(e *model.RDExpense) cell { return dateCell(e.Date) },
			set: func(e *model.RDExpense, c cell) { e.Date = c.date() }},
		{Column: Column{Field: "project", Header: "研发项目", Kind: Text, Required: true, Example: "温控算法",
			Note: "研发项目名称"},
			get: func(e *model.RDExpense) cell { return textCell(e.Project) },
			set: func(e *model.RDExpense, c cell) { e.Project = c.s }},
		{Column: Column{Field: "category", Header: "费用类别", Kind: Enum, Enum: &model.RDCategories, Required: true,
			Example: "人员人工费用", Note: "研发费用类别（研发支出辅助账）"},
			get: func(e *model.RDExpense) cell { return textCell(e.Category) },
			set: func(e *model.RDExpense, c cell) { e.Category = c.s }},
		{Column: Column{Field: "amount_fen", Header: "金额(元)", Kind: Fen, Required: true, Example: "300000.00",
			Note: "金额"},
			get: func(e *model.RDExpense) cell { return fenCell(int64(e.Amount)) },
			set: func(e *model.RDExpense, c cell) { e.Amount = money.Fen(c.n) }},
		{Column: Column{Field: "capitalized", Header: "资本化", Kind: Bool, Example: "否",
			Note: "是否资本化（计入无形资产）"},
			get: func(e *model.RDExpense) cell { return boolCell(e.Capitalized) },
			set: func(e *model.RDExpense, c cell) { e.Capitalized = c.n != 0 }},
	},
}

var investmentTable = &table[model.Investment]{
	name: "investments", chinese: "对外投资",
	slice: func(sc *model.Scenario) *[]model.Investment { return &sc.Investments },
	fresh: func() model.Investment { return model.Investment{} },
	fields: []field[model.Investment]{
		{Column: Column{Field: "investee", Header: "被投资企业", Kind: Text, Required: true, Example: "玉溪某新材料有限公司",
			Note: "被投资企业名称"},
			get: func(in *model.Investment) cell { return textCell(in.Investee) },
			set: func(in *model.Investment, c cell) { in.Investee = c.s }},
		{Column: Column{Field: "investee_uscc", Header: "被投资企业统一社会信用代码", Kind: Code, Nullable: true, upper: true, valid: validUSCC,
			Note: "18 位统一社会信用代码；留空为未知"},
			get: func(in *model.Investment) cell { return textCell(in.InvesteeUSCC) },
			set: func(in *model.Investment, c cell) { in.InvesteeUSCC = c.s }},
		{Column: Column{Field: "unlisted", Header: "未上市", Kind: Bool, Example: "是",
			Note: "被投资企业是否未上市"},
			get: func(in *model.Investment) cell { return boolCell(in.Unlisted) },
			set: func(in *model.Investment, c cell) { in.Unlisted = c.n != 0 }},
		{Column: Column{Field: "sme_high_tech", Header: "中小高新技术企业", Kind: Bool, Example: "是",
			Note: "被投资企业是否为中小高新技术企业"},
			get: func(in *model.Investment) cell { return boolCell(in.SMEHighTech) },
			set: func(in *model.Investment, c cell) { in.SMEHighTech = c.n != 0 }},
		{Column: Column{Field: "startup_tech", Header: "初创科技型企业", Kind: Bool, Example: "否",
			Note: "投资时被投资企业是否为初创科技型企业（以现金直接投资）；不填为否"},
			get: func(in *model.Investment) cell { return boolCell(in.StartupTech) },
			set: func(in *model.Investment, c cell) { in.StartupTech = c.n != 0 }},
		{Column: Column{Field: "amount_fen", Header: "投资额(元)", Kind: Fen, Required: true, Example: "1000000.00",
			Note: "投资额"},
			get: func(in *model.Investment) cell { return fenCell(int64(in.Amount)) },
			set: func(in *model.Investment, c cell) { in.Amount = money.Fen(c.n) }},
		{Column: Column{Field: "date", Header: "投资日期", Kind: Date, Required: true, Example: "2015-06-30",
			Note: "投资日期"},
			get: func(in *model.Investment) cell { return dateCell(in.Date) },
			set: func(in *model.Investment, c cell) { in.Date = c.date() }},
		{Column: Column{Field: "exited", Header: "退出日期", Kind: Date, Nullable: true,
			Note: "退出日期；留空表示仍持有"},
			get: func(in *model.Investment) cell { return dateCell(in.Exited) },
			set: func(in *model.Investment, c cell) { in.Exited = c.date() }},
	},
}

var firmAlias = map[string]string{"企业": model.BorrowerFirm, "本企业": model.BorrowerFirm, "公司": model.BorrowerFirm,
	"本公司": model.BorrowerFirm}

var loanTable = &table[model.Loan]{
	name: "loans", chinese: "贷款",
	slice: func(sc *model.Scenario) *[]model.Loan { return &sc.Loans },
	fresh: func() model.Loan { return model.Loan{} },
	fields: []field[model.Loan]{
		{Column: Column{Field: "kind", Header: "贷款类型", Kind: Enum, Enum: &model.LoanKinds, Required: true,
			Example: "创业担保贷款", Note: "贷款类型"},
			get: func(l *model.Loan) cell { return textCell(l.Kind) },
			set: func(l *model.Loan, c cell) { l.Kind = c.s }},
		{Column: Column{Field: "borrower", Header: "借款人", Kind: Code, Required: true, Example: "p1", alias: firmAlias,
			Note: "企业自己借款填“企业”（或 firm），个人借款填其人员编号（见人员表）"},
			get: func(l *model.Loan) cell {
				if l.Borrower == model.BorrowerFirm {
					return textCell("企业")
				}
				return textCell(l.Borrower)
			},
			set: func(l *model.Loan, c cell) { l.Borrower = c.s }},
		{Column: Column{Field: "amount_fen", Header: "贷款金额(元)", Kind: Fen, Required: true, Example: "200000.00",
			Note: "贷款金额"},
			get: func(l *model.Loan) cell { return fenCell(int64(l.Amount)) },
			set: func(l *model.Loan, c cell) { l.Amount = money.Fen(c.n) }},
		{Column: Column{Field: "start", Header: "放款日期", Kind: Date, Required: true, Example: "2017-03-01",
			Note: "放款（起息）日期"},
			get: func(l *model.Loan) cell { return dateCell(l.Start) },
			set: func(l *model.Loan, c cell) { l.Start = c.date() }},
		{Column: Column{Field: "term_months", Header: "期限(月)", Kind: Int, Required: true, Example: "24",
			Note: "贷款期限，以月计"},
			get: func(l *model.Loan) cell { return cell{n: int64(l.TermMonths)} },
			set: func(l *model.Loan, c cell) { l.TermMonths = int(c.n) }},
		{Column: Column{Field: "rate_bp", Header: "年利率(%)", Kind: Rate, Required: true, Example: "4.35",
			Note: "年利率"},
			get: func(l *model.Loan) cell { return cell{n: int64(l.RateBP)} },
			set: func(l *model.Loan, c cell) { l.RateBP = int(c.n) }},
		{Column: Column{Field: "repaid_on_time", Header: "按期还款", Kind: Tri, Nullable: true, Example: "是",
			Note: "是否按期还本付息；留空为未知"},
			get: func(l *model.Loan) cell { return triCell(l.RepaidOnTime) },
			set: func(l *model.Loan, c cell) { l.RepaidOnTime = c.tri() }},
	},
}

var feeTable = &table[model.Fee]{
	name: "fees", chinese: "收费",
	slice: func(sc *model.Scenario) *[]model.Fee { return &sc.Fees },
	fresh: func() model.Fee { return model.Fee{} },
	fields: []field[model.Fee]{
		{Column: Column{Field: "date", Header: "缴费日期", Kind: Date, Required: true, Example: "2016-12-01",
			Note: "缴费日期"},
			get: func(f *model.Fee) cell { return dateCell(f.Date) },
			set: func(f *model.Fee, c cell) { f.Date = c.date() }},
		{Column: Column{Field: "service", Header: "服务项目", Kind: Text, Required: true, Example: "环境影响评价",
			Note: "收费的服务项目"},
			get: func(f *model.Fee) cell { return textCell(f.Service) },
			set: func(f *model.Fee, c cell) { f.Service = c.s }},
		{Column: Column{Field: "mandatory", Header: "强制性", Kind: Bool, Example: "是",
			Note: "是否为行政审批前置的强制性服务"},
			get: func(f *model.Fee) cell { return boolCell(f.Mandatory) },
			set: func(f *model.Fee, c cell) { f.Mandatory = c.n != 0 }},
		{Column: Column{Field: "government_priced", Header: "政府定价", Kind: Bool, Example: "是",
			Note: "是否实行政府定价或指导价"},
			get: func(f *model.Fee) cell { return boolCell(f.GovernmentPriced) },
			set: func(f *model.Fee, c cell) { f.GovernmentPriced = c.n != 0 }},
		{Column: Column{Field: "standard_fen", Header: "收费标准(元)", Kind: Fen, Required: true, Example: "20000.00",
			Note: "收费标准"},
			get: func(f *model.Fee) cell { return fenCell(int64(f.Standard)) },
			set: func(f *model.Fee, c cell) { f.Standard = money.Fen(c.n) }},
		{Column: Column{Field: "charged_fen", Header: "实收金额(元)", Kind: Fen, Required: true, Example: "20000.00",
			Note: "实际收取的金额"},
			get: func(f *model.Fee) cell { return fenCell(int64(f.Charged)) },
			set: func(f *model.Fee, c cell) { f.Charged = money.Fen(c.n) }},
	},
}

func fenPtrCell(f *money.Fen) cell {
	if f == nil {
		return cell{null: true}
	}
	return cell{n: int64(*f)}
}

func (c cell) fenPtr() *money.Fen {
	if c.null {
		return nil
	}
	f := money.Fen(c.n)
	return &f
}

var financialTable = &table[model.Financial]{
	name: "financials", chinese: "财务数据",
	slice: func(sc *model.Scenario) *[]model.Financial { return &sc.Financials },
	fresh: func() model.Financial { return model.Financial{} },
	fields: []field[model.Financial]{
		{Column: Column{Field: "year", Header: "年度", Kind: Year, Required: true, Example: "2016", Note: "会计年度，每年一行"},
			get: func(f *model.Financial) cell { return cell{n: int64(f.Year)} },
			set: func(f *model.Financial, c cell) { f.Year = int(c.n) }},
		{Column: Column{Field: "revenue_fen", Header: "营业收入(元)", Kind: Fen, Nullable: true, Example: "1800000.00",
			Note: "全年营业收入；留空为未知"},
			get: func(f *model.Financial) cell { return fenPtrCell(f.Revenue) },
			set: func(f *model.Financial, c cell) { f.Revenue = c.fenPtr() }},
		{Column: Column{Field: "total_assets_fen", Header: "资产总额(元)", Kind: Fen, Nullable: true, Example: "2500000.00",
			Note: "年末资产总额；留空为未知"},
			get: func(f *model.Financial) cell { return fenPtrCell(f.TotalAssets) },
			set: func(f *model.Financial, c cell) { f.TotalAssets = c.fenPtr() }},
		{Column: Column{Field: "taxable_income_fen", Header: "应纳税所得额(元)", Kind: Fen, Nullable: true, Example: "120000.00",
			Note: "企业所得税应纳税所得额，亏损填负数；留空为未知"},
			get: func(f *model.Financial) cell { return fenPtrCell(f.TaxableIncome) },
			set: func(f *model.Financial, c cell) { f.TaxableIncome = c.fenPtr() }},
	},
}

var taxTable = &table[model.TaxYear]{
	name: "taxes", chinese: "纳税",
	slice: func(sc *model.Scenario) *[]model.TaxYear { return &sc.Taxes },
	fresh: func() model.TaxYear { return model.TaxYear{} },
	fields: []field[model.TaxYear]{
		{Column: Column{Field: "year", Header: "年度", Kind: Year, Required: true, Example: "2017", Note: "纳税年度，每年一行"},
			get: func(t *model.TaxYear) cell { return cell{n: int64(t.Year)} },
			set: func(t *model.TaxYear, c cell) { t.Year = int(c.n) }},
		{Column: Column{Field: "vat_fen", Header: "增值税(元)", Kind: Fen, Required: true, Example: "4200.00",
			Note: "全年实缴增值税"},
			get: func(t *model.TaxYear) cell { return fenCell(int64(t.VAT)) },
			set: func(t *model.TaxYear, c cell) { t.VAT = money.Fen(c.n) }},
		{Column: Column{Field: "urban_construction_fen", Header: "城市维护建设税(元)", Kind: Fen, Required: true, Example: "294.00",
			Note: "全年实缴城市维护建设税"},
			get: func(t *model.TaxYear) cell { return fenCell(int64(t.UrbanConstruction)) },
			set: func(t *model.TaxYear, c cell) { t.UrbanConstruction = money.Fen(c.n) }},
		{Column: Column{Field: "education_surcharge_fen", Header: "教育费附加(元)", Kind: Fen, Required: true, Example: "126.00",
			Note: "全年实缴教育费附加"},
			get: func(t *model.TaxYear) cell { return fenCell(int64(t.EducationSurcharge)) },
			set: func(t *model.TaxYear, c cell) { t.EducationSurcharge = money.Fen(c.n) }},
		{Column: Column{Field: "local_education_surcharge_fen", Header: "地方教育附加(元)", Kind: Fen, Required: true,
			Example: "84.00", Note: "全年实缴地方教育附加"},
			get: func(t *model.TaxYear) cell { return fenCell(int64(t.LocalEducationSurcharge)) },
			set: func(t *model.TaxYear, c cell) { t.LocalEducationSurcharge = money.Fen(c.n) }},
		{Column: Column{Field: "personal_income_fen", Header: "个人所得税(元)", Kind: Fen, Required: true, Example: "1500.00",
			Note: "全年实缴个人所得税（经营所得）"},
			get: func(t *model.TaxYear) cell { return fenCell(int64(t.PersonalIncome)) },
			set: func(t *model.TaxYear, c cell) { t.PersonalIncome = money.Fen(c.n) }},
	},
}
