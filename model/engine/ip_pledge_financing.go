package engine

import "huiqi/model"

// （十六）……推进知识产权质押融资，完善知识产权估值、质押和流转体系……
func ipPledgeFinancing() *Rule {
	return &Rule{
		ID: "ip-pledge-financing", Clause: "十六", Rests: "推进知识产权质押融资", Kind: Procedure, Reading: NoAmount,
		Title:    Text{"知识产权质押融资", "Loans secured on patents"},
		Evidence: evidence(Text{"专利证书及年费缴纳凭证", "Patent certificates and annual fee receipts"}, Text{"专利价值评估报告", "A patent valuation report"}),
		note: func(*facts) Text {
			return Text{"评估日有已授权、未失效的发明或实用新型专利，即可向合作银行申请知识产权质押融资（外观设计不计）；银行评估后决定，故为“可申请”。",
				"A granted, unlapsed invention or utility-model patent on the evaluation date (designs excluded) can secure a loan from a partner bank, which decides: may apply."}
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			n := 0
			for i := range f.sc.Patents {
				p := &f.sc.Patents[i]
				if f.grantedAt(p) && (p.Kind == model.PatentInvention || p.Kind == model.PatentUtilityModel) {
					n++
					o.say(tr("%s《%s》%s 授权", "%s \"%s\" granted %s", p.Number, p.Title, p.Granted))
				}
			}
			o.checkBool(n > 0, tr("已授权的发明、实用新型专利 %d 件", "%d granted inventions or utility models", n))
		},
	}
}
