package engine

import (
	"testing"

	"huiqi/model"
)

func TestSOEStaffLeave(t *testing.T) {
	testLeave(t, []leaveCase{
		{"soe: D = start+3y − 1", "soe-staff-leave", []leaveRecord{{model.LeaveSOE, "2016-02-29"}}, "2019-02-27", Eligible, 1, "2019-02-28"},
		{"soe: D = start+3y", "soe-staff-leave", []leaveRecord{{model.LeaveSOE, "2016-02-29"}}, "2019-02-28", Eligible, 1, "2019-02-28"},
		{"soe: D = start+3y + 1", "soe-staff-leave", []leaveRecord{{model.LeaveSOE, "2016-02-29"}}, "2019-03-01", Ineligible, 0, ""},
		{"soe: start on D", "soe-staff-leave", []leaveRecord{{model.LeaveSOE, "2018-05-10"}}, "2018-05-10", Eligible, 1, "2021-05-10"},
		{"soe: start D+1", "soe-staff-leave", []leaveRecord{{model.LeaveSOE, "2018-05-11"}}, "2018-05-10", Ineligible, 0, ""},
		{"institute leave does not count as soe", "soe-staff-leave", []leaveRecord{{model.LeaveInstitute, "2018-05-10"}}, "2018-06-30", Ineligible, 0, ""},
	})
}
