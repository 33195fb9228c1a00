package engine

// （四）……建立面向创业创新者的专利申请优先审查绿色通道，为创业者提供更多便利。
func patentPriorityExam() *Rule {
	return &Rule{
		ID: "patent-priority-exam", Clause: "四", Rests: "专利申请优先审查绿色通道", Kind: Procedure, Reading: NoAmount,
		Title:    Text{"专利申请优先审查绿色通道", "Priority examination of patent applications"},
		Evidence: evidence(Text{"专利申请受理通知书", "The filing receipt"}, Text{"优先审查请求书", "The priority examination request"}),
		note: func(*facts) Text {
			return Text{"评估日有在审专利申请（已申请、未授权、未失效）即可申请优先审查，由知识产权部门审核，故为“可申请”。",
				"Any application pending on the evaluation date (filed, not granted, not lapsed) may be put forward for priority examination, which the IP office decides: may apply."}
		},
		eval: func(f *facts, o *outcome) {
			o.pass = MayApply
			n := 0
			for i := range f.sc.Patents {
				if p := &f.sc.Patents[i]; f.pendingAt(p) {
					n++
					o.say(tr("%s《%s》%s 申请，审查中", "%s \"%s\" filed %s, pending", p.Number, p.Title, p.Filed))
				}
			}
			o.checkBool(n > 0, tr("评估日在审的专利申请 %d 件", "%d applications pending on the evaluation date", n))
		},
	}
}
