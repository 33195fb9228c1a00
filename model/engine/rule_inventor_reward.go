package engine

import (
	"sort"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// （七）将职务发明成果转让收益……按至少 60%的比例划归成果完成人及其团队所有。
// ……既未约定也未在单位规章制度中规定的情形下，国有企事业单位自行实施其发明专利的，
// 在专利有效期内，每年给予全体职务发明人的报酬总额不低于实施该发明专利营业利润的
// 5%；转让、许可他人实施专利或者以专利出资入股的，给予发明人或者设计人的报酬应不
// 低于转让费、许可费或者出资比例的 20%。
func inventorRewardMinimum() *Rule {
	return &Rule{
		ID: "inventor-reward-minimum", Clause: "七",
		Title: Text{"职务发明人最低奖励报酬", "Minimum rewards for service inventors"},
		Note: Text{
			"这是单位的义务，按“适用”报告：仅约束国有企事业单位和高校院所（民营企业适用专利法的一般规定，本程序不计算）。转让收益至少 60%；许可、作价入股收益至少 20%，自行实施的发明专利至少为当年营业利润的 5%（须在该年年底前且在评估日前已授权），后两项在已约定或规章制度已规定时不适用。每条收益单独四舍五入到分；按专利、按年度与已支付奖励比较。",
			"An obligation reported like a benefit, binding state-owned units and public institutions only (private firms follow the general Patent Law rules, not modelled). Transfers: at least 60%; licences and equity: at least 20%; own use of a granted invention: at least 5% of that year's operating profit (granted by the year's end and by the evaluation date); the last two do not apply where an agreement or internal rule sets the reward. Each income row is rounded to the fen; each patent-year is compared with the rewards paid.",
		},
		Evidence: evidence(
			Text{"专利证书或专利申请受理通知书", "Patent certificates or filing receipts"},
			Text{"专利转让、许可、入股合同及收益凭证", "Transfer, licence and equity contracts with income records"},
			Text{"奖励报酬发放记录", "Records of the rewards paid"},
		),
		eval: func(f *facts, o *outcome) {
			own := f.sc.Firm.Ownership
			if !o.checkBool(own == model.OwnStateOwned || own == model.OwnPublicInstitution,
				tr("单位性质：%s（本条约束国有企事业单位、高校院所）", "ownership: %s (the clause binds state-owned units and public institutions)",
					Text{model.Ownerships.Label(own, "zh"), model.Ownerships.Label(own, "en")})) {
				// The minimums do not bind this firm: they cannot be computed (§0: null).
				for _, k := range []string{"required_fen", "paid_fen", "shortfall_fen", "rows"} {
					o.detail(k, nil)
				}
				return
			}
			type key struct {
				patent int
				year   int
			}
			required := map[key]money.Fen{}
			var keys []key
			requiring := 0
			for pi, p := range f.sc.Patents {
				if !p.ServiceInvention || p.Filed > f.D { // a patent filed after D is not seen yet (§0)
					continue
				}
				for _, in := range p.Income {
					if in.Year > f.Y {
						continue
					}
					pct, applies := rewardRate(f, &p, in)
					if !applies {
						continue
					}
					requiring++
					k := key{pi, in.Year}
					if _, seen := required[k]; !seen {
						keys = append(keys, k)
					}
					min := money.Percent(in.Amount, pct)
					required[k] += min
					o.say(tr("%s %d 年%s收益 %s × %d%% = %s", "%s %d %s income %s × %d%% = %s",
						p.Number, in.Year, Text{model.IncomeKinds.Label(in.Kind, "zh"), model.IncomeKinds.Label(in.Kind, "en")},
						in.Amount.Yuan(), pct, min.Yuan()))
				}
			}
			sort.Slice(keys, func(i, j int) bool {
				if keys[i].patent != keys[j].patent {
					return keys[i].patent < keys[j].patent
				}
				return keys[i].year < keys[j].year
			})
			var totalReq, totalPaid, totalShort money.Fen
			rows := []Details{}
			for _, k := range keys {
				p := f.sc.Patents[k.patent]
				var paid money.Fen
				for _, r := range p.RewardsPaid {
					if r.Year == k.year {
						paid += r.Amount
					}
				}
				short := max(0, required[k]-paid)
				totalReq, totalPaid, totalShort = totalReq+required[k], totalPaid+paid, totalShort+short
				rows = append(rows, Details{"patent": p.Number, "year": k.year, "required_fen": required[k],
					"paid_fen": paid, "shortfall_fen": short})
				if short > 0 {
					o.advise(tr("%s %d 年度应补发奖励报酬 %s（应发 %s，已发 %s）",
						"%s, %d: pay the inventors a further %s (due %s, paid %s)",
						p.Number, k.year, short.Yuan(), required[k].Yuan(), paid.Yuan()))
				}
			}
			o.detail("required_fen", totalReq)
			o.detail("paid_fen", totalPaid)
			o.detail("shortfall_fen", totalShort)
			o.detail("rows", rows)
			o.checkBool(requiring > 0, tr("有最低奖励要求的职务发明收益 %d 条，应发合计 %s，已发 %s，差额 %s",
				"%d service-invention income rows carry a minimum: %s due in all, %s paid, %s short",
				requiring, totalReq.Yuan(), totalPaid.Yuan(), totalShort.Yuan()))
			o.amounts(totalReq, 0)
		},
	}
}

// rewardRate is the minimum share of an income row, and whether one
// applies at all.
func rewardRate(f *facts, p *model.Patent, in model.PatentIncome) (int64, bool) {
	switch in.Kind {
	case model.IncomeTransfer:
		return f.param(params.RewardTransfer), true
	case model.IncomeLicense, model.IncomeEquity:
		return f.param(params.RewardLicense), !p.RewardAgreed
	case model.IncomeSelfUseProfit:
		granted := !p.Granted.IsZero() && p.Granted <= civil.YearEnd(in.Year) && p.Granted <= f.D
		return f.param(params.RewardSelfUse), p.Kind == model.PatentInvention && granted && !p.RewardAgreed
	}
	return 0, false
}
