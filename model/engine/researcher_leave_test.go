package engine

import (
	"testing"

	"huiqi/model"
)

func TestResearcherLeave(t *testing.T) {
	testLeave(t, []leaveCase{
		{"institute: D = start+3y − 1", "researcher-leave", []leaveRecord{{model.LeaveInstitute, "2016-02-29"}}, "2019-02-27", Eligible, 1, "2019-02-28"},
		{"institute: D = start+3y (2016-02-29 → 2019-02-28)", "researcher-leave", []leaveRecord{{model.LeaveInstitute, "2016-02-29"}}, "2019-02-28", Eligible, 1, "2019-02-28"},
		{"institute: D = start+3y + 1", "researcher-leave", []leaveRecord{{model.LeaveInstitute, "2016-02-29"}}, "2019-03-01", Ineligible, 0, ""},
		{"institute: start on D", "researcher-leave", []leaveRecord{{model.LeaveInstitute, "2018-05-10"}}, "2018-05-10", Eligible, 1, "2021-05-10"},
		{"institute: start D+1 (not yet)", "researcher-leave", []leaveRecord{{model.LeaveInstitute, "2018-05-11"}}, "2018-05-10", Ineligible, 0, ""},
		{"soe leave does not count as institute", "researcher-leave", []leaveRecord{{model.LeaveSOE, "2018-05-10"}}, "2018-06-30", Ineligible, 0, ""},
		{"institute: two people counted", "researcher-leave", []leaveRecord{{model.LeaveInstitute, "2018-05-10"}, {model.LeaveInstitute, "2017-01-01"}}, "2018-06-30", Eligible, 2, "2021-05-10"},
		{"institute: one in, one out of the 3 years", "researcher-leave", []leaveRecord{{model.LeaveInstitute, "2015-01-01"}, {model.LeaveInstitute, "2017-01-01"}}, "2018-06-30", Eligible, 1, "2020-01-01"},
	})
}
