package params

import "huiqi/model/civil"

// Citations. The Yuxi policy (玉溪市人民政府关于推进大众创业万众创新政策措施的
// 实施意见, 2016-11-15) is cited by clause; national texts by number.
const (
	yuxi         = "玉溪市推进大众创业万众创新实施意见"
	citeSix      = yuxi + "（六）"
	citeSeven    = yuxi + "（七）"
	citeEight    = yuxi + "（八）"
	citeNine     = yuxi + "（九）"
	citeEleven   = yuxi + "（十一）"
	citeFourteen = yuxi + "（十四）"
	citeHiring   = yuxi + "（九）；财金〔2016〕85号"
	citeBench    = "中国人民银行一年期贷款基准利率（2015年10月24日起）"
	citeSize     = "工信部联企业〔2011〕300号《中小企业划型标准规定》"
	citeRD2015   = "财税〔2015〕119号"
	citeRD2017   = "财税〔2017〕34号"
	citeRD2018   = "财税〔2018〕99号"
	citeRD2021   = "财政部 税务总局公告2021年第13号"
	citeRD2022   = "财政部 税务总局 科技部公告2022年第16号"
	citeRD2022Q4 = "财政部 税务总局 科技部公告2022年第28号"
	citeRD2023   = "财政部 税务总局公告2023年第7号"
	citeRDCap    = "国家税务总局公告2015年第97号（按项目）；2021年第28号（合并计算）"
	citeEIT      = "企业所得税法第二十八条（高新技术企业15%）、第四条（25%）"
	citeVC       = yuxi + "（十四）；企业所得税法第三十一条、财税〔2015〕116号"
	citeSelfEmp  = yuxi + "（十四）；财税〔2014〕39号、财税〔2017〕49号"
)

// Key names, so that a typo is a compile error rather than a missing row.
const (
	PolicyInForce = "policy.in_force"
	BenchmarkRate = "loan.benchmark_rate"

	FeeCapPct        = "fee_cap.pct"
	FeeCapYears      = "fee_cap.window_years"
	RewardTransfer   = "inventor_reward.transfer_pct"
	RewardLicense    = "inventor_reward.license_pct"
	RewardSelfUse    = "inventor_reward.self_use_pct"
	LeaveYears       = "leave.years"
	GraduateYears    = "graduate.window_years"
	YouthMaxAge      = "youth.max_age"
	GrantMin         = "student_grant.min_fen"
	GrantMax         = "student_grant.max_fen"
	RentSubsidy      = "rent_subsidy.fen"
	RentStableYears  = "rent_subsidy.stable_years"
	RentEmployees    = "rent_subsidy.min_employees"
	EshopSubsidy     = "eshop_subsidy.fen"
	EshopYearsAround = "eshop_subsidy.graduation_years"
	EshopMonths      = "eshop_subsidy.operating_months"
	PioneerLow       = "pioneer_subsidy.other_fen"
	PioneerHigh      = "pioneer_subsidy.leading_fen"
	YouthLoanMax     = "youth_loan.max_fen"

	HiringLoanMax        = "hiring_loan.max_fen"
	HiringContractMonths = "hiring_loan.contract_months"
	HiringPct            = "hiring_loan.qualifying_pct"
	HiringPctLarge       = "hiring_loan.qualifying_pct_over_100"
	HiringLargeStaff     = "hiring_loan.large_staff"
	HiringGraduatePct    = "hiring_loan.graduate_pct"

	TechLoanMax      = "tech_loan.max_fen"
	TechLoanBase     = "tech_loan.base_fen"
	TechLoanExtraMax = "tech_loan.extra_max_fen"
	TechLoanMonths   = "tech_loan.subsidy_months"
	TechLoanProvince = "tech_loan.province_pct"
	TechLoanCity     = "tech_loan.city_pct"

	EntityLoanMax        = "entity_loan.max_fen"
	EntityLoanYears      = "entity_loan.operating_years"
	EntityLoanEmployees  = "entity_loan.min_employees"
	EntityLoanSubsidyPct = "entity_loan.subsidy_pct_of_benchmark"
	EntityLoanMonths     = "entity_loan.subsidy_months"

	TalentSettleMin = "talent.settlement_min_fen"
	TalentSettleMax = "talent.settlement_max_fen"
	TalentYears     = "talent.min_contract_years"
	TalentFunding   = "talent.provincial_funding_fen"

	RDRate          = "rd.rate_pct"
	RDRateTechSME   = "rd.rate_pct_tech_sme"
	RDRateManuf     = "rd.rate_pct_manufacturing"
	RDRateQ4        = "rd.rate_pct_q4"
	RDOtherCapNum   = "rd.other_cap_numerator"
	RDOtherCapDen   = "rd.other_cap_denominator"
	RDCapPerProject = "rd.other_cap_per_project"
	TaxRate         = "eit.rate_pct"
	TaxRateHighTech = "eit.rate_pct_high_tech"

	SelfEmpYearCap = "self_employed.yearly_cap_fen"
	SelfEmpMonths  = "self_employed.window_months"

	VCPct   = "vc.deduction_pct"
	VCYears = "vc.holding_years"
)

func d(y, m, dd int) civil.Date {
	v, err := civil.New(y, m, dd)
	if err != nil {
		panic(err) // literal dates below
	}
	return v
}

// Default is the table as RULES.md and the texts it cites set it.
func Default() *Table {
	inForce := d(2016, 11, 15)
	rows := []Param{
		{PolicyInForce, inForce, 0, int64(inForce), Date, yuxi, "政策施行日"},
		{BenchmarkRate, d(2015, 10, 24), 0, 435, BP, citeBench, "一年期贷款基准利率"},

		{FeeCapPct, inForce, 0, 50, Percent, citeSix, "初创企业涉企服务性收费按标准的50%收取"},
		{FeeCapYears, inForce, 0, 2, Years, citeSix, "创办2年内"},

		{RewardTransfer, inForce, 0, 60, Percent, citeSeven, "职务发明成果转让收益至少60%归成果完成人及其团队"},
		{RewardLicense, inForce, 0, 20, Percent, citeSeven + "；促进科技成果转化法第四十五条", "许可、作价投资收益不低于20%"},
		{RewardSelfUse, inForce, 0, 5, Percent, citeSeven + "；专利法实施细则", "自行实施发明专利营业利润不低于5%"},
		{LeaveYears, inForce, 0, 3, Years, citeSeven + "、" + citeEight, "离岗（停职）创业3年内保留人事关系"},

		{GraduateYears, inForce, 0, 5, Years, citeNine, "毕业5年内（大学生创业者）"},
		{YouthMaxAge, inForce, 0, 35, Years, citeNine, "青年：35周岁及以下"},
		{GrantMin, inForce, 0, 3_000_000, Fen, citeNine, "优秀大学生创业无偿资助下限3万元"},
		{GrantMax, inForce, 0, 5_000_000, Fen, citeNine, "优秀大学生创业无偿资助上限5万元"},
		{RentSubsidy, inForce, 0, 300_000, Fen, citeNine, "毕业生创业场租补贴3000元"},
		{RentStableYears, inForce, 0, 1, Years, citeNine, "稳定经营1年以上"},
		{RentEmployees, inForce, 0, 5, Count, citeNine, "带动就业5人以上"},
		{EshopSubsidy, inForce, 0, 200_000, Fen, citeNine, "毕业生开办网店一次性补贴2000元"},
		{EshopYearsAround, inForce, 0, 1, Years, citeNine, "毕业学年（毕业前1年）或毕业1年内开办"},
		{EshopMonths, inForce, 0, 6, Months, citeNine, "持续经营半年以上"},
		{PioneerLow, inForce, 0, 1_000_000, Fen, citeNine, "创业实体补贴（其他）1万元"},
		{PioneerHigh, inForce, 0, 2_000_000, Fen, citeNine, "创业实体补贴（引领型）2万元"},
		{YouthLoanMax, inForce, 0, 10_000_000, Fen, citeNine, "青年（大学生）创业担保贷款最高10万元"},

		{HiringLoanMax, inForce, 0, 200_000_000, Fen, citeHiring, "小微企业创业担保贷款最高200万元"},
		{HiringContractMonths, inForce, 0, 12, Months, citeHiring, "签订1年以上劳动合同"},
		{HiringPct, inForce, 0, 30, Percent, citeHiring, "新招用符合条件人员达到从业人员的30%"},
		{HiringPctLarge, inForce, 0, 15, Percent, "财金〔2016〕85号", "从业人员超过100人的企业为15%"},
		{HiringLargeStaff, inForce, 0, 100, Count, "财金〔2016〕85号", "超过100人"},
		{HiringGraduatePct, inForce, 0, 20, Percent, citeNine, "新招用高校毕业生达到从业人员的20%"},

		{TechLoanMax, inForce, 0, 20_000_000, Fen, citeNine, "科技型小微企业创办人担保贷款最高20万元"},
		{TechLoanBase, inForce, 0, 10_000_000, Fen, citeNine, "原担保贷款额度10万元"},
		{TechLoanExtraMax, inForce, 0, 10_000_000, Fen, citeNine, "提高部分（最多10万元）贴息"},
		{TechLoanMonths, inForce, 0, 24, Months, citeNine, "贴息2年"},
		{TechLoanProvince, inForce, 0, 40, Percent, citeNine, "省、市、县区按4:3:3分担（省）"},
		{TechLoanCity, inForce, 0, 30, Percent, citeNine, "省、市、县区按4:3:3分担（市）"},

		{EntityLoanMax, inForce, 0, 50_000_000, Fen, citeNine, "优秀大学生经营实体再贷款最高50万元"},
		{EntityLoanYears, inForce, 0, 2, Years, citeNine, "经营2年以上"},
		{EntityLoanEmployees, inForce, 0, 5, Count, citeNine, "带动就业5人以上"},
		{EntityLoanSubsidyPct, inForce, 0, 60, Percent, citeNine, "按基准利率的60%贴息"},
		{EntityLoanMonths, inForce, 0, 24, Months, citeNine, "贴息期限（估算按2年）"},

		{TalentSettleMin, inForce, 0, 20_000_000, Fen, citeEleven, "高层次人才安家费下限20万元"},
		{TalentSettleMax, inForce, 0, 100_000_000, Fen, citeEleven, "高层次人才安家费上限100万元"},
		{TalentYears, inForce, 0, 5, Years, citeEleven, "签订5年以上工作合同"},
		{TalentFunding, inForce, 0, 20_000_000, Fen, citeEleven, "省引才计划人才工作经费20万元"},

		// R&D super-deduction rates by tax year (looked up on 1 January of
		// the year, or 1 October for the 2022 fourth-quarter rate).
		{RDRate, d(2008, 1, 1), d(2017, 12, 31), 50, Percent, citeRD2015, "研发费用加计扣除比例"},
		{RDRate, d(2018, 1, 1), d(2020, 12, 31), 75, Percent, citeRD2018, "研发费用加计扣除比例"},
		{RDRate, d(2021, 1, 1), d(2022, 12, 31), 75, Percent, citeRD2021, "研发费用加计扣除比例（制造业以外）"},
		{RDRate, d(2023, 1, 1), 0, 100, Percent, citeRD2023, "研发费用加计扣除比例"},
		{RDRateTechSME, d(2017, 1, 1), d(2017, 12, 31), 75, Percent, citeRD2017, "科技型中小企业"},
		{RDRateTechSME, d(2022, 1, 1), d(2022, 12, 31), 100, Percent, citeRD2022, "科技型中小企业"},
		{RDRateManuf, d(2021, 1, 1), d(2022, 12, 31), 100, Percent, citeRD2021, "制造业企业"},
		{RDRateQ4, d(2022, 10, 1), d(2022, 12, 31), 100, Percent, citeRD2022Q4, "2022年第四季度研发费用"},
		{RDOtherCapNum, d(2008, 1, 1), 0, 10, Percent, citeRDCap, "其他相关费用不超过可加计扣除研发费用总额的10%"},
		{RDOtherCapDen, d(2008, 1, 1), 0, 90, Percent, citeRDCap, "限额 = 前五项之和 × 10% ÷ (1 − 10%)"},
		{RDCapPerProject, d(2008, 1, 1), d(2020, 12, 31), 1, Count, citeRDCap, "1：按项目分别计算其他相关费用限额"},
		{RDCapPerProject, d(2021, 1, 1), 0, 0, Count, citeRDCap, "0：全部项目合并计算其他相关费用限额"},
		{TaxRate, d(2008, 1, 1), 0, 25, Percent, citeEIT, "企业所得税税率"},
		{TaxRateHighTech, d(2008, 1, 1), 0, 15, Percent, citeEIT, "高新技术企业减按15%"},

		{SelfEmpYearCap, inForce, 0, 960_000, Fen, citeSelfEmp, "每户每年9600元限额扣减"},
		{SelfEmpMonths, inForce, 0, 36, Months, citeSelfEmp, "3年（36个月）内"},

		{VCPct, inForce, 0, 70, Percent, citeVC, "投资额的70%抵扣应纳税所得额"},
		{VCYears, inForce, 0, 2, Years, citeVC, "股权持有满2年"},
	}
	rows = append(rows, sizeRows()...)
	return &Table{rows: rows}
}
