package demo

import (
	"fmt"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/ident"
)

// Client is the i-th firm of an accountant's demo client folder (issue
// 12): the demo firm varied, so that the overview, its benchmarks and tests
// see a spread of results. Its staff run from 5 to 300 and its records from
// one to five years: people hired over the firm's years, a monthly R&D
// ledger and a financial year for each year, the demo's patents, loan and
// fees. Names and credit codes differ for every i; the same i always gives
// the same firm.
func Client(ref civil.Date, i int) *model.Scenario {
	sc := Scenario(ref)
	years := 1 + i%5
	staff := 5 + i*61%296
	y := ref.Year()
	founded := ref.AddYears(-years).AddDays(-(i * 37 % 200))
	f := &sc.Firm
	f.Name = fmt.Sprintf("玉溪%s%s%s有限公司", clientPlaces[i%len(clientPlaces)], clientWords[i/len(clientPlaces)%len(clientWords)], clientTrades[i%len(clientTrades)])
	if i >= len(clientPlaces)*len(clientWords) {
		f.Name = fmt.Sprintf("玉溪%s%s%s第%d有限公司", clientPlaces[i%len(clientPlaces)], clientWords[i/len(clientPlaces)%len(clientWords)], clientTrades[i%len(clientTrades)], i)
	}
	f.USCC = clientUSCC(i)
	f.County = clientCounties[i%len(clientCounties)]
	f.Industry = clientIndustries[i%len(clientIndustries)]
	f.Founded = founded
	f.Certifications = nil
	if i%3 != 2 {
		f.Certifications = []model.Certification{{Kind: model.CertTechSME, Issued: ref.AddMonths(-8 - i%6), Expires: ref.AddDays(10 + i*29%120)}}
	}
	if i%7 == 3 {
		f.Certifications = append(f.Certifications, model.Certification{Kind: model.CertHighTech, Issued: ref.AddMonths(-14), Expires: ref.AddMonths(22 + i%9)})
	}

	b := &builder{ref: ref}
	b.person(model.Person{Name: staffNames[i%len(staffNames)], Founder: true, Hired: founded, Graduated: founded.AddYears(-1 - i%7)}, y-26-i%15)
	days := ref.DaysSince(founded)
	for n := 1; n < staff; n++ {
		hired := founded.AddDays(1 + (n*7919+i*31)%days)
		p := model.Person{Name: fmt.Sprintf("%s%d", staffNames[n%len(staffNames)], n), Hired: hired, ContractMonths: ptr(12 * (1 + (n+i)%3))}
		if n%4 == 0 {
			p.Graduated = hired.AddYears(-1 - n%3)
		}
		if n%9 == 0 {
			cats := model.Categories.Codes()
			p.Categories = []string{cats[(n/9+i)%len(cats)]}
		}
		if n%11 == 0 && hired.AddMonths(6) <= ref {
			p.Left = hired.AddMonths(6)
		}
		b.person(p, y-22-(n+i)%30)
	}
	sc.People = b.people
	for k := range sc.Patents {
		sc.Patents[k].Inventors = []string{"p1"}
	}

	sc.Financials = nil
	sc.RDExpenses = nil
	scale := int64(staff)
	for year := max(founded.Year(), y-years); year < y; year++ {
		sc.Financials = append(sc.Financials, model.Financial{Year: year,
			Revenue:       ptr(yuan(scale * (90_000 + int64(i%13)*7_000))),
			TotalAssets:   ptr(yuan(scale * (70_000 + int64(i%11)*5_000))),
			TaxableIncome: ptr(yuan(scale*(4_000+int64(i%17)*900) - 150_000))})
	}
	for year := max(founded.Year(), y-years); year <= y; year++ {
		for m := 1; m <= 12; m++ {
			end := date(year, m, civil.DaysIn(year, m))
			if end < founded || end > ref {
				continue
			}
			sc.RDExpenses = append(sc.RDExpenses,
				model.RDExpense{Date: end, Project: "智能分级", Category: model.RDPersonnel, Amount: yuan(scale*900 + int64(m)*300)},
				model.RDExpense{Date: end, Project: "冷链监测", Category: model.RDDirectInput, Amount: yuan(scale*250 + int64(i%5)*1_000)})
		}
	}
	for k := range sc.Fees {
		sc.Fees[k].Date = founded.AddMonths(2 + 3*k)
	}
	for k := range sc.Loans {
		sc.Loans[k].Start = founded.AddMonths(3)
	}
	return sc
}

var (
	clientPlaces     = []string{"红塔", "江川", "澄江", "通海", "华宁", "易门", "峨山", "新平", "元江", "抚仙", "星云", "聂耳"}
	clientWords      = []string{"云帆", "智联", "恒信", "嘉禾", "远景", "晨曦", "瑞丰", "博达", "汇通", "锦程", "宏图", "青山", "绿源", "金穗", "明德", "长风", "众创", "新禾"}
	clientTrades     = []string{"科技", "软件", "农业", "商贸", "信息", "物流", "食品", "文化"}
	clientCounties   = []string{"红塔区", "江川区", "澄江市", "通海县", "华宁县", "易门县", "峨山彝族自治县", "新平彝族傣族自治县", "元江哈尼族彝族傣族自治县"}
	clientIndustries = []string{"software_it", "retail", "other", "wholesale", "software_it", "leasing_business_services"}
)

// clientUSCC is a valid credit code (GB 32100-2015 check character) that
// differs for every i: 91 (a company) 530402 (Hongta), MA, and i in the
// code's own digits.
func clientUSCC(i int) string {
	const digits = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	s := make([]byte, 7)
	for k := 6; k >= 0; k-- {
		s[k] = digits[i%len(digits)]
		i /= len(digits)
	}
	first17 := "91530402MA" + string(s)
	c, err := ident.USCCCheckChar(first17)
	if err != nil {
		panic(err) // first17 is valid by construction
	}
	return first17 + string(c)
}
