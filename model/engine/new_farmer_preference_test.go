package engine

import (
	"huiqi/model"
	"testing"
)

func TestNewFarmerPreference(t *testing.T) {
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		reason [2]string
	}{
		{"founder holds the certificate", func(sc *model.Scenario) { sc.People[0].FarmerCertificate = true }, MayApply,
			[2]string{"【满足】创办人持有新型职业农民资格证书", "[met] a founder holds the new professional farmer certificate"}},
		{"no certificate", nil, Ineligible,
			[2]string{"【不满足】创办人持有新型职业农民资格证书", "[not met] a founder holds the new professional farmer certificate"}},
		{"only an employee holds it", func(sc *model.Scenario) {
			addStaff(sc, 1, "2020-01-01", ptrInt(12), func(p *model.Person) { p.FarmerCertificate = true })
		}, Ineligible, [2]string{"【不满足】创办人持有新型职业农民资格证书", "[not met] a founder holds"}},
		{"second founder holds it", func(sc *model.Scenario) {
			sc.People = append(sc.People, model.Person{ID: "p2", Name: "农场主", Founder: true, FarmerCertificate: true, Categories: []string{}})
		}, MayApply, [2]string{"【满足】创办人持有新型职业农民资格证书", "[met] a founder holds"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			if c.mod != nil {
				c.mod(sc)
			}
			r := rule(t, sc, "2021-06-30", "new-farmer-preference")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbAmounts(t, r, 0, 0)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.15 high-level-talent-settlement and 2.16 provincial-talent-funding
