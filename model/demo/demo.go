// Package demo builds the firm a first-time user sees: a Yuxi software
// start-up whose records exercise most rules of RULES.md — some benefits
// apply, some fail narrowly with advice, one waits on a missing field.
// Every date is placed relative to a reference day, so the demo looks the
// same whenever it is created: a firm a little over two years old, hiring
// this year.
package demo

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
	"huiqi/model/money"
)

// yuan converts whole yuan to fen, for readable literals below.
func yuan(y int64) money.Fen { return money.Fen(y * 100) }

func ptr[T any](v T) *T { return &v }

// Scenario returns the demo firm as of ref. Its as_of is left empty, so the
// app evaluates it on whatever day it is opened.
func Scenario(ref civil.Date) *model.Scenario {
	y := ref.Year()
	founded := ref.AddMonths(-27)
	b := &builder{ref: ref}
	sc := &model.Scenario{
		Firm: model.Firm{
			Name:          "玉溪云帆智能科技有限公司",
			USCC:          "91530402MA6K5Q3R2H",
			LegalForm:     model.LegalCompany,
			Ownership:     model.OwnPrivate,
			Founded:       founded,
			County:        "红塔区",
			Industry:      "software_it",
			InStartupPark: model.False,
			RentsPremises: model.True,
			TaxCompliant:  model.True,
			CreditClean:   model.True,
			Address:       "云南省玉溪市红塔区抚仙路 88 号创业大厦 6 楼",
			ContactPerson: "李云帆",
			Phone:         "0877-2012345",
			Certifications: []model.Certification{
				{Kind: model.CertTechSME, Issued: date(y-1, 5, 20), Expires: date(y, 12, 31)},
			},
			Received: []model.Received{},
		},
		Financials: []model.Financial{
			{Year: y - 2, Revenue: ptr(yuan(2_150_000)), TotalAssets: ptr(yuan(3_400_000)), TaxableIncome: ptr(yuan(-180_000))},
			{Year: y - 1, Revenue: ptr(yuan(8_620_000)), TotalAssets: ptr(yuan(6_950_000)), TaxableIncome: ptr(yuan(730_000))},
		},
		Taxes: []model.TaxYear{},
	}
	// The founder graduated four years ago and started the firm within five
	// years of graduating: a college entrepreneur and a youth.
	b.person(model.Person{Name: "李云帆", Founder: true, Hired: founded, Graduated: date(y-4, 7, 1)}, y-28)
	// Staff hired since founding and more than a year ago (before any
	// hiring window of §5.1); two have since left.
	for i := 0; i < 24; i++ {
		hired := founded.AddMonths(1 + i*(months(founded, ref.AddMonths(-13))-1)/24)
		p := model.Person{Name: staffNames[i], Hired: hired, ContractMonths: ptr(36)}
		if i%3 == 0 {
			p.Graduated = hired.AddYears(-1 - i%4)
		}
		if i == 5 || i == 17 {
			p.Left = hired.AddMonths(10)
		}
		b.person(p, y-41+i%12)
	}
	// This year's hires: two graduates on 3-year contracts, three others
	// (not in a qualifying category), a returning migrant worker (excluded by
	// the national rule), and two graduates on 6-month probation contracts.
	// Under today's figures (10% of the staff, 财金〔2023〕75号) the firm is
	// two qualifying hires short: hiring two more graduates, or extending
	// those two contracts to a year, is what the hiring-loan rule advises.
	start := civil.YearStart(y)
	span := ref.DaysSince(start)
	newHires := []struct {
		name     string
		months   int
		graduate bool
		cat      string
	}{
		{"赵雨萱", 36, true, ""}, {"钱浩然", 36, true, ""}, {"孙梓涵", 36, false, ""},
		{"周子轩", 24, false, ""}, {"吴思远", 24, false, ""}, {"郑国强", 24, false, model.CatReturningMigrant},
		{"王佳怡", 6, true, ""}, {"冯一鸣", 6, true, ""},
	}
	for i, h := range newHires {
		hired := start.AddDays(span * i / len(newHires))
		p := model.Person{Name: h.name, Hired: hired, ContractMonths: ptr(h.months)}
		if h.graduate {
			p.Graduated = date(y-1, 7, 1)
		}
		if h.cat != "" {
			p.Categories = []string{h.cat}
		}
		b.person(p, y-27+i%3)
	}
	// A researcher on leave from the Yuxi Agricultural Institute (离岗创业),
	// and a high-level talent whose home purchase is not yet recorded: the
	// settlement rule will ask for it.
	b.person(model.Person{Name: "杨建华", Hired: founded.AddMonths(2), ContractMonths: ptr(36),
		Graduated: date(2008, 7, 1), LeaveFrom: &model.Leave{Kind: model.LeaveInstitute, Start: founded.AddMonths(2)}}, y-44)
	b.person(model.Person{Name: "陈博文", Hired: founded.AddMonths(6), ContractMonths: ptr(60),
		Graduated: date(2012, 7, 1), Talent: &model.Talent{Program: model.TalentHighLevel, ContractYears: ptr(5)}}, y-42)
	sc.People = b.people

	sc.Patents = []model.Patent{
		{Number: patentNumber(y-1, 1, 345678), Kind: model.PatentInvention, Title: "一种基于图像识别的烟叶分级方法",
			Filed: date(y-1, 3, 18), Status: model.StatusPending, ServiceInvention: true,
			Inventors: []string{"p1", "p34"}, Income: []model.PatentIncome{}, RewardsPaid: []model.RewardPaid{}},
		{Number: patentNumber(y-2, 2, 102938), Kind: model.PatentUtilityModel, Title: "一种花卉冷链运输温湿度监测装置",
			Filed: founded.AddMonths(1), Granted: founded.AddMonths(9), Status: model.StatusGranted,
			ServiceInvention: true, Inventors: []string{"p1"},
			Income:      []model.PatentIncome{{Year: y - 1, Kind: model.IncomeLicense, Amount: yuan(120_000)}},
			RewardsPaid: []model.RewardPaid{{Year: y - 1, Amount: yuan(12_000)}}},
	}
	sc.RDExpenses = rdLedger(y)
	sc.Investments = []model.Investment{}
	sc.Loans = []model.Loan{
		{Kind: model.LoanGuaranteed, Borrower: "p1", Amount: yuan(150_000), Start: founded.AddMonths(3),
			TermMonths: 24, RateBP: 435, RepaidOnTime: model.True},
	}
	sc.Fees = []model.Fee{
		{Date: founded.AddMonths(2), Service: "软件产品登记检测", Mandatory: true, GovernmentPriced: true,
			Standard: yuan(16_000), Charged: yuan(16_000)},
		{Date: founded.AddMonths(4), Service: "消防安全检测", Mandatory: true, GovernmentPriced: true,
			Standard: yuan(6_400), Charged: yuan(3_200)},
		{Date: founded.AddMonths(8), Service: "管理体系认证咨询", Mandatory: false, GovernmentPriced: false,
			Standard: yuan(30_000), Charged: yuan(30_000)},
	}
	return sc
}

// date is for literals that are always valid.
func date(y, m, d int) civil.Date {
	v, err := civil.New(y, m, d)
	if err != nil {
		panic(err) // only literal dates reach here
	}
	return v
}

func months(from, to civil.Date) int {
	return (to.Year()-from.Year())*12 + to.Month() - from.Month()
}

type builder struct {
	ref    civil.Date
	people []model.Person
}

// yuxiAreas are the area codes of Yuxi's districts and counties, Hongta
// District (530402) first.
var yuxiAreas = [...]string{"530402", "530421", "530422", "530423", "530424", "530425", "530426", "530427", "530428"}

// person adds p with the next id and a valid resident ID number for a
// person born in the given year in Hongta District (530402). The month,
// day and serial repeat together every 21,000 people, so larger rosters
// move on to the next area code: no two people share a number (validation
// refuses that).
func (b *builder) person(p model.Person, born int) {
	n := len(b.people) + 1
	p.ID = fmt.Sprintf("p%d", n)
	area := yuxiAreas[n/21000%len(yuxiAreas)]
	first17 := fmt.Sprintf("%s%04d%02d%02d%03d", area, born, 1+n%12, 1+n%28, (10+n)%1000)
	c, err := ident.ResidentIDCheckChar(first17)
	if err != nil {
		panic(err) // first17 is 17 digits by construction
	}
	p.IDNumber = first17 + string(c)
	if p.Categories == nil {
		p.Categories = []string{}
	}
	b.people = append(b.people, p)
}

// patentNumber builds a post-2003 application number with its check digit:
// year, type (1 invention, 2 utility model, 3 design), seven-digit serial.
func patentNumber(year, kind, serial int) string {
	digits := fmt.Sprintf("%04d%d%07d", year, kind, serial)
	c, err := ident.PatentCheckChar(digits)
	if err != nil {
		panic(err) // digits is 12 digits by construction
	}
	return "ZL" + digits + "." + string(c)
}

// rdLedger is two years of monthly R&D lines for two projects, with "other"
// expenses above their 10% cap in one project so the cap shows.
func rdLedger(y int) []model.RDExpense {
	var out []model.RDExpense
	for _, year := range []int{y - 2, y - 1} {
		for m := 1; m <= 12; m++ {
			end := date(year, m, civil.DaysIn(year, m))
			out = append(out,
				model.RDExpense{Date: end, Project: "烟叶智能分级", Category: model.RDPersonnel, Amount: yuan(86_000 + int64(m)*500)},
				model.RDExpense{Date: end, Project: "冷链监测平台", Category: model.RDPersonnel, Amount: yuan(42_000)})
			if m%3 == 0 {
				out = append(out,
					model.RDExpense{Date: end, Project: "烟叶智能分级", Category: model.RDDirectInput, Amount: yuan(23_500)},
					model.RDExpense{Date: end, Project: "冷链监测平台", Category: model.RDOther, Amount: yuan(21_000)},
					model.RDExpense{Date: end, Project: "烟叶智能分级", Category: model.RDDepreciation, Amount: yuan(9_800), Capitalized: m == 12})
			}
		}
	}
	return out
}

var staffNames = [24]string{
	"张伟", "王芳", "刘洋", "陈静", "杨磊", "黄丽", "赵勇", "周敏", "吴杰", "徐娟", "孙涛", "马兰",
	"朱斌", "胡婷", "郭强", "何琳", "高鹏", "林霞", "罗军", "郑燕", "梁超", "谢红", "宋健", "唐颖",
}
