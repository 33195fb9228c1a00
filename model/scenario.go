// Package model holds Huiqi's domain: a firm's records as scenario.md
// describes them. Sub-packages hold the value types (money, civil), the
// identifier checks (ident), the JSON format (scenario), the SQLite store
// (store) and the policy engine.
package model

import (
	"huiqi/model/civil"
	"huiqi/model/money"
)

// Scenario is everything Huiqi knows about one firm. A zero civil.Date is
// "no date" and a nil pointer is "unknown", exactly as the nulls of
// scenario.md.
//
// RecordID fields carry the store's UUID of a row and Version fields the
// row's revision when it was read (a save made from an older revision is
// refused: someone else changed the record meanwhile); neither is part of
// the JSON format, and both are zero for records that were never stored.
type Scenario struct {
	AsOf        civil.Date // zero: not given
	Firm        Firm
	Financials  []Financial
	Taxes       []TaxYear
	People      []Person
	Patents     []Patent
	RDExpenses  []RDExpense
	Investments []Investment
	Loans       []Loan
	Fees        []Fee
}

// Firm is the applicant: the enterprise or individual business.
type Firm struct {
	RecordID         string
	Version          int64
	Name             string
	USCC             string // 统一社会信用代码
	LegalForm        string // LegalForms
	Ownership        string // Ownerships
	Founded          civil.Date
	County           string
	Industry         string // Industries
	InStartupPark    Tri
	RentsPremises    Tri
	TaxCompliant     Tri
	CreditClean      Tri
	OnlineShopOpened civil.Date // zero: no shop
	Address          string     // 经营地址; "": not known (format 2)
	ContactPerson    string     // 联系人; "": not known (format 2)
	Phone            string     // 联系电话; "": not known (format 2)
	Certifications   []Certification
	Received         []Received
}

// Certification is a recognition with a validity period.
type Certification struct {
	RecordID string
	Kind     string // CertKinds
	Issued   civil.Date
	Expires  civil.Date // zero: no expiry
}

// Received is a benefit the firm has already had.
type Received struct {
	RecordID string
	Benefit  string // a rule id
	Date     civil.Date
}

// Financial is one year's accounts; nil figures are unknown.
type Financial struct {
	RecordID      string
	Version       int64
	Year          int
	Revenue       *money.Fen
	TotalAssets   *money.Fen
	TaxableIncome *money.Fen // may be negative (a loss)
}

// TaxYear is the taxes paid in a year.
type TaxYear struct {
	RecordID                string
	Version                 int64
	Year                    int
	VAT                     money.Fen
	UrbanConstruction       money.Fen
	EducationSurcharge      money.Fen
	LocalEducationSurcharge money.Fen
	PersonalIncome          money.Fen
}

// Person is a founder or employee.
type Person struct {
	RecordID              string
	Version               int64
	ID                    string // the scenario's own id ("p1"), kept verbatim
	Name                  string
	IDNumber              string // resident ID; "" is unknown
	Founder               bool
	Hired                 civil.Date // zero: not on the payroll
	Left                  civil.Date // zero: still employed
	ContractMonths        *int       // nil: unknown
	Graduated             civil.Date // zero: not a graduate
	InSchool              bool
	Categories            []string // Categories
	EmploymentCertificate *EmploymentCertificate
	FarmerCertificate     bool
	Talent                *Talent
	LeaveFrom             *Leave
}

// EmploymentCertificate is the 就业失业登记证.
type EmploymentCertificate struct {
	Issued         civil.Date
	SelfEmployment bool // endorsed "自主创业税收政策"
}

// Talent marks a person recruited under a talent programme.
type Talent struct {
	Program       string // TalentPrograms
	ContractYears *int   // nil: unknown
	HomeInYuxi    Tri
}

// Leave is a researcher's or SOE employee's leave to found a business.
type Leave struct {
	Kind  string // LeaveKinds
	Start civil.Date
}

// Patent is a patent application or grant of the firm.
type Patent struct {
	RecordID         string
	Version          int64
	Number           string // application number as written, e.g. ZL201610123456.6
	Kind             string // PatentKinds
	Title            string
	Filed            civil.Date
	Granted          civil.Date // zero: not granted
	Status           string     // PatentStatuses
	ServiceInvention bool
	RewardAgreed     bool
	Inventors        []string // person ids
	Income           []PatentIncome
	RewardsPaid      []RewardPaid
}

// PatentIncome is a year's income from a patent.
type PatentIncome struct {
	Year   int
	Kind   string // IncomeKinds
	Amount money.Fen
}

// RewardPaid is what the firm paid its inventors for a patent in a year.
type RewardPaid struct {
	Year   int
	Amount money.Fen
}

// RDExpense is one line of the R&D ledger (研发支出辅助账).
type RDExpense struct {
	RecordID    string
	Version     int64
	Date        civil.Date
	Project     string
	Category    string // RDCategories
	Amount      money.Fen
	Capitalized bool
}

// Investment is an equity investment made by the firm.
type Investment struct {
	RecordID     string
	Version      int64
	Investee     string
	InvesteeUSCC string // "": not known
	Unlisted     bool
	SMEHighTech  bool
	StartupTech  bool // a 初创科技型企业 when invested in, by cash paid to it (format 2)
	Amount       money.Fen
	Date         civil.Date
	Exited       civil.Date // zero: still held
}

// Loan is a loan to the firm or to one of its people.
type Loan struct {
	RecordID     string
	Version      int64
	Kind         string // LoanKinds
	Borrower     string // BorrowerFirm or a person id
	Amount       money.Fen
	Start        civil.Date
	TermMonths   int
	RateBP       int // basis points: 435 = 4.35%
	RepaidOnTime Tri
}

// Fee is a charge paid for a service.
type Fee struct {
	RecordID         string
	Version          int64
	Date             civil.Date
	Service          string
	Mandatory        bool
	GovernmentPriced bool
	Standard         money.Fen
	Charged          money.Fen
}
