package engine

import (
	"huiqi/model"
	"huiqi/model/params"
	"strings"
	"testing"
)

func TestYouthGuaranteedLoan(t *testing.T) {
	techSME := func(sc *model.Scenario) {
		sc.Firm.Certifications = []model.Certification{{Kind: model.CertTechSME, Issued: day("2020-01-01")}}
	}
	cases := []struct {
		name   string
		build  func(sc *model.Scenario)
		asOf   string
		status Status
		tech   bool // the 20万 ceiling is mentioned
	}{
		{"graduated 2016-02-29, D = end(g,5y) − 1", func(sc *model.Scenario) { sc.People[0].Graduated = day("2016-02-29") }, "2021-02-27", Eligible, false},
		{"graduated 2016-02-29, D = end(g,5y)", func(sc *model.Scenario) { sc.People[0].Graduated = day("2016-02-29") }, "2021-02-28", Eligible, false},
		{"graduated 2016-02-29, D = end(g,5y) + 1", func(sc *model.Scenario) { sc.People[0].Graduated = day("2016-02-29") }, "2021-03-01", Ineligible, false},
		{"youth (born 1990) but not a college entrepreneur: ineligible", func(sc *model.Scenario) {}, "2021-06-30", Ineligible, false},
		{"in school with no ID number: eligible (age not needed)", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			sc.People[0].IDNumber = ""
		}, "2021-06-30", Eligible, false},
		{"tech SME: reasons give the 200,000 ceiling", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			techSME(sc)
		}, "2021-06-30", Eligible, true},
		{"tech SME certificate expiring on D: still mentioned", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			techSME(sc)
			sc.Firm.Certifications[0].Expires = day("2021-06-30")
		}, "2021-06-30", Eligible, true},
		{"tech SME certificate expired D−1: not mentioned", func(sc *model.Scenario) {
			sc.People[0].InSchool = true
			techSME(sc)
			sc.Firm.Certifications[0].Expires = day("2021-06-29")
		}, "2021-06-30", Eligible, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.build(sc)
			r := checkedRule(t, sc, c.asOf, "youth-guaranteed-loan")
			wantStatus(t, r, c.status)
			wantReason(t, r, "大学生创业者", "college entrepreneur")
			wantMissing(t, r)
			if c.status == Eligible {
				wantAmounts(t, r, 0, 20_000_000) // the individual ceiling in force in 2021 (财金〔2020〕21号)
			}
			if c.tech {
				if tech := checkedRule(t, sc, c.asOf, "tech-sme-founder-loan"); tech.Status != Eligible {
					t.Fatalf("setup: tech-sme-founder-loan %s", tech.Status)
				}
				wantReason(t, r, "创办人担保贷款额度可达 20 万元", "the founder may borrow up to 200,000 yuan")
			} else {
				noReason(t, r, "创办人担保贷款额度可达", "the founder may borrow up to")
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 2.11 sme-hiring-loan

// §5.1: the ceiling is the individual one in force on D, the day before and
// the day each row starts.
func TestYouthGuaranteedLoanCeilingByDate(t *testing.T) {
	for _, c := range []struct {
		d    string
		max  int64
		cite string
	}{
		{"2016-11-15", 10_000_000, "银发〔2016〕202号"}, {"2018-11-15", 10_000_000, "财金〔2018〕22号"},
		{"2018-11-16", 15_000_000, "国发〔2018〕39号"}, {"2020-04-14", 15_000_000, "国发〔2019〕28号"},
		{"2020-04-15", 20_000_000, "财金〔2020〕21号"}, {"2023-09-30", 20_000_000, "财金〔2020〕21号"},
		{"2023-10-01", 30_000_000, "财金〔2023〕75号"}, {"2026-12-01", 30_000_000, "财金〔2023〕75号"},
	} {
		sc := baseFirm()
		sc.Firm.Founded, sc.People[0].Hired = day("2016-01-01"), day("2016-01-01")
		sc.Financials[0].Year = 2016
		sc.People[0].InSchool = true
		r := checkedRule(t, sc, c.d, "youth-guaranteed-loan")
		wantStatus(t, r, Eligible)
		wantAmounts(t, r, 0, c.max)
		if p, ok := r.Used(params.LoanPersonMax); !ok || !strings.Contains(p.Cite, c.cite) {
			t.Errorf("%s: basis %v, want %s", c.d, p, c.cite)
		}
		issued := c.max == 10_000_000
		if r.Adjusted.IsZero() != issued {
			t.Errorf("%s: adjusted line %q (the clause says 10万)", c.d, r.Adjusted.Zh)
		}
	}
}
