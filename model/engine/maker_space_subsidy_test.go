package engine

import (
	"huiqi/model"
	"testing"
)

func TestMakerSpaceSubsidy(t *testing.T) {
	ms := model.CertMakerSpace
	cases := []struct {
		name  string
		certs []model.Certification
		ok    bool
	}{
		{"issued the day before D, no expiry", []model.Certification{rbCert(ms, "2021-06-29", "")}, true},
		{"issued on D", []model.Certification{rbCert(ms, "2021-06-30", "")}, true},
		{"issued the day after D", []model.Certification{rbCert(ms, "2021-07-01", "")}, false},
		{"expired the day before D", []model.Certification{rbCert(ms, "2019-01-01", "2021-06-29")}, false},
		{"expires on D", []model.Certification{rbCert(ms, "2019-01-01", "2021-06-30")}, true},
		{"expires the day after D", []model.Certification{rbCert(ms, "2019-01-01", "2021-07-01")}, true},
		{"expired one, renewed one valid", []model.Certification{rbCert(ms, "2016-01-01", "2018-12-31"), rbCert(ms, "2019-01-01", "")}, true},
		{"only another kind of certification", []model.Certification{rbCert(model.CertTechSME, "2019-01-01", "")}, false},
		{"none", nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			sc.Firm.Certifications = c.certs
			r := rule(t, sc, "2021-06-30", "maker-space-subsidy")
			if c.ok {
				wantStatus(t, r, MayApply)
				wantReason(t, r, "【满足】众创空间认定有效", "[met] maker-space recognition valid")
			} else {
				wantStatus(t, r, Ineligible)
				wantReason(t, r, "【不满足】评估日没有有效的众创空间认定", "[not met] no maker-space recognition valid on the evaluation date")
			}
			rbAmounts(t, r, 0, 0)
		})
	}
}

// ---------------------------------------------------------------------------
// §3 calendar
