package engine

import (
	"encoding/json"
	"fmt"
	"huiqi/model"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func TestSmeHiringLoan(t *testing.T) {
	m12, m11, m6 := ptrInt(12), ptrInt(11), ptrInt(6)
	type want struct {
		status                  Status
		staff, pct, nA, nB      int
		extra, extend           int // extend nilInt = null
		missing                 []string
		adviceGrads, adviceOthr int // 0: not checked
	}
	cases := []struct {
		name  string
		build func() (*model.Scenario, []string) // the scenario and the expected missing paths
		want  want
	}{
		{"(a) exactly 30%: 3 of 10", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 3, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 10, 30, 3, 0, 0, 0, nil, 0, 0}},
		{"(a) just under 30%: 2 of 10", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, nilInt, nil, 2, 2}},
		{"(a) exactly 30%: 6 of 20", func() (*model.Scenario, []string) {
			sc := raHiringFirm(13)
			raHire(sc, 6, raHiredY, m12, "", "veteran")
			return sc, nil
		}, want{Eligible, 20, 30, 6, 0, 0, 0, nil, 0, 0}},
		{"(a) just under 30%: 5 of 20", func() (*model.Scenario, []string) {
			sc := raHiringFirm(14)
			raHire(sc, 5, raHiredY, m12, "", "veteran")
			return sc, nil
		}, want{Ineligible, 20, 30, 5, 0, 2, nilInt, nil, 2, 2}},
		{"(b) exactly 20%: 2 graduates of 10", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 2, raHiredY, m12, raGradBefore)
			return sc, nil
		}, want{Eligible, 10, 30, 2, 2, 0, 0, nil, 0, 0}},
		{"(b) just under 20%: 2 graduates of 11", func() (*model.Scenario, []string) {
			sc := raHiringFirm(8)
			raHire(sc, 2, raHiredY, m12, raGradBefore)
			return sc, nil
		}, want{Ineligible, 11, 30, 2, 2, 1, nilInt, nil, 1, 2}},
		{"staff 100: threshold 30, 30 qualifying pass", func() (*model.Scenario, []string) {
			sc := raHiringFirm(69)
			raHire(sc, 30, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 100, 30, 30, 0, 0, 0, nil, 0, 0}},
		{"staff 100: threshold 30, 29 qualifying fail", func() (*model.Scenario, []string) {
			sc := raHiringFirm(70)
			raHire(sc, 29, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 100, 30, 29, 0, 1, nilInt, nil, 1, 1}},
		{"staff 101: threshold 15, 16 qualifying pass", func() (*model.Scenario, []string) {
			sc := raHiringFirm(84)
			raHire(sc, 16, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 101, 15, 16, 0, 0, 0, nil, 0, 0}},
		{"staff 101: threshold 15, 15 qualifying fail", func() (*model.Scenario, []string) {
			sc := raHiringFirm(85)
			raHire(sc, 15, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 101, 15, 15, 0, 1, nilInt, nil, 1, 1}},
		{"staff 100, nobody new: graduates push staff over 100 (15% tier)", func() (*model.Scenario, []string) {
			return raHiringFirm(99), nil
		}, want{Ineligible, 100, 30, 0, 0, 18, nilInt, nil, 18, 18}},
		{"a founder hired in Y is never a new hire", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			addFounder(sc, func(p *model.Person) {
				p.Hired, p.ContractMonths, p.Graduated, p.Categories = day(raHiredY), m12, day(raGradBefore), []string{raCatUnemployed}
			})
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, nilInt, nil, 1, 2}},
		{"returning migrant alone does not qualify", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatReturningMigrant)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, nilInt, nil, 1, 2}},
		{"online merchant alone does not qualify", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatOnlineMerchant)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, nilInt, nil, 1, 2}},
		{"returning migrant + online merchant: still not", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatReturningMigrant, model.CatOnlineMerchant)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, nilInt, nil, 1, 2}},
		{"no category, not a graduate: does not qualify", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "")
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, nilInt, nil, 1, 2}},
		{"returning migrant who is a graduate qualifies", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, raGradBefore, model.CatReturningMigrant)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 1, 0, 0, nil, 0, 0}},
		{"returning migrant and veteran qualifies", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "", model.CatReturningMigrant, "veteran")
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"graduated the day after hired: not a graduate", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, "2017-03-02")
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, nilInt, nil, 1, 2}},
		{"graduated on the hiring day: a graduate", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m12, raHiredY)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 1, 0, 0, nil, 0, 0}},
		{"hired Dec 31 of Y−1: not new", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, "2016-12-31", m12, raGradBefore, raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, nilInt, nil, 1, 2}},
		{"hired Jan 1 of Y: new", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, "2017-01-01", m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"hired on D: new", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiringD, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"hired D+1: neither new nor staff", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, "2017-07-01", m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 2, 30, 0, 0, 1, nilInt, nil, 1, 1}},
		{"left on D: not employed", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			i := raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			sc.People[i[0]].Left = day(raHiringD)
			return sc, nil
		}, want{Ineligible, 2, 30, 0, 0, 1, nilInt, nil, 1, 1}},
		{"leaves D+1: still counted", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			i := raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			sc.People[i[0]].Left = day("2017-07-01")
			return sc, nil
		}, want{Eligible, 3, 30, 1, 0, 0, 0, nil, 0, 0}},
		{"contract 11 months: not new, extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(1)
			raHire(sc, 1, raHiredY, m11, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 3, 30, 0, 0, 1, 1, nil, 1, 2}},
		{"staff(D) counts founders: 2 founders + 6 + 2 new = 10, 2 qualifying fail", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			addFounder(sc, nil)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, nilInt, nil, 2, 2}},
		// unknown contract length
		{"null contract_months decides: missing_data, not ineligible", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			i := raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc, []string{path(i[0], "contract_months")}
		}, want{MissingData, 10, 30, 2, 0, 2, nilInt, nil, 2, 2}},
		{"null contract_months of a graduate decides (b): missing_data", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 1, raHiredY, m12, raGradBefore)
			i := raHire(sc, 1, raHiredY, nil, raGradBefore)
			return sc, []string{path(i[0], "contract_months")}
		}, want{MissingData, 10, 30, 1, 1, 2, nilInt, nil, 2, 3}},
		{"null contract_months but the test already holds: eligible, nothing missing", func() (*model.Scenario, []string) {
			sc := raHiringFirm(5)
			raHire(sc, 3, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 10, 30, 3, 0, 0, 0, nil, 0, 0}},
		{"null contract_months that cannot reach the share: ineligible", func() (*model.Scenario, []string) {
			sc := raHiringFirm(17)
			raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 20, 30, 1, 0, 5, nilInt, nil, 5, 8}},
		{"null contract_months of a non-qualifying hire: not asked", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", model.CatReturningMigrant)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, nilInt, nil, 2, 2}},
		// contracts_to_extend
		{"extend 2 short contracts of qualifying hires", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 1, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 2, raHiredY, m6, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 1, 0, 3, 2, nil, 3, 3}},
		{"one short contract cannot suffice: null", func() (*model.Scenario, []string) {
			sc := raHiringFirm(8)
			raHire(sc, 1, raHiredY, m6, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 0, 0, 3, nilInt, nil, 3, 5}},
		{"extending a graduate meets (b) first: 1", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 1, raHiredY, m12, raGradBefore)
			raHire(sc, 1, raHiredY, m6, raGradBefore)
			return sc, nil
		}, want{Ineligible, 10, 30, 1, 1, 2, 1, nil, 2, 3}},
		{"three short graduate contracts: (b) needs 2, (a) 3: 2", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 3, raHiredY, m6, raGradBefore)
			return sc, nil
		}, want{Ineligible, 10, 30, 0, 0, 3, 2, nil, 3, 5}},
		{"short contract of a returning migrant: not extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, raHiredY, m6, "", model.CatReturningMigrant)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, nilInt, nil, 2, 2}},
		{"short contract hired in Y−1: not extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(6)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 1, "2016-06-01", m6, "", raCatUnemployed)
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, nilInt, nil, 2, 2}},
		{"short contract of someone who left: not extendable", func() (*model.Scenario, []string) {
			sc := raHiringFirm(7)
			raHire(sc, 2, raHiredY, m12, "", raCatUnemployed)
			i := raHire(sc, 1, raHiredY, m6, "", raCatUnemployed)
			sc.People[i[0]].Left = day("2017-05-01")
			return sc, nil
		}, want{Ineligible, 10, 30, 2, 0, 2, nilInt, nil, 2, 2}},
		{"a test holds: contracts_to_extend 0 despite short contracts", func() (*model.Scenario, []string) {
			sc := raHiringFirm(4)
			raHire(sc, 3, raHiredY, m12, "", raCatUnemployed)
			raHire(sc, 2, raHiredY, m6, "", raCatUnemployed)
			return sc, nil
		}, want{Eligible, 10, 30, 3, 0, 0, 0, nil, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc, missing := c.build()
			r := checkedRule(t, sc, raHiringD, "sme-hiring-loan")
			w := c.want
			wantStatus(t, r, w.status)
			wantMissing(t, r, missing...)
			wantDetail(t, r, "staff", w.staff)
			wantDetail(t, r, "threshold_pct", w.pct)
			wantDetail(t, r, "new_qualifying", w.nA)
			wantDetail(t, r, "new_graduates", w.nB)
			wantDetail(t, r, "extra_hires_needed", w.extra)
			wantIntOrNil(t, r, "contracts_to_extend", w.extend)
			if w.status == Eligible {
				wantAmounts(t, r, 0, 200_000_000)
			}
			wantReason(t, r, fmt.Sprintf("(a) 符合条件人员 %d 人，需达到从业人员 %d 人的 %d%%", w.nA, w.staff, w.pct),
				fmt.Sprintf("(a) %d qualifying hires against %d%% of %d staff", w.nA, w.pct, w.staff))
			wantReason(t, r, fmt.Sprintf("(b) 高校毕业生 %d 人，需达到从业人员 %d 人的 20%%", w.nB, w.staff),
				fmt.Sprintf("(b) %d graduate hires against 20%% of %d staff", w.nB, w.staff))
			if w.adviceGrads > 0 {
				wantAdvice(t, r, fmt.Sprintf("再招用 %d 名高校毕业生", w.adviceGrads), fmt.Sprintf("hire %d more graduates in the calendar year (2017-01-01 to 2017-06-30)", w.adviceGrads))
				wantAdvice(t, r, fmt.Sprintf("或招用 %d 名其他符合创业担保贷款申请条件的人员", w.adviceOthr),
					fmt.Sprintf("or %d people of the other qualifying categories", w.adviceOthr))
			}
		})
	}
}

// contracts_to_extend null is written as JSON null, 0 as 0.
func TestSmeHiringLoanJSONNull(t *testing.T) {
	for _, c := range []struct {
		name string
		sc   *model.Scenario
		want any
	}{
		{"no extendable contract: null", raHiringFirm(9), nil},
		{"test holds: 0", func() *model.Scenario {
			sc := raHiringFirm(6)
			raHire(sc, 3, raHiredY, ptrInt(12), "", raCatUnemployed)
			return sc
		}(), float64(0)},
	} {
		data, err := evaluate(t, c.sc, raHiringD).JSON("en")
		if err != nil {
			t.Fatal(err)
		}
		var v struct {
			Results []struct {
				ID      string         `json:"id"`
				Details map[string]any `json:"details"`
			} `json:"results"`
		}
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		for _, r := range v.Results {
			if r.ID != "sme-hiring-loan" {
				continue
			}
			got, ok := r.Details["contracts_to_extend"]
			if !ok || got != c.want {
				t.Errorf("%s: contracts_to_extend = %v (present %v), want %v", c.name, got, ok, c.want)
			}
		}
	}
}

// The firm-level conditions: 小微企业 and credit_clean, in Kleene logic.
func TestSmeHiringLoanFirmConditions(t *testing.T) {
	passing := func(sc *model.Scenario, staff int) {
		// enough qualifying hires for (a) whatever the tier
		n := (30*staff + 99) / 100
		addStaff(sc, staff-1-n, "2016-01-01", ptrInt(36), nil)
		raHire(sc, n, raHiredY, ptrInt(12), "", raCatUnemployed)
	}
	cases := []struct {
		name    string
		build   func() *model.Scenario
		status  Status
		missing []string
		zh, en  string
	}{
		{"credit_clean false: ineligible", func() *model.Scenario {
			sc := raHiringFirm(0)
			sc.Firm.CreditClean = model.False
			passing(sc, 10)
			return sc
		}, Ineligible, nil, "严重失信记录：否", "(unpaid wages or social insurance): no"},
		{"credit_clean null, test holds: missing_data", func() *model.Scenario {
			sc := raHiringFirm(0)
			sc.Firm.CreditClean = model.Unknown
			passing(sc, 10)
			return sc
		}, MissingData, []string{"firm.credit_clean"}, "严重失信记录：未知", "(unpaid wages or social insurance): unknown"},
		{"credit_clean null, test fails: ineligible", func() *model.Scenario {
			sc := raHiringFirm(9)
			sc.Firm.CreditClean = model.Unknown
			return sc
		}, Ineligible, nil, "严重失信记录：未知", "(unpaid wages or social insurance): unknown"},
		{"credit_clean false, contract unknown: ineligible, nothing missing", func() *model.Scenario {
			sc := raHiringFirm(6)
			sc.Firm.CreditClean = model.False
			raHire(sc, 2, raHiredY, ptrInt(12), "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc
		}, Ineligible, nil, "严重失信记录：否", "(unpaid wages or social insurance): no"},
		{"credit_clean null and contract unknown: both missing", func() *model.Scenario {
			sc := raHiringFirm(6)
			sc.Firm.CreditClean = model.Unknown
			raHire(sc, 2, raHiredY, ptrInt(12), "", raCatUnemployed)
			raHire(sc, 1, raHiredY, nil, "", raCatUnemployed)
			return sc
		}, MissingData, []string{"firm.credit_clean", "people[9].contract_months"}, "严重失信记录：未知", "(unpaid wages or social insurance): unknown"},
		{"medium firm (other, 100 staff): ineligible", func() *model.Scenario {
			sc := raHiringFirm(0)
			sc.Firm.Industry = "other"
			passing(sc, 100)
			return sc
		}, Ineligible, nil, "【不满足】小微企业", "small or micro firm"},
		{"small firm (other, 99 staff): eligible", func() *model.Scenario {
			sc := raHiringFirm(0)
			sc.Firm.Industry = "other"
			passing(sc, 99)
			return sc
		}, Eligible, nil, "【满足】小微企业", "small or micro firm"},
		{"size open micro..medium (150 staff, revenue null): missing_data", func() *model.Scenario {
			sc := raHiringFirm(0)
			sc.Financials[0].Revenue = nil
			passing(sc, 150)
			return sc
		}, MissingData, []string{"financials[0].revenue_fen"}, "【待补充】小微企业", "small or micro firm"},
		{"size open micro..medium, credit false: ineligible", func() *model.Scenario {
			sc := raHiringFirm(0)
			sc.Financials[0].Revenue = nil
			sc.Firm.CreditClean = model.False
			passing(sc, 150)
			return sc
		}, Ineligible, nil, "【待补充】小微企业", "small or micro firm"},
		{"size open micro..small (15 staff, revenue null): still small/micro, eligible", func() *model.Scenario {
			sc := raHiringFirm(0)
			sc.Financials[0].Revenue = nil
			passing(sc, 15)
			return sc
		}, Eligible, nil, "【满足】小微企业", "small or micro firm"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := c.build()
			r := checkedRule(t, sc, raHiringD, "sme-hiring-loan")
			wantStatus(t, r, c.status)
			wantMissing(t, r, c.missing...)
			wantReason(t, r, c.zh, c.en)
			// details are reported whatever the status
			for _, k := range []string{"staff", "threshold_pct", "new_qualifying", "new_graduates", "extra_hires_needed", "contracts_to_extend"} {
				if _, ok := detailsOf(t, r)[k]; !ok {
					t.Errorf("no detail %q", k)
				}
			}
			if sc.Firm.CreditClean == model.False {
				wantAdvice(t, r, "须先结清", "clear unpaid wages")
			}
		})
	}
}

// extra_hires_needed and the advice match a brute-force search over many
// (staff, n_a, n_b).
func TestSmeHiringLoanExtraBruteForce(t *testing.T) {
	var staffs []int
	for s := 1; s <= 25; s++ {
		staffs = append(staffs, s)
	}
	staffs = append(staffs, 33, 34, 49, 50, 51, 66, 67, 85, 86, 90, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 120, 150)
	cases := 0
	for _, staff := range staffs {
		nas := map[int]bool{}
		if staff <= 25 {
			for n := 0; n < staff; n++ {
				nas[n] = true
			}
		} else {
			for _, base := range []int{0, 1, (15*staff + 99) / 100, (20*staff + 99) / 100, (30*staff + 99) / 100} {
				for d := -2; d <= 2; d++ {
					if n := base + d; n >= 0 && n < staff {
						nas[n] = true
					}
				}
			}
		}
		for nA := range nas {
			for nB := range map[int]bool{0: true, 1: true, nA / 2: true, nA - 1: true, nA: true} {
				if nB < 0 || nB > nA {
					continue
				}
				cases++
				sc := raHiringFirm(staff - 1 - nA)
				raHire(sc, nB, raHiredY, ptrInt(12), raGradBefore)
				raHire(sc, nA-nB, raHiredY, ptrInt(24), "", raCatUnemployed)
				name := fmt.Sprintf("staff %d, n_a %d, n_b %d", staff, nA, nB)
				r := checkedRule(t, sc, raHiringD, "sme-hiring-loan")
				extra := raBruteExtra(staff, nA, nB)
				pct := 30
				if staff > 100 {
					pct = 15
				}
				var bad []string
				check := func(key string, want int) {
					if g, ok := asInt(detailsOf(t, r)[key]); !ok || g != int64(want) {
						bad = append(bad, fmt.Sprintf("%s = %v, want %d", key, detailsOf(t, r)[key], want))
					}
				}
				check("staff", staff)
				check("threshold_pct", pct)
				check("new_qualifying", nA)
				check("new_graduates", nB)
				check("extra_hires_needed", extra)
				wantSt := Ineligible
				if extra == 0 {
					wantSt = Eligible
				}
				if r.Status != wantSt {
					bad = append(bad, fmt.Sprintf("status %s, want %s", r.Status, wantSt))
				}
				if extra > 0 {
					other := raBruteOther(staff, nA)
					found := false
					for _, a := range r.Advice {
						if strings.Contains(a.Zh, fmt.Sprintf("再招用 %d 名高校毕业生", extra)) &&
							strings.Contains(a.En, fmt.Sprintf("or %d people of the other qualifying categories", other)) {
							found = true
						}
					}
					if !found {
						bad = append(bad, fmt.Sprintf("advice lacks %d graduates / %d others: %v", extra, other, r.Advice))
					}
				}
				if len(bad) > 0 {
					t.Errorf("%s: %s", name, strings.Join(bad, "; "))
				}
			}
		}
	}
	if cases < 500 {
		t.Errorf("only %d combinations", cases)
	}
}

// Property: adding exactly extra_hires_needed graduate hires (12-month
// contracts, hired in Y on or before D) makes the test pass, and one fewer
// does not.
func TestSmeHiringLoanExtraProperty(t *testing.T) {
	rng := rand.New(rand.NewSource(20161115))
	cats := []string{raCatUnemployed, "veteran", "disabled", model.CatReturningMigrant, model.CatOnlineMerchant, "poverty_registered"}
	dates := []string{"2017-01-01", "2017-03-01", raHiringD}
	for n := 0; n < 250; n++ {
		staff := 1 + rng.Intn(150) // people employed before the extra hires
		sc := raHiringFirm(0)
		for i := 1; i < staff; i++ {
			var months *int
			switch rng.Intn(6) {
			case 0:
				months = nil // unknown
			case 1:
				months = ptrInt(6)
			default:
				months = ptrInt(12 + rng.Intn(24))
			}
			hired := "2016-02-01"
			if rng.Intn(3) > 0 {
				hired = dates[rng.Intn(len(dates))]
			}
			grad := ""
			if rng.Intn(4) == 0 {
				grad = raGradBefore
			}
			var cs []string
			if rng.Intn(2) == 0 {
				cs = append(cs, cats[rng.Intn(len(cats))])
			}
			raHire(sc, 1, hired, months, grad, cs...)
		}
		if rng.Intn(10) == 0 {
			addFounder(sc, nil)
		}
		r := checkedRule(t, sc, raHiringD, "sme-hiring-loan")
		k64, ok := asInt(detailsOf(t, r)["extra_hires_needed"])
		if !ok {
			t.Fatalf("firm %d: extra_hires_needed %v", n, detailsOf(t, r)["extra_hires_needed"])
		}
		k := int(k64)
		desc := fmt.Sprintf("firm %d (%d people, %s)", n, len(sc.People), reasons(r, "en"))
		if k == 0 {
			if r.Status != Eligible {
				t.Errorf("%s: extra 0 but status %s", desc, r.Status)
			}
			continue
		}
		with := func(add int) *Result {
			sc2 := *sc
			sc2.People = slices.Clone(sc.People)
			raHire(&sc2, add, dates[rng.Intn(len(dates))], ptrInt(12), raGradBefore)
			return checkedRule(t, &sc2, raHiringD, "sme-hiring-loan")
		}
		if r2 := with(k); r2.Status != Eligible {
			t.Errorf("%s: adding %d graduates gives %s, want eligible\n%s", desc, k, r2.Status, reasons(r2, "en"))
		} else {
			wantDetail(t, r2, "extra_hires_needed", 0)
		}
		if r3 := with(k - 1); r3.Status == Eligible {
			t.Errorf("%s: adding %d graduates (one fewer than %d) is already eligible", desc, k-1, k)
		} else {
			wantDetail(t, r3, "extra_hires_needed", 1)
		}
	}
}

// periodFirm is a manufacturer (small up to 299 staff with this revenue)
// founded in 2015 with staff people in all, n of them qualifying hires
// (registered unemployed, 12-month contracts) hired on hired.
func periodFirm(staff, n int, hired string) *model.Scenario {
	sc := baseFirm()
	sc.Firm.Industry = model.IndustryManufacturing
	sc.Firm.Founded, sc.People[0].Hired = day("2015-01-01"), day("2015-01-01")
	sc.Financials = []model.Financial{{Year: 2015, Revenue: ptrFen(wan(1000)), TotalAssets: ptrFen(wan(1000)), TaxableIncome: ptrFen(0)}}
	addStaff(sc, staff-1-n, "2015-06-01", ptrInt(36), nil)
	raHire(sc, n, hired, ptrInt(12), "", raCatUnemployed)
	return sc
}

// §5.1: the share, its over-100 tier and the ceiling in force on D, the
// day before and the day each row starts.
func TestSmeHiringLoanSharesByPeriod(t *testing.T) {
	cases := []struct {
		d        string
		staff, n int
		status   Status
		pct      int
		max      int64
		cite     string
	}{
		{"2018-03-26", 100, 30, Eligible, 30, 200_000_000, "银发〔2016〕202号"},
		{"2018-03-26", 100, 25, Ineligible, 30, 0, "银发〔2016〕202号"},
		{"2018-03-27", 100, 25, Eligible, 25, 200_000_000, "财金〔2018〕22号"},
		{"2018-03-27", 100, 24, Ineligible, 25, 0, "财金〔2018〕22号"},
		{"2018-11-15", 100, 25, Eligible, 25, 200_000_000, "财金〔2018〕22号"},
		{"2018-11-16", 100, 25, Eligible, 25, 300_000_000, "国发〔2018〕39号"},
		{"2019-12-12", 100, 24, Ineligible, 25, 0, "国发〔2018〕39号"},
		{"2019-12-13", 100, 20, Eligible, 20, 300_000_000, "国发〔2019〕28号"},
		{"2019-12-13", 100, 19, Ineligible, 20, 0, "国发〔2019〕28号"},
		{"2020-04-14", 100, 19, Ineligible, 20, 0, "国发〔2019〕28号"},
		{"2020-04-15", 100, 15, Eligible, 15, 300_000_000, "财金〔2020〕21号"},
		{"2020-04-15", 100, 14, Ineligible, 15, 0, "财金〔2020〕21号"},
		{"2023-09-30", 100, 14, Ineligible, 15, 0, "财金〔2020〕21号"},
		{"2023-10-01", 100, 10, Eligible, 10, 400_000_000, "财金〔2023〕75号"},
		{"2023-10-01", 100, 9, Ineligible, 10, 0, "财金〔2023〕75号"},
		// Over 100 staff.
		{"2019-12-12", 200, 30, Eligible, 15, 300_000_000, "国发〔2018〕39号"},
		{"2019-12-12", 200, 29, Ineligible, 15, 0, "国发〔2018〕39号"},
		{"2019-12-13", 200, 20, Eligible, 10, 300_000_000, "国发〔2019〕28号"},
		{"2020-04-14", 200, 19, Ineligible, 10, 0, "国发〔2019〕28号"},
		{"2020-04-15", 200, 16, Eligible, 8, 300_000_000, "财金〔2020〕21号"},
		{"2020-04-15", 200, 15, Ineligible, 8, 0, "财金〔2020〕21号"},
		{"2023-09-30", 200, 15, Ineligible, 8, 0, "财金〔2020〕21号"},
		{"2023-10-01", 200, 10, Eligible, 5, 400_000_000, "财金〔2023〕75号"},
		{"2023-10-01", 200, 9, Ineligible, 5, 0, "财金〔2023〕75号"},
		// 101 staff is over 100; 100 is not.
		{"2023-10-01", 101, 6, Eligible, 5, 400_000_000, "财金〔2023〕75号"},
		{"2023-10-01", 101, 5, Ineligible, 5, 0, "财金〔2023〕75号"},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s %d of %d", c.d, c.n, c.staff), func(t *testing.T) {
			r := checkedRule(t, periodFirm(c.staff, c.n, c.d), c.d, "sme-hiring-loan")
			wantStatus(t, r, c.status)
			rbWantNum(t, r, map[string]int64{"threshold_pct": int64(c.pct), "staff": int64(c.staff), "new_qualifying": int64(c.n)})
			wantAmounts(t, r, 0, c.max)
			found := false
			for _, p := range r.Basis {
				found = found || (strings.HasPrefix(p.Key, "guaranteed_loan.share_pct") && p.Value == int64(c.pct) && strings.Contains(p.Cite, c.cite))
			}
			if !found {
				t.Errorf("no basis row of %d%% citing %s: %v", c.pct, c.cite, r.Basis)
			}
			wantReason(t, r, fmt.Sprintf("的 %d%%（%s", c.pct, c.cite), fmt.Sprintf("against %d%% of", c.pct))
		})
	}
}

// §5.1: hires count in the calendar year of D until 2023-09-30, and from
// end(D, −1 year) to D since 2023-10-01 (申请前1年内).
func TestSmeHiringLoanWindow(t *testing.T) {
	cases := []struct {
		d, hired, start string
		counted         bool
	}{
		{"2023-09-30", "2023-01-01", "2023-01-01", true},
		{"2023-09-30", "2022-12-31", "2023-01-01", false},
		{"2023-10-01", "2022-10-01", "2022-10-01", true},
		{"2023-10-01", "2022-09-30", "2022-10-01", false},
		{"2023-10-01", "2023-10-01", "2022-10-01", true},
		{"2024-02-29", "2023-02-28", "2023-02-28", true}, // end(2024-02-29, −1 year) is 2023-02-28
		{"2024-02-29", "2023-02-27", "2023-02-28", false},
		{"2026-09-30", "2025-09-30", "2025-09-30", true},
		{"2026-09-30", "2025-09-29", "2025-09-30", false},
	}
	for _, c := range cases {
		t.Run(c.d+" hired "+c.hired, func(t *testing.T) {
			r := checkedRule(t, periodFirm(10, 1, c.hired), c.d, "sme-hiring-loan")
			rbWantDate(t, r, "window_start", c.start)
			want := int64(0)
			if c.counted {
				want = 1
			}
			rbWantNum(t, r, map[string]int64{"new_qualifying": want})
			wantReason(t, r, c.start+" 至 "+c.d, c.start+" to "+c.d)
		})
	}
}
