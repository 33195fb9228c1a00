package scenario

import (
	"bytes"
	"encoding/json"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
)

// The types below mirror the JSON of scenario.md field for field and in its
// key order. Every key is always written (nullable ones as null) and every
// array as [] when empty, so export then import then export is a fixed point.

type fileJSON struct {
	Format      string           `json:"format"`
	AsOf        civil.Date       `json:"as_of"`
	Firm        firmJSON         `json:"firm"`
	Financials  []financialJSON  `json:"financials"`
	Taxes       []taxJSON        `json:"taxes"`
	People      []personJSON     `json:"people"`
	Patents     []patentJSON     `json:"patents"`
	RDExpenses  []rdJSON         `json:"rd_expenses"`
	Investments []investmentJSON `json:"investments"`
	Loans       []loanJSON       `json:"loans"`
	Fees        []feeJSON        `json:"fees"`
}

type firmJSON struct {
	Name             string         `json:"name"`
	USCC             string         `json:"uscc"`
	LegalForm        string         `json:"legal_form"`
	Ownership        string         `json:"ownership"`
	Founded          civil.Date     `json:"founded"`
	County           string         `json:"county"`
	Industry         string         `json:"industry"`
	InStartupPark    *bool          `json:"in_startup_park"`
	RentsPremises    *bool          `json:"rents_premises"`
	TaxCompliant     *bool          `json:"tax_compliant"`
	CreditClean      *bool          `json:"credit_clean"`
	OnlineShopOpened civil.Date     `json:"online_shop_opened"`
	Address          *string        `json:"address"`
	ContactPerson    *string        `json:"contact_person"`
	Phone            *string        `json:"phone"`
	Certifications   []certJSON     `json:"certifications"`
	Received         []receivedJSON `json:"received"`
}

type certJSON struct {
	Kind    string     `json:"kind"`
	Issued  civil.Date `json:"issued"`
	Expires civil.Date `json:"expires"`
}

type receivedJSON struct {
	Benefit string     `json:"benefit"`
	Date    civil.Date `json:"date"`
}

type financialJSON struct {
	Year          int        `json:"year"`
	Revenue       *money.Fen `json:"revenue_fen"`
	TotalAssets   *money.Fen `json:"total_assets_fen"`
	TaxableIncome *money.Fen `json:"taxable_income_fen"`
}

type taxJSON struct {
	Year                    int       `json:"year"`
	VAT                     money.Fen `json:"vat_fen"`
	UrbanConstruction       money.Fen `json:"urban_construction_fen"`
	EducationSurcharge      money.Fen `json:"education_surcharge_fen"`
	LocalEducationSurcharge money.Fen `json:"local_education_surcharge_fen"`
	PersonalIncome          money.Fen `json:"personal_income_fen"`
}

type personJSON struct {
	ID                    string       `json:"id"`
	Name                  string       `json:"name"`
	IDNumber              *string      `json:"id_number"`
	Founder               bool         `json:"founder"`
	Hired                 civil.Date   `json:"hired"`
	Left                  civil.Date   `json:"left"`
	ContractMonths        *int         `json:"contract_months"`
	Graduated             civil.Date   `json:"graduated"`
	InSchool              bool         `json:"in_school"`
	Categories            []string     `json:"categories"`
	EmploymentCertificate *empCertJSON `json:"employment_certificate"`
	FarmerCertificate     bool         `json:"farmer_certificate"`
	Talent                *talentJSON  `json:"talent"`
	LeaveFrom             *leaveJSON   `json:"leave_from"`
}

type empCertJSON struct {
	Issued         civil.Date `json:"issued"`
	SelfEmployment bool       `json:"self_employment"`
}

type talentJSON struct {
	Program       string `json:"program"`
	ContractYears *int   `json:"contract_years"`
	HomeInYuxi    *bool  `json:"home_in_yuxi"`
}

type leaveJSON struct {
	Kind  string     `json:"kind"`
	Start civil.Date `json:"start"`
}

type patentJSON struct {
	Number           string       `json:"number"`
	Kind             string       `json:"kind"`
	Title            string       `json:"title"`
	Filed            civil.Date   `json:"filed"`
	Granted          civil.Date   `json:"granted"`
	Status           string       `json:"status"`
	ServiceInvention bool         `json:"service_invention"`
	RewardAgreed     bool         `json:"reward_agreed"`
	Inventors        []string     `json:"inventors"`
	Income           []incomeJSON `json:"income"`
	RewardsPaid      []rewardJSON `json:"rewards_paid"`
}

type incomeJSON struct {
	Year   int       `json:"year"`
	Kind   string    `json:"kind"`
	Amount money.Fen `json:"amount_fen"`
}

type rewardJSON struct {
	Year   int       `json:"year"`
	Amount money.Fen `json:"amount_fen"`
}

type rdJSON struct {
	Date        civil.Date `json:"date"`
	Project     string     `json:"project"`
	Category    string     `json:"category"`
	Amount      money.Fen  `json:"amount_fen"`
	Capitalized bool       `json:"capitalized"`
}

type investmentJSON struct {
	Investee     string     `json:"investee"`
	InvesteeUSCC *string    `json:"investee_uscc"`
	Unlisted     bool       `json:"unlisted"`
	SMEHighTech  bool       `json:"sme_high_tech"`
	StartupTech  bool       `json:"startup_tech"`
	Amount       money.Fen  `json:"amount_fen"`
	Date         civil.Date `json:"date"`
	Exited       civil.Date `json:"exited"`
}

type loanJSON struct {
	Kind         string     `json:"kind"`
	Borrower     string     `json:"borrower"`
	Amount       money.Fen  `json:"amount_fen"`
	Start        civil.Date `json:"start"`
	TermMonths   int        `json:"term_months"`
	RateBP       int        `json:"rate_bp"`
	RepaidOnTime *bool      `json:"repaid_on_time"`
}

type feeJSON struct {
	Date             civil.Date `json:"date"`
	Service          string     `json:"service"`
	Mandatory        bool       `json:"mandatory"`
	GovernmentPriced bool       `json:"government_priced"`
	Standard         money.Fen  `json:"standard_fen"`
	Charged          money.Fen  `json:"charged_fen"`
}

// Encode writes sc as huiqi-scenario/1 JSON, indented like the shared
// examples, Chinese unescaped, ending in a newline.
func Encode(sc *model.Scenario) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(toJSON(sc)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// list converts a slice and never yields nil, so empty arrays are written
// as [] rather than null.
func list[T, J any](in []T, f func(T) J) []J {
	out := make([]J, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func toJSON(sc *model.Scenario) fileJSON {
	f := sc.Firm
	return fileJSON{
		Format: Format,
		AsOf:   sc.AsOf,
		Firm: firmJSON{
			Name: f.Name, USCC: f.USCC, LegalForm: f.LegalForm, Ownership: f.Ownership,
			Founded: f.Founded, County: f.County, Industry: f.Industry,
			InStartupPark: f.InStartupPark.Ptr(), RentsPremises: f.RentsPremises.Ptr(),
			TaxCompliant: f.TaxCompliant.Ptr(), CreditClean: f.CreditClean.Ptr(),
			OnlineShopOpened: f.OnlineShopOpened,
			Address:          nullable(f.Address), ContactPerson: nullable(f.ContactPerson), Phone: nullable(f.Phone),
			Certifications: list(f.Certifications, func(c model.Certification) certJSON {
				return certJSON{c.Kind, c.Issued, c.Expires}
			}),
			Received: list(f.Received, func(r model.Received) receivedJSON { return receivedJSON{r.Benefit, r.Date} }),
		},
		Financials: list(sc.Financials, func(r model.Financial) financialJSON {
			return financialJSON{r.Year, r.Revenue, r.TotalAssets, r.TaxableIncome}
		}),
		Taxes: list(sc.Taxes, func(t model.TaxYear) taxJSON {
			return taxJSON{t.Year, t.VAT, t.UrbanConstruction, t.EducationSurcharge, t.LocalEducationSurcharge, t.PersonalIncome}
		}),
		People:  list(sc.People, personToJSON),
		Patents: list(sc.Patents, patentToJSON),
		RDExpenses: list(sc.RDExpenses, func(e model.RDExpense) rdJSON {
			return rdJSON{e.Date, e.Project, e.Category, e.Amount, e.Capitalized}
		}),
		Investments: list(sc.Investments, func(in model.Investment) investmentJSON {
			return investmentJSON{in.Investee, nullable(in.InvesteeUSCC), in.Unlisted, in.SMEHighTech, in.StartupTech, in.Amount, in.Date, in.Exited}
		}),
		Loans: list(sc.Loans, func(l model.Loan) loanJSON {
			return loanJSON{l.Kind, l.Borrower, l.Amount, l.Start, l.TermMonths, l.RateBP, l.RepaidOnTime.Ptr()}
		}),
		Fees: list(sc.Fees, func(f model.Fee) feeJSON {
			return feeJSON{f.Date, f.Service, f.Mandatory, f.GovernmentPriced, f.Standard, f.Charged}
		}),
	}
}

func personToJSON(p model.Person) personJSON {
	j := personJSON{
		ID: p.ID, Name: p.Name, IDNumber: nullable(p.IDNumber), Founder: p.Founder,
		Hired: p.Hired, Left: p.Left, ContractMonths: p.ContractMonths, Graduated: p.Graduated,
		InSchool: p.InSchool, Categories: list(p.Categories, func(s string) string { return s }),
		FarmerCertificate: p.FarmerCertificate,
	}
	if c := p.EmploymentCertificate; c != nil {
		j.EmploymentCertificate = &empCertJSON{c.Issued, c.SelfEmployment}
	}
	if t := p.Talent; t != nil {
		j.Talent = &talentJSON{t.Program, t.ContractYears, t.HomeInYuxi.Ptr()}
	}
	if l := p.LeaveFrom; l != nil {
		j.LeaveFrom = &leaveJSON{l.Kind, l.Start}
	}
	return j
}

func patentToJSON(p model.Patent) patentJSON {
	return patentJSON{
		Number: p.Number, Kind: p.Kind, Title: p.Title, Filed: p.Filed, Granted: p.Granted,
		Status: p.Status, ServiceInvention: p.ServiceInvention, RewardAgreed: p.RewardAgreed,
		Inventors: list(p.Inventors, func(s string) string { return s }),
		Income: list(p.Income, func(i model.PatentIncome) incomeJSON {
			return incomeJSON{i.Year, i.Kind, i.Amount}
		}),
		RewardsPaid: list(p.RewardsPaid, func(r model.RewardPaid) rewardJSON { return rewardJSON{r.Year, r.Amount} }),
	}
}
