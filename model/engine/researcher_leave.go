package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// （七）符合条件的科研院所的科技人员经所在单位批准，可……到企业开展创新工作或
// 创办企业，3年内可保留人事关系……
func researcherLeave() *Rule {
	return leaveRule("researcher-leave", "七", "停薪留职并保留基本待遇", model.LeaveInstitute, params.ResearcherYears,
		Text{"科研人员离岗创业保留人事关系3年", "Researchers on leave keep their post for 3 years"},
		Text{"高校、科研院所", "a university or research institute"})
}
