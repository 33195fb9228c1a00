package engine

import (
	"fmt"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/money"
	"huiqi/model/params"
)

// filedIn returns p with its filing date moved, for income years before
// 2018 (an income year may not precede the filing year).
func filedIn(p model.Patent, filed string) model.Patent {
	p.Filed = day(filed)
	return p
}

// RULES.md 2.2 as version 3 reads it, at D = 2021-06-30: the national
// defaults bind every firm (grant rewards of 3,000 / 1,000 yuan before
// 2024-01-20; 50% of transfer, licence and equity income; 5% of own-use
// profit for the first three years), (七) adds 60% of transfer income at
// state-owned units and public institutions and own-use every year for
// their inventions; the highest minimum binds. Expected figures are worked
// out by hand.
func TestInventorRewardMinimum(t *testing.T) {
	const inv, um, design = model.PatentInvention, model.PatentUtilityModel, model.PatentDesign
	const pub, state, private = model.OwnPublicInstitution, model.OwnStateOwned, model.OwnPrivate
	nonService := raSvcPatent(9, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})
	nonService.ServiceInvention = false
	lapsed := raSvcPatent(1, inv, "2019-06-01", false, nil)
	lapsed.Status = model.StatusLapsed
	late := raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2021, model.IncomeTransfer, 1_000_000)})
	late.Filed = day("2021-07-01")
	incomes := func(kind string, amount int64, years ...int) []model.PatentIncome {
		var out []model.PatentIncome
		for _, y := range years {
			out = append(out, raInc(y, kind, amount))
		}
		return out
	}
	cases := []struct {
		name                          string
		ownership                     string
		patents                       []model.Patent
		status                        Status
		required, paid, short, grants int64
		minimums                      int
		why                           [2]string // the reason when ineligible
	}{
		{"private firm: grant reward 3,000 and transfer 50%", private,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})},
			Eligible, 800_000, 0, 800_000, 300_000, 2, [2]string{}},
		{"public institution: transfer 60% binds over 50%", pub,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})},
			Eligible, 900_000, 0, 900_000, 300_000, 2, [2]string{}},
		{"state-owned, rewards agreed: transfer 60% all the same, no grant reward", state,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", true, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})},
			Eligible, 600_000, 0, 600_000, 0, 1, [2]string{}},
		{"private firm, rewards agreed: the agreement applies", private,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", true, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1_000_000)})},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"均已与发明人约定", "agreed or set by the firm's rules"}},
		{"utility model: grant reward 1,000 and licence 50%", state,
			[]model.Patent{raSvcPatent(1, um, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 1_000_000)})},
			Eligible, 600_000, 0, 600_000, 100_000, 2, [2]string{}},
		{"design: grant reward 1,000", private, []model.Patent{raSvcPatent(1, design, "2019-06-01", false, nil)},
			Eligible, 100_000, 0, 100_000, 100_000, 1, [2]string{}},
		{"equity 50% (pending patent)", state,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeEquity, 1_000_000)})},
			Eligible, 500_000, 0, 500_000, 0, 1, [2]string{}},
		{"licence and equity with rewards agreed: nothing binds", state,
			[]model.Patent{raSvcPatent(1, inv, "", true, []model.PatentIncome{raInc(2020, model.IncomeLicense, 1_000_000), raInc(2020, model.IncomeEquity, 1_000_000)})},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"尚未授权", "no service invention granted"}},
		{"not a service invention: ignored", state, []model.Patent{nonService},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"没有职务发明专利", "no service-invention patent"}},
		{"a lapsed patent still owes its grant reward", private, []model.Patent{lapsed},
			Eligible, 300_000, 0, 300_000, 300_000, 1, [2]string{}},
		{"a patent filed after D is not seen", state, []model.Patent{late},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"没有职务发明专利", "no service-invention patent"}},
		{"own use: state invention granted Dec 31 of the income year: grant reward and 5%", state,
			[]model.Patent{raSvcPatent(1, inv, "2020-12-31", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Eligible, 350_000, 0, 350_000, 300_000, 2, [2]string{}},
		{"own use: granted Jan 1 after the income year: the grant reward only", state,
			[]model.Patent{raSvcPatent(1, inv, "2021-01-01", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Eligible, 300_000, 0, 300_000, 300_000, 1, [2]string{}},
		{"own use: granted on D, income year Y", state,
			[]model.Patent{raSvcPatent(1, inv, "2021-06-30", false, []model.PatentIncome{raInc(2021, model.IncomeSelfUseProfit, 1_000_000)})},
			Eligible, 350_000, 0, 350_000, 300_000, 2, [2]string{}},
		{"own use: granted D+1: nothing yet", state,
			[]model.Patent{raSvcPatent(1, inv, "2021-07-01", false, []model.PatentIncome{raInc(2021, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"尚未授权", "no service invention granted"}},
		{"own use: state invention, every year once granted", state,
			[]model.Patent{filedIn(raSvcPatent(1, inv, "2019-06-01", false, incomes(model.IncomeSelfUseProfit, 1_000_000, 2018, 2019, 2020, 2021)), "2016-01-10")},
			Eligible, 450_000, 0, 450_000, 300_000, 4, [2]string{}},
		{"own use: private invention, the three lowest years (2018 before the grant owes nothing)", private,
			[]model.Patent{filedIn(raSvcPatent(1, inv, "2019-06-01", false, incomes(model.IncomeSelfUseProfit, 1_000_000, 2021, 2018, 2020, 2019)), "2016-01-10")},
			Eligible, 400_000, 0, 400_000, 300_000, 3, [2]string{}},
		{"own use: state utility model, the three lowest years", state,
			[]model.Patent{filedIn(raSvcPatent(1, um, "2019-06-01", false, incomes(model.IncomeSelfUseProfit, 1_000_000, 2017, 2018, 2019, 2020)), "2016-01-10")},
			Eligible, 150_000, 0, 150_000, 100_000, 2, [2]string{}},
		{"own use: two rows of one year take one place", private,
			[]model.Patent{filedIn(raSvcPatent(1, inv, "2016-12-01", false, []model.PatentIncome{
				raInc(2017, model.IncomeSelfUseProfit, 100), raInc(2017, model.IncomeSelfUseProfit, 100),
				raInc(2018, model.IncomeSelfUseProfit, 100), raInc(2019, model.IncomeSelfUseProfit, 100), raInc(2020, model.IncomeSelfUseProfit, 100)}), "2016-01-10")},
			Eligible, 300_020, 0, 300_020, 300_000, 5, [2]string{}},
		{"own use: pending invention: nothing", state,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"尚未授权", "no service invention granted"}},
		{"own use with rewards agreed: nothing", state,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", true, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 1_000_000)})},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"尚未授权", "no service invention granted"}},
		{"income year Y counted, Y+1 ignored", state,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2021, model.IncomeTransfer, 1_000_000), raInc(2022, model.IncomeTransfer, 5_000_000)})},
			Eligible, 900_000, 0, 900_000, 300_000, 2, [2]string{}},
		{"only an income year after Y, pending: ineligible", state,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2022, model.IncomeTransfer, 5_000_000)}, raPaidR(2022, 100))},
			Ineligible, 0, 0, 0, 0, 0, [2]string{"尚未授权", "no service invention granted"}},
		// each minimum rounded on its own
		{"five licence rows of 3 fen: 5 × round(1.5) = 10, not round(7.5) = 8", private,
			[]model.Patent{raSvcPatent(1, inv, "", false, incomes(model.IncomeLicense, 3, 2020, 2020, 2020, 2020, 2020))},
			Eligible, 10, 0, 10, 0, 5, [2]string{}},
		{"two transfer rows of 1 fen at 60%: 2, not round(1.2) = 1", state,
			[]model.Patent{raSvcPatent(1, inv, "", false, incomes(model.IncomeTransfer, 1, 2020, 2020))},
			Eligible, 2, 0, 2, 0, 2, [2]string{}},
		{"own use 5% of 10 fen = 0.5 rounds up to 1", state,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeSelfUseProfit, 10)})},
			Eligible, 300_001, 0, 300_001, 300_000, 2, [2]string{}},
		// payments, per patent and year
		{"paid only counted for years with a requirement", state,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 1_000_000)},
				raPaidR(2020, 150_000), raPaidR(2019, 999), raPaidR(2021, 777))},
			Eligible, 500_000, 150_000, 350_000, 0, 1, [2]string{}},
		{"paying the grant reward in its year", private,
			[]model.Patent{raSvcPatent(1, inv, "2019-06-01", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 1_000_000)},
				raPaidR(2019, 300_000))},
			Eligible, 800_000, 300_000, 500_000, 300_000, 2, [2]string{}},
		{"overpaying one year does not cover another", state,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2019, model.IncomeLicense, 500), raInc(2020, model.IncomeLicense, 500)},
				raPaidR(2019, 300))},
			Eligible, 500, 300, 250, 0, 2, [2]string{}},
		{"overpaying one patent does not cover another", state,
			[]model.Patent{
				raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 500)}),
				raSvcPatent(2, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeLicense, 500)}, raPaidR(2020, 300)),
			},
			Eligible, 500, 300, 250, 0, 2, [2]string{}},
		{"two payment rows of one year add up", state,
			[]model.Patent{raSvcPatent(1, inv, "", false, []model.PatentIncome{raInc(2020, model.IncomeTransfer, 1000)}, raPaidR(2020, 200), raPaidR(2020, 300))},
			Eligible, 600, 500, 100, 0, 1, [2]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Firm.Ownership = c.ownership
			sc.Patents = c.patents
			r := checkedRule(t, sc, "2021-06-30", "inventor-reward-minimum")
			wantStatus(t, r, c.status)
			wantDetail(t, r, "required_fen", c.required)
			wantDetail(t, r, "paid_fen", c.paid)
			wantDetail(t, r, "shortfall_fen", c.short)
			wantDetail(t, r, "grant_rewards_fen", c.grants)
			if c.status == Eligible {
				wantAmounts(t, r, c.required, 0)
				wantReason(t, r, fmt.Sprintf("有最低标准的奖励报酬 %d 项，应发合计 %s", c.minimums, money.Fen(c.required).Yuan()),
					fmt.Sprintf("%d minimum rewards apply: %s due in all", c.minimums, money.Fen(c.required).Yuan()))
			} else {
				wantReason(t, r, c.why[0], c.why[1])
			}
			if c.short > 0 {
				wantAdvice(t, r, "应补发奖励报酬", "pay the inventors a further")
			}
		})
	}
}

// §5.4: the grant reward is chosen by the grant date, the day before and
// the day 专利法实施细则（2023）took effect, and only for grants since the
// policy took effect; each is due within 3 months of the grant (§3).
func TestInventorRewardGrantDates(t *testing.T) {
	cases := []struct {
		kind, granted string
		reward        int64
		cite          string
	}{
		{model.PatentInvention, "2024-01-19", 300_000, "（2010）第七十七条"},
		{model.PatentInvention, "2024-01-20", 400_000, "（2023）第九十三条"},
		{model.PatentUtilityModel, "2024-01-19", 100_000, "（2010）第七十七条"},
		{model.PatentUtilityModel, "2024-01-20", 150_000, "（2023）第九十三条"},
		{model.PatentDesign, "2024-01-20", 150_000, "（2023）第九十三条"},
		{model.PatentInvention, "2016-11-14", 0, ""},
		{model.PatentInvention, "2016-11-15", 300_000, "（2010）第七十七条"},
	}
	for _, c := range cases {
		t.Run(c.kind+" "+c.granted, func(t *testing.T) {
			sc := baseFirm()
			p := raSvcPatent(1, c.kind, c.granted, false, nil)
			p.Filed = day("2015-03-01")
			sc.Patents = []model.Patent{p}
			ev := evaluate(t, sc, "2024-06-30")
			r, _ := ev.Result("inventor-reward-minimum")
			wantDetail(t, r, "grant_rewards_fen", c.reward)
			var due []string
			for _, dl := range ev.Deadlines {
				if dl.Rule == "inventor-reward-minimum" {
					due = append(due, dl.Date.String())
				}
			}
			if c.reward == 0 {
				wantStatus(t, r, Ineligible)
				if len(due) != 0 {
					t.Errorf("a grant before the policy has a due date: %v", due)
				}
				return
			}
			wantStatus(t, r, Eligible)
			key := pick(c.kind == model.PatentInvention, params.GrantInvention, params.GrantUtility)
			found := false
			for _, p := range r.Basis {
				found = found || (p.Key == key && p.Value == c.reward && strings.Contains(p.Cite, c.cite))
			}
			if !found {
				t.Errorf("no basis row of %d citing %s: %v", c.reward, c.cite, r.Basis)
			}
			if want := day(c.granted).AddMonths(3).String(); len(due) != 1 || due[0] != want {
				t.Errorf("due dates %v, want [%s] (listed even when past)", due, want)
			}
			wantReason(t, r, "授权奖金不低于 "+params.YuanText(money.Fen(c.reward), "zh"), "grant reward at least "+params.YuanText(money.Fen(c.reward), "en"))
		})
	}
}
