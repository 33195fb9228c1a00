// Package scenario reads and writes the huiqi-scenario JSON format of
// scenario.md: strictly on the way in (every problem named by its JSON path,
// in Chinese and English), exactly on the way out (export of an import gives
// the same JSON value).
package scenario

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"huiqi/model"
	"huiqi/model/msg"
)

// Format is the value of the "format" key this package writes.
const Format = "huiqi-scenario/2"

// Format1 is the earlier format, still read: it lacks the firm's address,
// contact person and phone and the investments' startup_tech flag, which
// read as unknown and false.
const Format1 = "huiqi-scenario/1"

// Decode parses and validates a scenario. On any problem it returns
// model.Errors listing every one it found, and no scenario.
func Decode(data []byte) (*model.Scenario, error) {
	if !utf8.Valid(data) {
		off := invalidUTF8At(data)
		line, col := position(data, off)
		return nil, model.Errors{{Path: pathAt(data, off), Err: msg.Errorf("第 %d 行第 %d 列：不是有效的 UTF-8 文本（请以 UTF-8 编码保存）",
			"line %d, column %d: not valid UTF-8 (save the file as UTF-8)", line, col)}}
	}
	r := &reader{data: bytes.TrimPrefix(data, []byte("\uFEFF"))}
	r.version = r.formatVersion()
	sc := r.scenario()
	if !r.bad {
		if r.ws(); r.pos < len(r.data) {
			r.syntax("JSON 文档结束后还有内容", "content after the end of the JSON document")
		}
	}
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	if errs := model.Validate(sc); len(errs) > 0 {
		return nil, errs
	}
	return sc, nil
}

// pathAt finds the JSON path of the string holding byte off, by reading a
// copy whose invalid bytes are replaced; "" when off is not in a string.
func pathAt(data []byte, off int) string {
	clean := make([]byte, len(data)) // same offsets, invalid bytes as '?'
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			clean[i] = '?'
			i++
			continue
		}
		copy(clean[i:], data[i:i+n])
		i += n
	}
	r := &reader{data: clean, watch: off}
	r.version = r.formatVersion()
	r.scenario()
	return r.watched
}

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// position turns a byte offset into the 1-based line and column (in
// characters) an editor shows.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}

// The keys of each object of scenario.md, nullable ones marked.
var (
	scenarioFields = fields{{"format", false}, {"as_of", true}, {"firm", false}, {"financials", false},
		{"taxes", false}, {"people", false}, {"patents", false}, {"rd_expenses", false}, {"investments", false},
		{"loans", false}, {"fees", false}}
	firmFields1 = fields{{"name", false}, {"uscc", false}, {"legal_form", false}, {"ownership", false},
		{"founded", false}, {"county", false}, {"industry", false}, {"in_startup_park", true},
		{"rents_premises", true}, {"tax_compliant", true}, {"credit_clean", true}, {"online_shop_opened", true},
		{"certifications", false}, {"received", false}}
	firmFields2 = append(slices.Clone(firmFields1[:12]), append(fields{{"address", true}, {"contact_person", true},
		{"phone", true}}, firmFields1[12:]...)...)
	certFields      = fields{{"kind", false}, {"issued", false}, {"expires", true}}
	receivedFields  = fields{{"benefit", false}, {"date", false}}
	financialFields = fields{{"year", false}, {"revenue_fen", true}, {"total_assets_fen", true},
		{"taxable_income_fen", true}}
	taxFields = fields{{"year", false}, {"vat_fen", false}, {"urban_construction_fen", false},
		{"education_surcharge_fen", false}, {"local_education_surcharge_fen", false}, {"personal_income_fen", false}}
	personFields = fields{{"id", false}, {"name", false}, {"id_number", true}, {"founder", false},
		{"hired", true}, {"left", true}, {"contract_months", true}, {"graduated", true}, {"in_school", false},
		{"categories", false}, {"employment_certificate", true}, {"farmer_certificate", false}, {"talent", true},
		{"leave_from", true}}
	empCertFields = fields{{"issued", false}, {"self_employment", false}}
	talentFields  = fields{{"program", false}, {"contract_years", true}, {"home_in_yuxi", true}}
	leaveFields   = fields{{"kind", false}, {"start", false}}
	patentFields  = fields{{"number", false}, {"kind", false}, {"title", false}, {"filed", false},
		{"granted", true}, {"status", false}, {"service_invention", false}, {"reward_agreed", false},
		{"inventors", false}, {"income", false}, {"rewards_paid", false}}
	incomeFields      = fields{{"year", false}, {"kind", false}, {"amount_fen", false}}
	rewardFields      = fields{{"year", false}, {"amount_fen", false}}
	rdFields          = fields{{"date", false}, {"project", false}, {"category", false}, {"amount_fen", false}, {"capitalized", false}}
	investmentFields1 = fields{{"investee", false}, {"investee_uscc", true}, {"unlisted", false},
		{"sme_high_tech", false}, {"amount_fen", false}, {"date", false}, {"exited", true}}
	investmentFields2 = append(slices.Clone(investmentFields1[:4]), append(fields{{"startup_tech", false}},
		investmentFields1[4:]...)...)
	loanFields = fields{{"kind", false}, {"borrower", false}, {"amount_fen", false}, {"start", false},
		{"term_months", false}, {"rate_bp", false}, {"repaid_on_time", true}}
	feeFields = fields{{"date", false}, {"service", false}, {"mandatory", false}, {"government_priced", false},
		{"standard_fen", false}, {"charged_fen", false}}
)

func (r *reader) scenario() *model.Scenario {
	sc := &model.Scenario{}
	if r.peek() == 0 {
		r.syntax("文件是空的", "the file is empty")
		return sc
	}
	r.record(scenarioFields, func(key string) {
		switch key {
		case "format":
			if f := r.str(); f != Format && f != Format1 && !r.bad && f != "" {
				r.fail(msg.Errorf("格式为 %q，本程序读取 %q 和 %q", "format is %q; this program reads %q and %q", f, Format1, Format))
			}
		case "as_of":
			sc.AsOf = r.optDate()
		case "firm":
			sc.Firm = r.firm()
		case "financials":
			r.list(func() {
				var f model.Financial
				r.record(financialFields, func(k string) {
					switch k {
					case "year":
						f.Year = r.integer()
					case "revenue_fen":
						f.Revenue = r.optFen()
					case "total_assets_fen":
						f.TotalAssets = r.optFen()
					case "taxable_income_fen":
						f.TaxableIncome = r.optFen()
					}
				})
				sc.Financials = append(sc.Financials, f)
			})
		case "taxes":
			r.list(func() {
				var t model.TaxYear
				r.record(taxFields, func(k string) {
					switch k {
					case "year":
						t.Year = r.integer()
					case "vat_fen":
						t.VAT = r.fen()
					case "urban_construction_fen":
						t.UrbanConstruction = r.fen()
					case "education_surcharge_fen":
						t.EducationSurcharge = r.fen()
					case "local_education_surcharge_fen":
						t.LocalEducationSurcharge = r.fen()
					case "personal_income_fen":
						t.PersonalIncome = r.fen()
					}
				})
				sc.Taxes = append(sc.Taxes, t)
			})
		case "people":
			r.list(func() { sc.People = append(sc.People, r.person()) })
		case "patents":
			r.list(func() { sc.Patents = append(sc.Patents, r.patent()) })
		case "rd_expenses":
			r.list(func() { sc.RDExpenses = append(sc.RDExpenses, r.rdExpense()) })
		case "investments":
			r.list(func() { sc.Investments = append(sc.Investments, r.investment()) })
		case "loans":
			r.list(func() { sc.Loans = append(sc.Loans, r.loan()) })
		case "fees":
			r.list(func() { sc.Fees = append(sc.Fees, r.fee()) })
		}
	})
	return sc
}

func (r *reader) firm() model.Firm {
	var f model.Firm
	r.record(pick(r.version == 1, firmFields1, firmFields2), func(key string) {
		switch key {
		case "name":
			f.Name = r.str()
		case "uscc":
			f.USCC = r.str()
		case "legal_form":
			f.LegalForm = r.str()
		case "ownership":
			f.Ownership = r.str()
		case "founded":
			f.Founded = r.date()
		case "county":
			f.County = r.str()
		case "industry":
			f.Industry = r.str()
		case "in_startup_park":
			f.InStartupPark = r.tri()
		case "rents_premises":
			f.RentsPremises = r.tri()
		case "tax_compliant":
			f.TaxCompliant = r.tri()
		case "credit_clean":
			f.CreditClean = r.tri()
		case "online_shop_opened":
			f.OnlineShopOpened = r.optDate()
		case "address":
			f.Address = r.optStr()
		case "contact_person":
			f.ContactPerson = r.optStr()
		case "phone":
			f.Phone = r.optStr()
		case "certifications":
			r.list(func() {
				var c model.Certification
				r.record(certFields, func(k string) {
					switch k {
					case "kind":
						c.Kind = r.str()
					case "issued":
						c.Issued = r.date()
					case "expires":
						c.Expires = r.optDate()
					}
				})
				f.Certifications = append(f.Certifications, c)
			})
		case "received":
			r.list(func() {
				var rc model.Received
				r.record(receivedFields, func(k string) {
					switch k {
					case "benefit":
						rc.Benefit = r.str()
					case "date":
						rc.Date = r.date()
					}
				})
				f.Received = append(f.Received, rc)
			})
		}
	})
	return f
}

func (r *reader) person() model.Person {
	var p model.Person
	r.record(personFields, func(key string) {
		switch key {
		case "id":
			p.ID = r.str()
		case "name":
			p.Name = r.str()
		case "id_number":
			p.IDNumber = r.optStr()
		case "founder":
			p.Founder = r.boolean()
		case "hired":
			p.Hired = r.optDate()
		case "left":
			p.Left = r.optDate()
		case "contract_months":
			p.ContractMonths = r.optInt()
		case "graduated":
			p.Graduated = r.optDate()
		case "in_school":
			p.InSchool = r.boolean()
		case "categories":
			p.Categories = r.strings()
		case "employment_certificate":
			var c model.EmploymentCertificate
			if r.optRecord(empCertFields, func(k string) {
				switch k {
				case "issued":
					c.Issued = r.date()
				case "self_employment":
					c.SelfEmployment = r.boolean()
				}
			}) {
				p.EmploymentCertificate = &c
			}
		case "farmer_certificate":
			p.FarmerCertificate = r.boolean()
		case "talent":
			var t model.Talent
			if r.optRecord(talentFields, func(k string) {
				switch k {
				case "program":
					t.Program = r.str()
				case "contract_years":
					t.ContractYears = r.optInt()
				case "home_in_yuxi":
					t.HomeInYuxi = r.tri()
				}
			}) {
				p.Talent = &t
			}
		case "leave_from":
			var l model.Leave
			if r.optRecord(leaveFields, func(k string) {
				switch k {
				case "kind":
					l.Kind = r.str()
				case "start":
					l.Start = r.date()
				}
			}) {
				p.LeaveFrom = &l
			}
		}
	})
	return p
}

func (r *reader) patent() model.Patent {
	var p model.Patent
	r.record(patentFields, func(key string) {
		switch key {
		case "number":
			p.Number = r.str()
		case "kind":
			p.Kind = r.str()
		case "title":
			p.Title = r.str()
		case "filed":
			p.Filed = r.date()
		case "granted":
			p.Granted = r.optDate()
		case "status":
			p.Status = r.str()
		case "service_invention":
			p.ServiceInvention = r.boolean()
		case "reward_agreed":
			p.RewardAgreed = r.boolean()
		case "inventors":
			p.Inventors = r.strings()
		case "income":
			r.list(func() {
				var in model.PatentIncome
				r.record(incomeFields, func(k string) {
					switch k {
					case "year":
						in.Year = r.integer()
					case "kind":
						in.Kind = r.str()
					case "amount_fen":
						in.Amount = r.fen()
					}
				})
				p.Income = append(p.Income, in)
			})
		case "rewards_paid":
			r.list(func() {
				var rw model.RewardPaid
				r.record(rewardFields, func(k string) {
					switch k {
					case "year":
						rw.Year = r.integer()
					case "amount_fen":
						rw.Amount = r.fen()
					}
				})
				p.RewardsPaid = append(p.RewardsPaid, rw)
			})
		}
	})
	return p
}

func (r *reader) rdExpense() model.RDExpense {
	var e model.RDExpense
	r.record(rdFields, func(key string) {
		switch key {
		case "date":
			e.Date = r.date()
		case "project":
			e.Project = r.str()
		case "category":
			e.Category = r.str()
		case "amount_fen":
			e.Amount = r.fen()
		case "capitalized":
			e.Capitalized = r.boolean()
		}
	})
	return e
}

func (r *reader) investment() model.Investment {
	var in model.Investment
	r.record(pick(r.version == 1, investmentFields1, investmentFields2), func(key string) {
		switch key {
		case "investee":
			in.Investee = r.str()
		case "investee_uscc":
			in.InvesteeUSCC = r.optStr()
		case "unlisted":
			in.Unlisted = r.boolean()
		case "sme_high_tech":
			in.SMEHighTech = r.boolean()
		case "startup_tech":
			in.StartupTech = r.boolean()
		case "amount_fen":
			in.Amount = r.fen()
		case "date":
			in.Date = r.date()
		case "exited":
			in.Exited = r.optDate()
		}
	})
	return in
}

func (r *reader) loan() model.Loan {
	var l model.Loan
	r.record(loanFields, func(key string) {
		switch key {
		case "kind":
			l.Kind = r.str()
		case "borrower":
			l.Borrower = r.str()
		case "amount_fen":
			l.Amount = r.fen()
		case "start":
			l.Start = r.date()
		case "term_months":
			l.TermMonths = r.integer()
		case "rate_bp":
			l.RateBP = r.integer()
		case "repaid_on_time":
			l.RepaidOnTime = r.tri()
		}
	})
	return l
}

func (r *reader) fee() model.Fee {
	var f model.Fee
	r.record(feeFields, func(key string) {
		switch key {
		case "date":
			f.Date = r.date()
		case "service":
			f.Service = r.str()
		case "mandatory":
			f.Mandatory = r.boolean()
		case "government_priced":
			f.GovernmentPriced = r.boolean()
		case "standard_fen":
			f.Standard = r.fen()
		case "charged_fen":
			f.Charged = r.fen()
		}
	})
	return f
}

func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}
