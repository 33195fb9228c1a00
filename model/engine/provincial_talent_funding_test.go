package engine

import (
	"fmt"
	"huiqi/model"
	"testing"
)

func TestProvincialTalentFunding(t *testing.T) {
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		count  int64
	}{
		{"provincial overseas programme", func(sc *model.Scenario) { rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, nil) }, Eligible, 1},
		{"provincial high-end programme", func(sc *model.Scenario) { rbTalent(sc, model.TalentProvHighEnd, ptrInt(1), model.False, nil) }, Eligible, 1},
		{"high-level programme does not count", func(sc *model.Scenario) { rbTalent(sc, model.TalentHighLevel, ptrInt(5), model.True, nil) }, Ineligible, 0},
		{"no talent", func(sc *model.Scenario) {}, Ineligible, 0},
		{"two talents", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, nil)
			rbTalent(sc, model.TalentProvHighEnd, nil, model.Unknown, nil)
		}, Eligible, 2},
		{"left on D", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, func(p *model.Person) { p.Left = day(rbTalentD) })
		}, Ineligible, 0},
		{"left the day after D", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, func(p *model.Person) { p.Left = day("2021-07-01") })
		}, Eligible, 1},
		{"hired the day after D", func(sc *model.Scenario) {
			rbTalent(sc, model.TalentProvOverseas, nil, model.Unknown, func(p *model.Person) { p.Hired = day("2021-07-01") })
		}, Ineligible, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.mod(sc)
			r := rule(t, sc, rbTalentD, "provincial-talent-funding")
			wantStatus(t, r, c.status)
			mark := map[bool]string{true: "【满足】", false: "【不满足】"}[c.count > 0]
			markEn := map[bool]string{true: "[met] ", false: "[not met] "}[c.count > 0]
			wantReason(t, r, fmt.Sprintf("%s在职的省引才计划人才 %d 人", mark, c.count), fmt.Sprintf("%s%d provincial-programme talents employed", markEn, c.count))
			rbWantNum(t, r, map[string]int64{"count": c.count})
			rbAmounts(t, r, c.count*20_000_000, c.count*20_000_000)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.17 rd-super-deduction
