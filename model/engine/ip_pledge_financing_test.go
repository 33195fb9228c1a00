package engine

import (
	"fmt"
	"huiqi/model"
	"testing"
)

func TestIPPledgeFinancing(t *testing.T) {
	invention, um, des := model.PatentInvention, model.PatentUtilityModel, model.PatentDesign
	cases := []struct {
		name    string
		patents []model.Patent
		n       int
	}{
		{"invention granted the day before D", []model.Patent{rbPatent(1, invention, "2019-01-01", "2021-06-29", model.StatusGranted)}, 1},
		{"invention granted on D", []model.Patent{rbPatent(1, invention, "2019-01-01", rbPatentD, model.StatusGranted)}, 1},
		{"invention granted the day after D", []model.Patent{rbPatent(1, invention, "2019-01-01", "2021-07-01", model.StatusGranted)}, 0},
		{"utility model granted on D", []model.Patent{rbPatent(1, um, "2019-01-01", rbPatentD, model.StatusGranted)}, 1},
		{"design granted: excluded", []model.Patent{rbPatent(1, des, "2019-01-01", "2020-01-01", model.StatusGranted)}, 0},
		{"invention granted, then lapsed", []model.Patent{rbPatent(1, invention, "2015-01-01", "2017-01-01", model.StatusLapsed)}, 0},
		{"invention pending", []model.Patent{rbPatent(1, invention, "2020-01-01", "", model.StatusPending)}, 0},
		{"design and utility model granted: one counts", []model.Patent{
			rbPatent(1, des, "2019-01-01", "2020-01-01", model.StatusGranted),
			rbPatent(2, um, "2019-01-01", "2020-01-01", model.StatusGranted)}, 1},
		{"two inventions granted", []model.Patent{
			rbPatent(1, invention, "2019-01-01", "2020-01-01", model.StatusGranted),
			rbPatent(2, invention, "2019-01-01", "2021-01-01", model.StatusGranted)}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Patents = c.patents
			r := rule(t, sc, rbPatentD, "ip-pledge-financing")
			if c.n > 0 {
				wantStatus(t, r, MayApply)
				wantReason(t, r, fmt.Sprintf("【满足】已授权的发明、实用新型专利 %d 件", c.n), fmt.Sprintf("[met] %d granted inventions or utility models", c.n))
			} else {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】已授权的发明、实用新型专利 0 件", "[not met] 0 granted inventions or utility models")
			}
			rbAmounts(t, r, 0, 0)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.22 maker-space-subsidy
