package engine

import (
	"huiqi/model"
	"huiqi/model/params"
)

// （八）国有企业职工经单位批准，可停职停薪创办企业。3 年内不再创办企业的职工
// 允许回原单位工作……
func soeStaffLeave() *Rule {
	return leaveRule("soe-staff-leave", "八", "允许回原单位工作", model.LeaveSOE, params.SOEYears,
		Text{"国企职工停职创业3年内可回原单位", "SOE staff on leave may return within 3 years"},
		Text{"国有企业", "a state-owned enterprise"})
}
