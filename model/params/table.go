package params

import "huiqi/model/civil"

// Citations. The Yuxi policy (玉溪市人民政府关于推进大众创业万众创新政策措施的
// 实施意见, 2016-11-15) is cited by clause; national texts by number, as
// RULES.md names them.
const (
	yuxi        = "玉溪市人民政府关于推进大众创业万众创新政策措施的实施意见"
	citeFour    = yuxi + "（四）"
	citeSix     = yuxi + "（六）"
	citeSeven   = yuxi + "（七）"
	citeEight   = yuxi + "（八）"
	citeNine    = yuxi + "（九）"
	citeEleven  = yuxi + "（十一）"
	citeChecked = "本程序规则目录（RULES.md 第3版）核对日期"

	citeLoan2016 = "银发〔2016〕202号、财金〔2016〕85号"
	citeLoan2018 = "财金〔2018〕22号"
	citeLoan39   = "国发〔2018〕39号"
	citeLoan28   = "国发〔2019〕28号"
	citeLoan2020 = "财金〔2020〕21号"
	citeLoan2023 = "财金〔2023〕75号"
	citeBench    = "中国人民银行一年期贷款基准利率（2015年10月24日起）"
	citeLPR      = "中国人民银行公告〔2019〕第15号（一年期贷款市场报价利率LPR，全国银行间同业拆借中心公布）"

	citeGrant2010 = "专利法实施细则（2010）第七十七条"
	citeGrant2023 = "专利法实施细则（2023）第九十三条"
	citeTransfer  = "促进科技成果转化法第四十五条"

	citeRD2015   = "财税〔2015〕119号"
	citeRD2017   = "财税〔2017〕34号"
	citeRD2018   = "财税〔2018〕99号"
	citeRD2021   = "财政部 税务总局公告2021年第13号"
	citeRD2021G  = "财税〔2018〕99号、财政部 税务总局公告2021年第6号（延续）；财政部 税务总局公告2021年第13号（制造业以外）"
	citeRD2022   = "财政部 税务总局 科技部公告2022年第16号"
	citeRD2022Q4 = "财政部 税务总局 科技部公告2022年第28号"
	citeRD2023   = "财政部 税务总局公告2023年第7号"
	citeRDCap97  = "国家税务总局公告2015年第97号"
	citeRDCap28  = "国家税务总局公告2021年第28号"
	citeEIT      = "企业所得税法第四条"
	citeEITHigh  = "企业所得税法第二十八条"

	citeSelf2014 = "财税〔2014〕39号、财税〔2017〕49号"
	citeSelf2019 = "财税〔2019〕22号；财政部 税务总局公告2021年第18号"
	citeSelf2023 = "财政部 税务总局 人力资源社会保障部 农业农村部公告2023年第15号"

	citeVC        = yuxi + "（十四）；企业所得税法第三十一条、财税〔2009〕69号；财税〔2018〕55号"
	citeStartup18 = "财税〔2018〕55号"
	citeStartup19 = "财税〔2019〕13号；财政部 税务总局公告2022年第6号、2023年第17号"

	citeSize = "工信部联企业〔2011〕300号《中小企业划型标准规定》"
)

// Keys. Each is named for the rule that reads it (its id with
// underscores); figures several rules share are named for their national
// table. A typo is a compile error rather than a missing row.
const (
	PolicyInForce   = "policy.in_force"
	CheckedThrough  = "rules.checked_through"
	GraduateYears   = "college_entrepreneur.graduate_years"
	YouthMaxAge     = "youth.max_age"
	ReferenceRate   = "reference_rate.bp"
	LoanPersonMax   = "guaranteed_loan.individual_max_fen"
	LoanFirmMax     = "guaranteed_loan.firm_max_fen"
	LoanSharePct    = "guaranteed_loan.share_pct"
	LoanSharePctBig = "guaranteed_loan.share_pct_over_100"
	LoanBigStaff    = "guaranteed_loan.large_staff"
	LoanTrailing    = "guaranteed_loan.hires_trailing_year"
	EITRate         = "eit.rate_pct"
	EITRateHighTech = "eit.rate_pct_high_tech"

	FeeCapPct   = "startup_fee_cap.cap_pct"
	FeeCapYears = "startup_fee_cap.window_years"

	GrantInvention    = "inventor_reward_minimum.grant_invention_fen"
	GrantUtility      = "inventor_reward_minimum.grant_utility_design_fen"
	GrantDueMonths    = "inventor_reward_minimum.grant_due_months"
	RewardTransferSOE = "inventor_reward_minimum.transfer_pct_state"
	RewardTransfer    = "inventor_reward_minimum.transfer_pct"
	RewardLicense     = "inventor_reward_minimum.license_pct"
	RewardEquity      = "inventor_reward_minimum.equity_pct"
	RewardSelfUse     = "inventor_reward_minimum.self_use_pct"
	RewardSelfUseYrs  = "inventor_reward_minimum.self_use_years"

	ResearcherYears = "researcher_leave.years"
	SOEYears        = "soe_staff_leave.years"

	GrantMin         = "student_excellent_grant.min_fen"
	GrantMax         = "student_excellent_grant.max_fen"
	GrantPerYear     = "student_excellent_grant.entities_a_year"
	RentSubsidy      = "graduate_rent_subsidy.fen"
	RentStableYears  = "graduate_rent_subsidy.stable_years"
	RentEmployees    = "graduate_rent_subsidy.min_employees"
	RentPerYear      = "graduate_rent_subsidy.firms_a_year"
	EshopSubsidy     = "graduate_eshop_subsidy.fen"
	EshopYearsAround = "graduate_eshop_subsidy.graduation_years"
	EshopMonths      = "graduate_eshop_subsidy.operating_months"
	PioneerLow       = "pioneer_subsidy.other_fen"
	PioneerHigh      = "pioneer_subsidy.leading_fen"

	HiringContractMonths = "sme_hiring_loan.contract_months"
	HiringGraduatePct    = "sme_hiring_loan.graduate_pct"

	TechLoanMax      = "tech_sme_founder_loan.max_fen"
	TechLoanMonths   = "tech_sme_founder_loan.subsidy_months"
	TechLoanProvince = "tech_sme_founder_loan.province_pct"
	TechLoanCity     = "tech_sme_founder_loan.city_pct"

	EntityLoanMax        = "student_entity_loan.max_fen"
	EntityLoanYears      = "student_entity_loan.operating_years"
	EntityLoanEmployees  = "student_entity_loan.min_employees"
	EntityLoanSubsidyPct = "student_entity_loan.subsidy_pct"
	EntityLoanMonths     = "student_entity_loan.subsidy_months"

	TalentSettleMin = "high_level_talent_settlement.min_fen"
	TalentSettleMax = "high_level_talent_settlement.max_fen"
	TalentYears     = "high_level_talent_settlement.min_contract_years"
	TalentFunding   = "provincial_talent_funding.fen"

	RDRate          = "rd_super_deduction.rate_pct"
	RDRateTechSME   = "rd_super_deduction.rate_pct_tech_sme"
	RDRateManuf     = "rd_super_deduction.rate_pct_manufacturing"
	RDRateQ4        = "rd_super_deduction.q4_rate_pct"
	RDOtherCapPct   = "rd_super_deduction.other_cap_pct"
	RDCapPerProject = "rd_super_deduction.other_cap_per_project"

	SelfEmpYearLimit = "self_employed_tax_deduction.yearly_limit_fen"
	SelfEmpMonths    = "self_employed_tax_deduction.window_months"

	VCPct            = "vc_investment_deduction.pct"
	VCYears          = "vc_investment_deduction.holding_years"
	VCStartupFrom    = "vc_investment_deduction.startup_invested_from"
	VCStartupMark    = "vc_investment_deduction.startup_mature_from"
	StartupStaff     = "vc_investment_deduction.startup_max_staff"
	StartupBachelor  = "vc_investment_deduction.startup_min_bachelor_pct"
	StartupAssetsWan = "vc_investment_deduction.startup_max_assets_wan"
	StartupSalesWan  = "vc_investment_deduction.startup_max_sales_wan"
	StartupYears     = "vc_investment_deduction.startup_max_years"
	StartupRDPct     = "vc_investment_deduction.startup_min_rd_pct"
)

func d(y, m, dd int) civil.Date {
	v, err := civil.New(y, m, dd)
	if err != nil {
		panic(err) // literal dates below
	}
	return v
}

// row is one parameter row; to is zero when it is still in force.
func row(key string, from, to civil.Date, v int64, u Unit, cite, zh, en string) Param {
	return Param{Key: key, From: from, To: to, Value: v, Unit: u, Cite: cite, Note: zh, NoteEn: en}
}

// Default is the table as RULES.md (version 3) and the texts it cites set
// it. NewTable's checks hold for it (a test makes sure).
func Default() *Table {
	t, err := NewTable(defaultRows())
	if err != nil {
		panic(err) // the literal rows below
	}
	return t
}

func defaultRows() []Param {
	in := d(2016, 11, 15)
	var rows []Param
	add := func(ps ...Param) { rows = append(rows, ps...) }

	add(row(PolicyInForce, in, 0, int64(in), Date, yuxi, "政策施行日", "the day the policy took effect"),
		row(CheckedThrough, in, 0, 20261201, Date, citeChecked, "规则核对至此日，此后发布的政策调整未纳入",
			"the rules were checked against the texts known on this day"),
		row(GraduateYears, in, 0, 5, Years, citeNine, "大学生创业者：毕业年限", "college entrepreneur: years since graduating"),
		row(YouthMaxAge, in, 0, 35, Count, citeNine, "青年：最高年龄（周岁）", "youth: highest age (years of age)"),
		row(EITRate, d(2008, 1, 1), 0, 25, Percent, citeEIT, "企业所得税税率（估算节税）", "corporate income-tax rate (for the tax saving)"),
		row(EITRateHighTech, d(2008, 1, 1), 0, 15, Percent, citeEITHigh, "高新技术企业所得税税率", "income-tax rate of a high-tech enterprise"),
	)

	// §5.1 guaranteed loans, one row per period and figure.
	type period struct {
		from, to                      civil.Date
		person, firm, share, shareBig int64
		trailing                      int64
		cite                          string
	}
	for _, p := range []period{
		{in, d(2018, 3, 26), 100_000_00, 2_000_000_00, 30, 15, 0, citeLoan2016},
		{d(2018, 3, 27), d(2018, 11, 15), 100_000_00, 2_000_000_00, 25, 15, 0, citeLoan2018},
		{d(2018, 11, 16), d(2019, 12, 12), 150_000_00, 3_000_000_00, 25, 15, 0, citeLoan39},
		{d(2019, 12, 13), d(2020, 4, 14), 150_000_00, 3_000_000_00, 20, 10, 0, citeLoan28},
		{d(2020, 4, 15), d(2023, 9, 30), 200_000_00, 3_000_000_00, 15, 8, 0, citeLoan2020},
		{d(2023, 10, 1), 0, 300_000_00, 4_000_000_00, 10, 5, 1, citeLoan2023},
	} {
		add(row(LoanPersonMax, p.from, p.to, p.person, Fen, p.cite, "创业担保贷款个人额度上限", "guaranteed start-up loan ceiling for a person"),
			row(LoanFirmMax, p.from, p.to, p.firm, Fen, p.cite, "小微企业创业担保贷款额度上限", "guaranteed loan ceiling for a small or micro firm"),
			row(LoanSharePct, p.from, p.to, p.share, Percent, p.cite, "新招用符合条件人员占从业人员的比例（100人及以下）",
				"share of qualifying new hires in the staff (100 staff or fewer)"),
			row(LoanSharePctBig, p.from, p.to, p.shareBig, Percent, p.cite, "新招用符合条件人员占从业人员的比例（超过100人）",
				"share of qualifying new hires in the staff (over 100 staff)"),
			row(LoanTrailing, p.from, p.to, p.trailing, Flag, p.cite, "新招用人员按申请前1年内计算（否则按当年）",
				"hires counted in the year before the application (else in the calendar year)"))
	}
	add(row(LoanBigStaff, in, 0, 100, Count, "财金〔2016〕85号", "从业人员超过此数适用较低比例", "above this many staff the lower share applies"))

	// §5.3 the interest-subsidy reference rate.
	add(row(ReferenceRate, d(2015, 10, 24), d(2019, 8, 19), 435, BP, citeBench, "贴息参考利率（一年期贷款基准利率）",
		"reference rate for interest subsidies (one-year benchmark lending rate)"))
	lpr := []struct {
		from civil.Date
		bp   int64
	}{
		{d(2019, 8, 20), 425}, {d(2019, 9, 20), 420}, {d(2019, 11, 20), 415}, {d(2020, 2, 20), 405},
		{d(2020, 4, 20), 385}, {d(2021, 12, 20), 380}, {d(2022, 1, 20), 370}, {d(2022, 8, 22), 365},
		{d(2023, 6, 20), 355}, {d(2023, 8, 21), 345}, {d(2024, 7, 22), 335}, {d(2024, 10, 21), 310},
		{d(2025, 5, 20), 300},
	}
	for i, r := range lpr {
		var to civil.Date
		if i+1 < len(lpr) {
			to = lpr[i+1].from.AddDays(-1)
		}
		add(row(ReferenceRate, r.from, to, r.bp, BP, citeLPR, "贴息参考利率（一年期贷款市场报价利率LPR）",
			"reference rate for interest subsidies (one-year loan prime rate)"))
	}

	// 2.1 (六)
	add(row(FeeCapPct, in, 0, 50, Percent, citeSix, "初创企业涉企服务性收费不高于核定标准的比例", "share of the approved standard a start-up pays at most"),
		row(FeeCapYears, in, 0, 2, Years, citeSix, "创办后减半收费的年限", "years after founding with fees capped"))

	// 2.2 (七) and the national defaults; §5.4.
	rewardFrom := d(2015, 10, 1)
	add(row(GrantInvention, d(2010, 2, 1), d(2024, 1, 19), 3_000_00, Fen, citeGrant2010, "职务发明奖金最低额（发明专利，每件）",
		"lowest grant reward for an invention patent"),
		row(GrantInvention, d(2024, 1, 20), 0, 4_000_00, Fen, citeGrant2023, "职务发明奖金最低额（发明专利，每件）",
			"lowest grant reward for an invention patent"),
		row(GrantUtility, d(2010, 2, 1), d(2024, 1, 19), 1_000_00, Fen, citeGrant2010, "职务发明奖金最低额（实用新型、外观设计，每件）",
			"lowest grant reward for a utility model or design"),
		row(GrantUtility, d(2024, 1, 20), 0, 1_500_00, Fen, citeGrant2023, "职务发明奖金最低额（实用新型、外观设计，每件）",
			"lowest grant reward for a utility model or design"),
		row(GrantDueMonths, d(2010, 2, 1), 0, 3, Months, citeGrant2010+"；"+citeGrant2023, "奖金自公告授予专利权之日起发放的期限",
			"months after the grant within which the reward is paid"),
		row(RewardTransferSOE, in, 0, 60, Percent, citeSeven, "国有企事业单位、高校院所职务发明转让收益划归完成人的最低比例",
			"lowest share of transfer income due to inventors at state-owned units and public institutions"),
		row(RewardTransfer, rewardFrom, 0, 50, Percent, citeTransfer+"第一项", "转让净收入中奖励报酬的最低比例",
			"lowest share of net transfer income due to inventors"),
		row(RewardLicense, rewardFrom, 0, 50, Percent, citeTransfer+"第一项", "许可净收入中奖励报酬的最低比例",
			"lowest share of net licence income due to inventors"),
		row(RewardEquity, rewardFrom, 0, 50, Percent, citeTransfer+"第二项", "作价投资形成的股份或出资比例中奖励的最低比例",
			"lowest share of the equity formed due to inventors"),
		row(RewardSelfUse, rewardFrom, 0, 5, Percent, citeTransfer+"第三项；"+citeSeven, "自行实施营业利润中奖励报酬的最低比例",
			"lowest share of the operating profit from own use due to inventors"),
		row(RewardSelfUseYrs, rewardFrom, 0, 3, Count, citeTransfer+"第三项", "自行实施奖励报酬至少计付的年数（连续三至五年）",
			"fewest years of own-use remuneration (three to five consecutive years)"),
	)

	add(row(ResearcherYears, in, 0, 3, Years, citeSeven, "离岗创业保留人事关系的年限", "years a researcher on leave keeps the post"),
		row(SOEYears, in, 0, 3, Years, citeEight, "停职创业可回原单位的年限", "years an SOE employee on leave may return"))

	// (九)
	add(row(GrantMin, in, 0, 30_000_00, Fen, citeNine, "优秀大学生自主创业经营实体无偿资助下限", "lowest grant to an outstanding student business"),
		row(GrantMax, in, 0, 50_000_00, Fen, citeNine, "优秀大学生自主创业经营实体无偿资助上限", "highest grant to an outstanding student business"),
		row(GrantPerYear, in, 0, 20, Count, citeNine, "每年评审认定的优秀大学生经营实体数", "outstanding student businesses chosen a year"),
		row(RentSubsidy, in, 0, 3_000_00, Fen, citeNine, "毕业生创业一次性场租补贴", "one-off rent subsidy for a graduate's business"),
		row(RentStableYears, in, 0, 1, Years, citeNine, "稳定经营年限", "years of stable operation"),
		row(RentEmployees, in, 0, 5, Count, citeNine, "带动就业人数（不含创办人）", "employees besides the founders"),
		row(RentPerYear, in, 0, 200, Count, citeNine, "每年认定的场租补贴户数", "firms granted the rent subsidy a year"),
		row(EshopSubsidy, in, 0, 2_000_00, Fen, citeNine, "毕业生开办网店一次性补贴", "one-off grant for a graduate's online shop"),
		row(EshopYearsAround, in, 0, 1, Years, citeNine, "网店开办于毕业前后的年限", "years before or after graduating the shop may open"),
		row(EshopMonths, in, 0, 6, Months, citeNine, "网店持续经营月数", "months the shop must have operated"),
		row(PioneerLow, in, 0, 10_000_00, Fen, citeNine, "创业实体补贴（其他）", "start-up grant (other firms)"),
		row(PioneerHigh, in, 0, 20_000_00, Fen, citeNine, "创业实体补贴（创业引领型）", "start-up grant (leading firms)"),
		row(HiringContractMonths, in, 0, 12, Months, citeNine+"；"+citeLoan2016, "新招用人员劳动合同最短期限", "shortest labour contract of a new hire"),
		row(HiringGraduatePct, in, 0, 20, Percent, citeNine, "新招用高校毕业生占从业人员的比例", "share of graduate new hires in the staff"),
		row(TechLoanMax, in, 0, 200_000_00, Fen, citeNine, "科技型小微企业创办人担保贷款额度", "guaranteed loan ceiling for a technology SME's founder"),
		row(TechLoanMonths, in, 0, 24, Months, citeNine, "提高部分贴息期限", "months the raised part is subsidised"),
		row(TechLoanProvince, in, 0, 40, Percent, citeNine, "贴息由省承担的比例（4:3:3）", "share of the subsidy paid by the province (4:3:3)"),
		row(TechLoanCity, in, 0, 30, Percent, citeNine, "贴息由市承担的比例（4:3:3）", "share of the subsidy paid by the city (4:3:3)"),
		row(EntityLoanMax, in, 0, 500_000_00, Fen, citeNine, "优秀大学生经营实体再贷款额度", "further loan ceiling for an outstanding student business"),
		row(EntityLoanYears, in, 0, 2, Years, citeNine, "稳定经营年限", "years of stable operation"),
		row(EntityLoanEmployees, in, 0, 5, Count, citeNine, "带动就业人数（不含创办人）", "employees besides the founders"),
		row(EntityLoanSubsidyPct, in, 0, 60, Percent, citeNine, "按参考利率贴息的比例", "share of the reference rate subsidised"),
		row(EntityLoanMonths, in, 0, 24, Months, citeNine, "再贷款期限（贴息估算）", "term of the further loan (for the estimate)"),
	)

	// (十一)
	add(row(TalentSettleMin, in, 0, 200_000_00, Fen, citeEleven, "高层次人才安家费下限（每人）", "lowest settlement grant per talent"),
		row(TalentSettleMax, in, 0, 1_000_000_00, Fen, citeEleven, "高层次人才安家费上限（每人）", "highest settlement grant per talent"),
		row(TalentYears, in, 0, 5, Years, citeEleven, "工作合同最短年限", "shortest work contract"),
		row(TalentFunding, in, 0, 200_000_00, Fen, citeEleven, "省引才计划人才工作经费（每人）", "work funding per provincial-programme talent"),
	)

	// 2.17 R&D super-deduction, by tax year (looked up on 1 January).
	y := func(n int) civil.Date { return civil.YearStart(n) }
	e := func(n int) civil.Date { return civil.YearEnd(n) }
	rate := "研发费用加计扣除比例"
	rateEn := "R&D super-deduction rate"
	add(row(RDRate, y(2008), e(2017), 50, Percent, citeRD2015, rate+"（一般企业）", rateEn+" (firms in general)"),
		row(RDRate, y(2018), e(2020), 75, Percent, citeRD2018, rate+"（一般企业）", rateEn+" (firms in general)"),
		row(RDRate, y(2021), e(2022), 75, Percent, citeRD2021G, rate+"（一般企业）", rateEn+" (firms in general)"),
		row(RDRate, y(2023), 0, 100, Percent, citeRD2023, rate+"（一般企业）", rateEn+" (firms in general)"),
		row(RDRateTechSME, y(2008), e(2016), 50, Percent, citeRD2015, rate+"（科技型中小企业）", rateEn+" (technology SMEs)"),
		row(RDRateTechSME, y(2017), e(2017), 75, Percent, citeRD2017, rate+"（科技型中小企业）", rateEn+" (technology SMEs)"),
		row(RDRateTechSME, y(2018), e(2020), 75, Percent, citeRD2018, rate+"（科技型中小企业）", rateEn+" (technology SMEs)"),
		row(RDRateTechSME, y(2021), e(2021), 75, Percent, citeRD2021G, rate+"（科技型中小企业）", rateEn+" (technology SMEs)"),
		row(RDRateTechSME, y(2022), e(2022), 100, Percent, citeRD2022, rate+"（科技型中小企业）", rateEn+" (technology SMEs)"),
		row(RDRateTechSME, y(2023), 0, 100, Percent, citeRD2023, rate+"（科技型中小企业）", rateEn+" (technology SMEs)"),
		row(RDRateManuf, y(2008), e(2017), 50, Percent, citeRD2015, rate+"（制造业企业）", rateEn+" (manufacturers)"),
		row(RDRateManuf, y(2018), e(2020), 75, Percent, citeRD2018, rate+"（制造业企业）", rateEn+" (manufacturers)"),
		row(RDRateManuf, y(2021), e(2022), 100, Percent, citeRD2021, rate+"（制造业企业）", rateEn+" (manufacturers)"),
		row(RDRateManuf, y(2023), 0, 100, Percent, citeRD2023, rate+"（制造业企业）", rateEn+" (manufacturers)"),
		row(RDRateQ4, d(2022, 10, 1), e(2022), 100, Percent, citeRD2022Q4, "2022年第四季度研发费用加计扣除比例",
			"rate on the fourth quarter of 2022"),
		row(RDOtherCapPct, y(2008), 0, 10, Percent, citeRDCap97+"；"+citeRDCap28, "其他相关费用占可加计扣除研发费用总额的上限",
			"ceiling of other costs as a share of all eligible R&D costs"),
		row(RDCapPerProject, y(2008), e(2020), 1, Flag, citeRDCap97, "其他相关费用限额按项目分别计算", "the other-costs cap is worked out per project"),
		row(RDCapPerProject, y(2021), 0, 0, Flag, citeRDCap28, "其他相关费用限额按项目分别计算", "the other-costs cap is worked out per project"),
	)

	// 2.18 §5.2 self-employment limit, by tax year.
	limit, limitEn := "自主创业税收扣减限额（每户每年，含云南省按最高幅度上浮）", "self-employment tax limit a household a year (with Yunnan's full raise)"
	add(row(SelfEmpYearLimit, y(2014), e(2018), 9_600_00, Fen, citeSelf2014, limit, limitEn),
		row(SelfEmpYearLimit, y(2019), e(2022), 14_400_00, Fen, citeSelf2019, limit, limitEn),
		row(SelfEmpYearLimit, y(2023), e(2027), 24_000_00, Fen, citeSelf2023, limit, limitEn),
		row(SelfEmpMonths, y(2014), 0, 36, Months, citeSelf2014, "自办理个体工商户登记当月起享受扣减的月数", "months of relief from the month of registration"),
	)

	// 2.19 and §5.5.
	add(row(VCPct, in, 0, 70, Percent, citeVC, "投资额抵扣应纳税所得额的比例", "share of the investment deducted from taxable income"),
		row(VCYears, in, 0, 2, Years, citeVC, "股权持有年限", "years the equity must be held"),
		row(VCStartupFrom, in, 0, int64(d(2016, 1, 1)), Date, citeStartup18, "投资初创科技型企业：投资日不早于",
			"investment in a start-up tech firm: invested on or after"),
		row(VCStartupMark, in, 0, int64(d(2018, 1, 1)), Date, citeStartup18, "投资初创科技型企业：满2年之日不早于",
			"investment in a start-up tech firm: two years reached on or after"))
	type startup struct {
		from, to      civil.Date
		staff, assets int64
		cite          string
	}
	for _, s := range []startup{{d(2018, 1, 1), d(2018, 12, 31), 200, 3000, citeStartup18}, {d(2019, 1, 1), 0, 300, 5000, citeStartup19}} {
		add(row(StartupStaff, s.from, s.to, s.staff, Count, s.cite, "初创科技型企业：从业人数不超过", "start-up tech firm: staff at most"),
			row(StartupBachelor, s.from, s.to, 30, Percent, s.cite, "初创科技型企业：本科以上学历从业人数占比不低于",
				"start-up tech firm: share of staff with a degree at least"),
			row(StartupAssetsWan, s.from, s.to, s.assets, Wan, s.cite, "初创科技型企业：资产总额不超过", "start-up tech firm: total assets at most"),
			row(StartupSalesWan, s.from, s.to, s.assets, Wan, s.cite, "初创科技型企业：年销售收入不超过", "start-up tech firm: yearly sales at most"),
			row(StartupYears, s.from, s.to, 5, Years, s.cite, "初创科技型企业：成立年限不超过", "start-up tech firm: years since founding at most"),
			row(StartupRDPct, s.from, s.to, 20, Percent, s.cite, "初创科技型企业：研发费用占成本费用支出的比例不低于",
				"start-up tech firm: R&D share of costs at least"))
	}

	return append(rows, sizeRows()...)
}
