package engine

import (
	"fmt"
	"slices"
	"sort"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/money"
	"huiqi/model/params"
)

// InventorRewardDetails are the figures of RULES.md 2.2.
type InventorRewardDetails struct {
	RequiredFen     money.Fen           `json:"required_fen"`
	PaidFen         money.Fen           `json:"paid_fen"`
	ShortfallFen    money.Fen           `json:"shortfall_fen"`
	GrantRewardsFen money.Fen           `json:"grant_rewards_fen"`
	Rows            []InventorRewardRow `json:"rows"`
}

// InventorRewardRow is one patent-year with a requirement.
type InventorRewardRow struct {
	Patent         string    `json:"patent"`
	Year           int       `json:"year"`
	GrantRewardFen money.Fen `json:"grant_reward_fen"`
	RequiredFen    money.Fen `json:"required_fen"`
	PaidFen        money.Fen `json:"paid_fen"`
	ShortfallFen   money.Fen `json:"shortfall_fen"`
}

// （七）将职务发明成果转让收益……按至少 60%的比例划归成果完成人及其团队所有。
// ……既未约定也未在单位规章制度中规定的情形下，国有企事业单位自行实施其发明专利的，
// 在专利有效期内，每年给予全体职务发明人的报酬总额不低于实施该发明专利营业利润的
// 5%；转让、许可他人实施专利或者以专利出资入股的，给予发明人或者设计人的报酬应不
// 低于转让费、许可费或者出资比例的 20%。
// The national defaults the clause sits on bind every firm (专利法实施细则 2010
// 第七十七条、2023 第九十三条; 促进科技成果转化法第四十五条); the highest minimum binds.
func inventorRewardMinimum() *Rule {
	return &Rule{
		ID: "inventor-reward-minimum", Clause: "七", Rests: "职务发明人的报酬总额", Kind: Obligation, Reading: Owed,
		Title: Text{"职务发明人最低奖励报酬", "Minimum rewards for service inventors"},
		Words: AmountWords{Any: Text{"应发奖励报酬不低于 %[1]s", "rewards due: at least %[1]s"}},
		Evidence: evidence(
			Text{"专利证书或专利申请受理通知书", "Patent certificates or filing receipts"},
			Text{"专利转让、许可、入股合同及收益凭证", "Transfer, licence and equity contracts with income records"},
			Text{"奖励报酬发放记录", "Records of the rewards paid"},
		),
		note: func(f *facts) Text {
			return tr("这是单位的义务，按“适用”报告最低应发额：约束持有职务发明专利、既未与发明人约定也未在规章制度中规定奖励报酬的单位；（七）另规定国有企事业单位、高校院所的转让收益至少 %s 归完成人（约定与否均适用）。未约定时：授权奖金每件不低于发明专利 %s、实用新型和外观设计 %s（按授权日适用当时的标准，在授权当年计），自公告授权之日起 %s内发给（次年发放的计入次年）；转让、许可净收入至少 %s，作价投资形成的股份或出资比例至少 %s；自行实施的营业利润至少 %s，国有企事业单位的发明专利在有效期内每年计，其他情形计该专利最早的 %s 个自行实施年度（授权前的年度也占名额、不计报酬），须在该年年底前且在评估日前已授权。同一条收益适用几项最低标准时取最高者；每项单独四舍五入到分，按专利、按年度与已发奖励比较。",
				"An obligation, reported as 'applies' with the lowest amount due: it binds a firm holding service-invention patents that has neither agreed the inventors' rewards nor set them in its rules; clause (七) also gives inventors at least %s of transfer income at state-owned units and public institutions, agreed or not. Without an agreement: a grant reward of at least %s for an invention and %s for a utility model or design (by the standard in force on the grant date, in the grant year), paid within %s of the grant (paid in the next year, it counts for the next year); at least %s of net transfer and licence income and %s of the equity formed; at least %s of the operating profit from own use, every year for an invention of a state-owned unit or public institution, otherwise in the patent's earliest %s years of own use (years before the grant take places and owe nothing), the patent granted by that year's end and by the evaluation date. Where several minimums apply to one row the highest binds; each is rounded to the fen and each patent-year is compared with the rewards paid.",
				f.show(params.RewardTransferSOE), f.show(params.GrantInvention), f.show(params.GrantUtility),
				f.show(params.GrantDueMonths), f.show(params.RewardTransfer), f.show(params.RewardEquity),
				f.show(params.RewardSelfUse), f.show(params.RewardSelfUseYrs))
		},
		eval: evalInventorReward,
		form: inventorRewardForm,
	}
}

// grantReward is the lowest grant reward of a patent, by its grant date
// (§5.4): nothing for a patent not granted by D, granted before the policy,
// or whose rewards are agreed.
func (f *facts) grantReward(p *model.Patent) (params.Param, bool) {
	if !p.ServiceInvention || p.RewardAgreed || p.Granted.IsZero() || p.Granted > f.D || p.Filed > f.D ||
		p.Granted < f.date(params.PolicyInForce) {
		return params.Param{}, false
	}
	key := params.GrantUtility
	if p.Kind == model.PatentInvention {
		key = params.GrantInvention
	}
	return f.use(key, p.Granted), true
}

func evalInventorReward(f *facts, o *outcome) {
	state := f.sc.Firm.Ownership == model.OwnStateOwned || f.sc.Firm.Ownership == model.OwnPublicInstitution
	type key struct{ patent, year int }
	required := map[key]money.Fen{}
	grants := map[key]money.Fen{}
	var keys []key
	minimums := 0
	note := func(k key, amount money.Fen) {
		if _, seen := required[k]; !seen {
			keys = append(keys, k)
		}
		required[k] += amount
		minimums++
	}
	service, agreedAll := 0, true
	for pi := range f.sc.Patents {
		p := &f.sc.Patents[pi]
		if !p.ServiceInvention || p.Filed > f.D { // a patent filed after D is not seen yet (§0)
			continue
		}
		service++
		agreedAll = agreedAll && p.RewardAgreed
		if g, ok := f.grantReward(p); ok {
			k := key{pi, p.Granted.Year()}
			note(k, money.Fen(g.Value))
			grants[k] += money.Fen(g.Value)
			o.say(tr("%s（%s）%s 授权：授权奖金不低于 %s（%s）", "%s (%s) granted %s: grant reward at least %s (%s)",
				p.Number, label(model.PatentKinds, p.Kind), p.Granted, showRow(g), g.Cite))
		}
		lowest := selfUseYears(p, int(f.param(params.RewardSelfUseYrs)))
		for _, in := range p.Income {
			if in.Year > f.Y {
				continue
			}
			row, ok := f.rewardRate(p, in, state, lowest)
			if !ok {
				continue
			}
			least := money.Percent(in.Amount, row.Value)
			note(key{pi, in.Year}, least)
			o.say(tr("%s %d 年%s %s × %s = %s（%s）", "%s %d %s %s × %s = %s (%s)",
				p.Number, in.Year, label(model.IncomeKinds, in.Kind), yuan(in.Amount), showRow(row), yuan(least), row.Cite))
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].patent != keys[j].patent {
			return keys[i].patent < keys[j].patent
		}
		return keys[i].year < keys[j].year
	})
	d := InventorRewardDetails{Rows: []InventorRewardRow{}}
	for _, k := range keys {
		p := &f.sc.Patents[k.patent]
		var paid money.Fen
		for _, r := range p.RewardsPaid {
			if r.Year == k.year {
				paid += r.Amount
			}
		}
		short := max(0, required[k]-paid)
		d.RequiredFen += required[k]
		d.PaidFen += paid
		d.ShortfallFen += short
		d.GrantRewardsFen += grants[k]
		d.Rows = append(d.Rows, InventorRewardRow{p.Number, k.year, grants[k], required[k], paid, short})
		if short > 0 {
			o.advise(tr("%s %d 年度应补发奖励报酬 %s（应发 %s，已发 %s）", "%s, %d: pay the inventors a further %s (due %s, paid %s)",
				p.Number, k.year, yuan(short), yuan(required[k]), yuan(paid)))
		}
	}
	o.details(d)
	why := tr("有最低标准的奖励报酬 %d 项，应发合计 %s，已发 %s，差额 %s", "%d minimum rewards apply: %s due in all, %s paid, %s short",
		minimums, yuan(d.RequiredFen), yuan(d.PaidFen), yuan(d.ShortfallFen))
	switch {
	case minimums > 0:
	case service == 0:
		why = Text{"评估日没有职务发明专利", "no service-invention patent on the evaluation date"}
	case agreedAll && !state:
		why = Text{"职务发明专利的奖励报酬均已与发明人约定或在规章制度中规定，按约定执行", "every service invention's rewards are agreed or set by the firm's rules: the agreement applies"}
	default:
		why = Text{"职务发明专利尚未授权（或授权早于政策施行日），也没有评估年度及以前的收益", "no service invention granted since the policy took effect and no income up to the evaluation year yet"}
	}
	o.checkBool(minimums > 0, why)
	o.amounts(d.RequiredFen, 0)
}

// selfUseYears are the lowest distinct years of a patent's own-use income
// (促进科技成果转化法第四十五条第三项: 连续三至五年, at least three).
func selfUseYears(p *model.Patent, n int) []int {
	var years []int
	for _, in := range p.Income {
		if in.Kind == model.IncomeSelfUseProfit && !slices.Contains(years, in.Year) {
			years = append(years, in.Year)
		}
	}
	sort.Ints(years)
	return years[:min(n, len(years))]
}

// rewardRate is the binding minimum share of an income row (the highest
// that applies), and whether one applies at all.
func (f *facts) rewardRate(p *model.Patent, in model.PatentIncome, state bool, lowest []int) (params.Param, bool) {
	agreed := p.RewardAgreed
	switch in.Kind {
	case model.IncomeTransfer:
		if state {
			return f.use(params.RewardTransferSOE, f.D), true // (七): agreed or not, and above the national 50%
		}
		if !agreed {
			return f.use(params.RewardTransfer, f.D), true
		}
	case model.IncomeLicense:
		if !agreed {
			return f.use(params.RewardLicense, f.D), true
		}
	case model.IncomeEquity:
		if !agreed {
			return f.use(params.RewardEquity, f.D), true
		}
	case model.IncomeSelfUseProfit:
		granted := !p.Granted.IsZero() && p.Granted <= civil.YearEnd(in.Year) && p.Granted <= f.D
		every := state && p.Kind == model.PatentInvention
		if !agreed && granted && (every || slices.Contains(lowest, in.Year)) {
			return f.use(params.RewardSelfUse, f.D), true
		}
	}
	return params.Param{}, false
}

func inventorRewardForm(_ *model.Scenario, r *Result) []FormTable {
	d, _ := r.Details.(InventorRewardDetails)
	rows := [][]string{}
	for _, x := range d.Rows {
		rows = append(rows, []string{x.Patent, fmt.Sprint(x.Year), x.GrantRewardFen.Yuan(), x.RequiredFen.Yuan(), x.PaidFen.Yuan(), x.ShortfallFen.Yuan()})
	}
	rows = append(rows, []string{"合计", "", d.GrantRewardsFen.Yuan(), d.RequiredFen.Yuan(), d.PaidFen.Yuan(), d.ShortfallFen.Yuan()})
	return []FormTable{{Columns: []FormColumn{{Title: "专利号", Width: 2.2}, {Title: "年度", Width: 0.8},
		{Title: "其中授权奖金", Width: 1.5, Numeric: true, Computed: true}, {Title: "应发最低奖励报酬", Width: 1.8, Numeric: true, Computed: true},
		{Title: "已发", Width: 1.5, Numeric: true}, {Title: "差额", Width: 1.5, Numeric: true, Computed: true}},
		Rows: rows, Total: true}}
}
