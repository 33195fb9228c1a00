package engine

import (
	"huiqi/model"
)

// pendingAt: filed on or before D, not lapsed, not granted by D (§0).
func (f *facts) pendingAt(p *model.Patent) bool {
	return p.Filed <= f.D && p.Status != model.StatusLapsed && (p.Granted.IsZero() || p.Granted > f.D)
}

// grantedAt: granted on or before D and not lapsed (§0).
func (f *facts) grantedAt(p *model.Patent) bool {
	return !p.Granted.IsZero() && p.Granted <= f.D && p.Status != model.StatusLapsed
}

// （四）……建立面向创业创新者的专利申请优先审查绿色通道，为创业者提供更多便利。
func patentPriorityExam() *Rule {
	return &Rule{
		ID: "patent-priority-exam", Clause: "四",
		Title:    Text{"专利申请优先审查绿色通道", "Priority examination of patent applications"},
		Note:     Text{"评估日有在审专利申请（已申请、未授权、未失效）即可申请优先审查，由知识产权部门审核。", "Any application pending on the evaluation date (filed, not granted, not lapsed) may be put forward for priority examination, which the IP office decides."},
		Evidence: evidence(Text{"专利申请受理通知书", "The filing receipt"}, Text{"优先审查请求书", "The priority examination request"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			n := 0
			for _, p := range f.sc.Patents {
				if f.pendingAt(&p) {
					n++
					o.say(tr("%s《%s》%s 申请，审查中", "%s \"%s\" filed %s, pending", p.Number, p.Title, p.Filed))
				}
			}
			o.checkBool(n > 0, tr("评估日在审的专利申请 %d 件", "%d applications pending on the evaluation date", n))
		},
	}
}

// （十六）……推进知识产权质押融资，完善知识产权估值、质押和流转体系……
func ipPledgeFinancing() *Rule {
	return &Rule{
		ID: "ip-pledge-financing", Clause: "十六",
		Title:    Text{"知识产权质押融资", "Loans secured on patents"},
		Note:     Text{"评估日有已授权、未失效的发明或实用新型专利，即可向合作银行申请知识产权质押融资（外观设计不计）；银行评估后决定，故为“可申请”。", "A granted, unlapsed invention or utility-model patent on the evaluation date (designs excluded) can secure a loan from a partner bank, which decides: may apply."},
		Evidence: evidence(Text{"专利证书及年费缴纳凭证", "Patent certificates and annual fee receipts"}, Text{"专利价值评估报告", "A patent valuation report"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			n := 0
			for _, p := range f.sc.Patents {
				if f.grantedAt(&p) && (p.Kind == model.PatentInvention || p.Kind == model.PatentUtilityModel) {
					n++
					o.say(tr("%s《%s》%s 授权", "%s \"%s\" granted %s", p.Number, p.Title, p.Granted))
				}
			}
			o.checkBool(n > 0, tr("已授权的发明、实用新型专利 %d 件", "%d granted inventions or utility models", n))
		},
	}
}

// （十八）各级财政要对众创空间等新型孵化机构的房租、宽带接入费用和用于创业服务的
// 公共软件、开发工具给予适当补贴。
func makerSpaceSubsidy() *Rule {
	return &Rule{
		ID: "maker-space-subsidy", Clause: "十八",
		Title:    Text{"众创空间房租、宽带及公共软件补贴", "Rent, broadband and shared-software subsidies for maker spaces"},
		Note:     Text{"持有评估日有效的众创空间认定即可申请；补贴额由财政部门核定，故为“可申请”。", "A maker-space recognition valid on the evaluation date; the finance bureau sets the amount: may apply."},
		Evidence: evidence(Text{"众创空间认定文件", "The maker-space recognition"}, Text{"房租、宽带及软件费用票据", "Rent, broadband and software invoices"}),
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			cert, ok := f.certValidAt(model.CertMakerSpace)
			o.checkBool(ok, pick(ok, tr("众创空间认定有效（%s 起）", "maker-space recognition valid (since %s)", cert.Issued),
				Text{"评估日没有有效的众创空间认定", "no maker-space recognition valid on the evaluation date"}))
		},
	}
}
