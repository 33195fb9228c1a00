package engine

import (
	"fmt"
	"huiqi/model"
	"testing"
)

func TestPatentPriorityExam(t *testing.T) {
	invention, um, des := model.PatentInvention, model.PatentUtilityModel, model.PatentDesign
	cases := []struct {
		name    string
		patents []model.Patent
		n       int
	}{
		{"filed the day before D, pending", []model.Patent{rbPatent(1, invention, "2021-06-29", "", model.StatusPending)}, 1},
		{"filed on D", []model.Patent{rbPatent(1, invention, rbPatentD, "", model.StatusPending)}, 1},
		{"filed the day after D", []model.Patent{rbPatent(1, invention, "2021-07-01", "", model.StatusPending)}, 0},
		{"granted on D: no longer pending", []model.Patent{rbPatent(1, um, "2020-01-01", rbPatentD, model.StatusGranted)}, 0},
		{"granted the day after D: still pending at D", []model.Patent{rbPatent(1, um, "2020-01-01", "2021-07-01", model.StatusGranted)}, 1},
		{"lapsed before grant", []model.Patent{rbPatent(1, invention, "2020-01-01", "", model.StatusLapsed)}, 0},
		{"design application pending", []model.Patent{rbPatent(1, des, "2021-01-01", "", model.StatusPending)}, 1},
		{"one pending among granted and lapsed", []model.Patent{
			rbPatent(1, invention, "2019-01-01", "2020-01-01", model.StatusGranted),
			rbPatent(2, invention, "2020-01-01", "", model.StatusLapsed),
			rbPatent(3, um, "2021-02-01", "", model.StatusPending)}, 1},
		{"no patents", nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Patents = c.patents
			r := rule(t, sc, rbPatentD, "patent-priority-exam")
			if c.n > 0 {
				wantStatus(t, r, MayApply)
				wantReason(t, r, fmt.Sprintf("【满足】评估日在审的专利申请 %d 件", c.n), fmt.Sprintf("[met] %d applications pending on the evaluation date", c.n))
			} else {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】评估日在审的专利申请 0 件", "[not met] 0 applications pending on the evaluation date")
			}
			rbAmounts(t, r, 0, 0)
		})
	}
}
