package model

// Option is one value of an enumeration of scenario.md: its code as written
// in the JSON and the database, and its labels for people.
type Option struct{ Code, Zh, En string }

// Enum is a closed set of codes. The tables below are the vocabulary of
// scenario.md; validation, the UI's pickers, the spreadsheet templates and the
// printed forms all read them, so a label is written once.
type Enum struct {
	Name string // the field it belongs to, for messages
	opts []Option
}

// With returns an enumeration of the given options, for lists that are
// not fixed by the format (the rule catalog, for instance).
func (e Enum) With(opts []Option) Enum {
	return Enum{Name: e.Name, opts: append([]Option(nil), opts...)}
}

// Valid reports whether code is one of the enumeration's codes.
func (e Enum) Valid(code string) bool {
	_, ok := e.Find(code)
	return ok
}

// Find returns the option with the given code.
func (e Enum) Find(code string) (Option, bool) {
	for _, o := range e.opts {
		if o.Code == code {
			return o, true
		}
	}
	return Option{}, false
}

// Options returns a copy of the options in their canonical order.
func (e Enum) Options() []Option { return append([]Option(nil), e.opts...) }

// Codes lists the codes in canonical order.
func (e Enum) Codes() []string {
	out := make([]string, len(e.opts))
	for i, o := range e.opts {
		out[i] = o.Code
	}
	return out
}

// Label is the Chinese or English name of code ("en" selects English); an
// unknown code is returned as it is.
func (e Enum) Label(code, lang string) string {
	o, ok := e.Find(code)
	switch {
	case !ok:
		return code
	case lang == "en":
		return o.En
	}
	return o.Zh
}

// Codes used by the engine.
const (
	LegalCompany            = "company"
	LegalIndividualBusiness = "individual_business"

	OwnPrivate            = "private"
	OwnStateOwned         = "state_owned"
	OwnPublicInstitution  = "public_institution"
	CertTechSME           = "tech_sme"
	CertHighTech          = "high_tech"
	CertVCEnterprise      = "vc_enterprise"
	CertMakerSpace        = "maker_space"
	CatReturningMigrant   = "returning_migrant"
	CatOnlineMerchant     = "online_merchant"
	TalentHighLevel       = "high_level"
	TalentProvOverseas    = "provincial_overseas"
	TalentProvHighEnd     = "provincial_high_end"
	LeaveInstitute        = "institute"
	LeaveSOE              = "soe"
	PatentInvention       = "invention"
	PatentUtilityModel    = "utility_model"
	PatentDesign          = "design"
	StatusPending         = "pending"
	StatusGranted         = "granted"
	StatusLapsed          = "lapsed"
	IncomeSelfUseProfit   = "self_use_profit"
	IncomeTransfer        = "transfer"
	IncomeLicense         = "license"
	IncomeEquity          = "equity"
	RDPersonnel           = "personnel"
	RDDirectInput         = "direct_input"
	RDDepreciation        = "depreciation"
	RDAmortization        = "amortization"
	RDDesign              = "design"
	RDOther               = "other"
	LoanGuaranteed        = "guaranteed"
	LoanDaiMianFuBu       = "dai_mian_fu_bu"
	LoanCommercial        = "commercial"
	BorrowerFirm          = "firm"
	IndustryManufacturing = "manufacturing"
)

// The enumerations of scenario.md, in its order.
var (
	LegalForms = Enum{"legal_form", []Option{
		{LegalCompany, "公司", "Company"},
		{LegalIndividualBusiness, "个体工商户", "Individual business"},
		{"partnership", "合伙企业", "Partnership"},
		{"farmer_cooperative", "农民专业合作社", "Farmer cooperative"},
		{"family_farm", "家庭农场", "Family farm"},
	}}
	Ownerships = Enum{"ownership", []Option{
		{OwnPrivate, "民营", "Private"},
		{OwnStateOwned, "国有企业", "State-owned"},
		{OwnPublicInstitution, "事业单位、高校院所", "Public institution"},
	}}
	// Industries are the codes of RULES.md §1 (工信部联企业〔2011〕300号).
	Industries = Enum{"industry", []Option{
		{"agriculture", "农林牧渔业", "Agriculture, forestry, animal husbandry, fishery"},
		{IndustryManufacturing, "工业（制造业）", "Industry: manufacturing"},
		{"mining", "工业（采矿业）", "Industry: mining"},
		{"utilities", "工业（电力、热力、燃气及水生产和供应业）", "Industry: utilities"},
		{"tobacco", "工业（烟草制品业）", "Industry: tobacco"},
		{"construction", "建筑业", "Construction"},
		{"wholesale", "批发业", "Wholesale"},
		{"retail", "零售业", "Retail"},
		{"transport", "交通运输业", "Transport"},
		{"warehousing", "仓储业", "Warehousing"},
		{"postal", "邮政业", "Postal services"},
		{"accommodation", "住宿业", "Accommodation"},
		{"catering", "餐饮业", "Catering"},
		{"information_transmission", "信息传输业", "Information transmission"},
		{"software_it", "软件和信息技术服务业", "Software and IT services"},
		{"real_estate_development", "房地产开发经营", "Real-estate development"},
		{"property_management", "物业管理", "Property management"},
		{"leasing_business_services", "租赁和商务服务业", "Leasing and business services"},
		{"entertainment", "娱乐业", "Entertainment"},
		{"other", "其他未列明行业", "Other industries"},
	}}
	CertKinds = Enum{"certifications[].kind", []Option{
		{CertTechSME, "科技型中小企业", "Technology-based SME"},
		{CertHighTech, "高新技术企业", "High-tech enterprise"},
		{CertVCEnterprise, "创业投资企业", "Venture-capital enterprise"},
		{CertMakerSpace, "众创空间", "Maker space"},
	}}
	Categories = Enum{"people[].categories", []Option{
		{"registered_unemployed", "城镇登记失业人员", "Registered unemployed"},
		{"employment_difficulty", "就业困难人员", "Person with employment difficulty"},
		{"disabled", "残疾人", "Disabled person"},
		{"veteran", "复员转业退役军人", "Veteran"},
		{"released_prisoner", "刑满释放人员", "Released prisoner"},
		{"overcapacity_worker", "化解过剩产能企业职工和失业人员", "Worker from an overcapacity cut"},
		{CatReturningMigrant, "返乡创业农民工", "Returning migrant worker"},
		{CatOnlineMerchant, "网络商户", "Online merchant"},
		{"poverty_registered", "建档立卡贫困人口", "Registered poor household member"},
	}}
	TalentPrograms = Enum{"talent.program", []Option{
		{TalentHighLevel, "高层次人才", "High-level talent"},
		{TalentProvOverseas, "省海外高层次人才引进计划", "Provincial overseas talent programme"},
		{TalentProvHighEnd, "省高端科技人才引进计划", "Provincial high-end talent programme"},
	}}
	LeaveKinds = Enum{"leave_from.kind", []Option{
		{LeaveInstitute, "高校、科研院所离岗创业", "Leave from a university or institute"},
		{LeaveSOE, "国有企业停职创业", "Leave from a state-owned enterprise"},
	}}
	PatentKinds = Enum{"patents[].kind", []Option{
		{PatentInvention, "发明专利", "Invention"},
		{PatentUtilityModel, "实用新型", "Utility model"},
		{PatentDesign, "外观设计", "Design"},
	}}
	PatentStatuses = Enum{"patents[].status", []Option{
		{StatusPending, "审查中", "Pending"},
		{StatusGranted, "已授权", "Granted"},
		{StatusLapsed, "已失效", "Lapsed"},
	}}
	IncomeKinds = Enum{"patents[].income[].kind", []Option{
		{IncomeSelfUseProfit, "自行实施营业利润", "Operating profit from own use"},
		{IncomeTransfer, "转让收益", "Transfer"},
		{IncomeLicense, "许可收益", "Licence"},
		{IncomeEquity, "作价投资", "Equity contribution"},
	}}
	RDCategories = Enum{"rd_expenses[].category", []Option{
		{RDPersonnel, "人员人工费用", "Personnel"},
		{RDDirectInput, "直接投入费用", "Direct inputs"},
		{RDDepreciation, "折旧费用", "Depreciation"},
		{RDAmortization, "无形资产摊销", "Amortisation"},
		{RDDesign, "新产品设计费等", "New-product design"},
		{RDOther, "其他相关费用", "Other expenses"},
	}}
	LoanKinds = Enum{"loans[].kind", []Option{
		{LoanGuaranteed, "创业担保贷款", "Guaranteed start-up loan"},
		{LoanDaiMianFuBu, "贷免扶补", "Daimianfubu loan (贷免扶补)"},
		{LoanCommercial, "商业贷款", "Commercial loan"},
	}}
)

// Counties are Yuxi's districts, city and counties, the high-tech zone and
// 其他, for the firm's 所在县区. The format keeps the county as free text
// (the Chinese name is what is stored); the app offers this list.
var Counties = Enum{"firm.county", []Option{
	{"红塔区", "红塔区", "Hongta District"},
	{"江川区", "江川区", "Jiangchuan District"},
	{"澄江市", "澄江市", "Chengjiang City"},
	{"通海县", "通海县", "Tonghai County"},
	{"华宁县", "华宁县", "Huaning County"},
	{"易门县", "易门县", "Yimen County"},
	{"峨山彝族自治县", "峨山彝族自治县", "Eshan Yi Autonomous County"},
	{"新平彝族傣族自治县", "新平彝族傣族自治县", "Xinping Yi and Dai Autonomous County"},
	{"元江哈尼族彝族傣族自治县", "元江哈尼族彝族傣族自治县", "Yuanjiang Hani, Yi and Dai Autonomous County"},
	{"玉溪高新区", "玉溪高新区", "Yuxi High-tech Zone"},
	{"其他", "其他", "Other"},
}}
