package engine

import "huiqi/model"

// （十八）各级财政要对众创空间等新型孵化机构的房租、宽带接入费用和用于创业服务的
// 公共软件、开发工具给予适当补贴。
func makerSpaceSubsidy() *Rule {
	return &Rule{
		ID: "maker-space-subsidy", Clause: "十八", Rests: "众创空间等新型孵化机构的房租", Kind: Cash, Reading: NoAmount,
		Title:    Text{"众创空间房租、宽带及公共软件补贴", "Rent, broadband and shared-software subsidies for maker spaces"},
		Words:    AmountWords{Any: Text{"金额由财政部门核定", "the finance bureau sets the amount"}},
		Evidence: evidence(Text{"众创空间认定文件", "The maker-space recognition"}, Text{"房租、宽带及软件费用票据", "Rent, broadband and software invoices"}),
		note: func(*facts) Text {
			return Text{"持有评估日有效的众创空间认定即可申请；补贴额由财政部门核定，故为“可申请”。", "A maker-space recognition valid on the evaluation date; the finance bureau sets the amount: may apply."}
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			cert, ok := f.certValidAt(model.CertMakerSpace)
			o.checkBool(ok, pick(ok, tr("众创空间认定有效（%s 起）", "maker-space recognition valid (since %s)", cert.Issued),
				Text{"评估日没有有效的众创空间认定", "no maker-space recognition valid on the evaluation date"}))
		},
	}
}
