package engine

import (
	"huiqi/model"
	"testing"
)

func TestHighLevelTalentSettlement(t *testing.T) {
	hl := model.TalentHighLevel
	left := func(d string) func(p *model.Person) { return func(p *model.Person) { p.Left = day(d) } }
	hired := func(d string) func(p *model.Person) { return func(p *model.Person) { p.Hired = day(d) } }
	cases := []struct {
		name   string
		mod    func(sc *model.Scenario)
		status Status
		count  int64
		reason [2]string
		miss   []string
	}{
		{"contract 5 years, home in Yuxi", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, nil) },
			Eligible, 1, [2]string{"【满足】符合条件的高层次人才 1 人", "[met] 1 high-level talents qualify"}, nil},
		{"contract 6 years", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(6), model.True, nil) },
			Eligible, 1, [2]string{"合同 6 年（需 5 年以上）", "contract 6 years (5 years or more needed)"}, nil},
		{"contract 4 years", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(4), model.True, nil) },
			Ineligible, 0, [2]string{"合同 4 年（需 5 年以上）", "contract 4 years (5 years or more needed)"}, nil},
		{"contract unknown", func(sc *model.Scenario) { rbTalent(sc, hl, nil, model.True, nil) },
			MissingData, 0, [2]string{"【待补充】符合条件的高层次人才 0 人", "[unknown] 0 high-level talents qualify"}, []string{"people[1].talent.contract_years"}},
		{"home in Yuxi unknown", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.Unknown, nil) },
			MissingData, 0, [2]string{"在玉溪购建住房：未知", "home in Yuxi: unknown"}, []string{"people[1].talent.home_in_yuxi"}},
		{"no home in Yuxi", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.False, nil) },
			Ineligible, 0, [2]string{"在玉溪购建住房：否", "home in Yuxi: no"}, nil},
		{"contract 4 years and home unknown: fails whatever the home", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(4), model.Unknown, nil) },
			Ineligible, 0, [2]string{"【不满足】符合条件的高层次人才 0 人", "[not met] 0 high-level talents qualify"}, nil},
		{"left on D: not employed", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, left(rbTalentD)) },
			Ineligible, 0, [2]string{"评估日不在职", "not employed on the evaluation date"}, nil},
		{"left the day after D: employed", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, left("2021-07-01")) },
			Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, nil},
		{"hired on D", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, hired(rbTalentD)) },
			Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, nil},
		{"hired the day after D", func(sc *model.Scenario) { rbTalent(sc, hl, ptrInt(5), model.True, hired("2021-07-01")) },
			Ineligible, 0, [2]string{"评估日不在职", "not employed on the evaluation date"}, nil},
		{"two qualify", func(sc *model.Scenario) {
			rbTalent(sc, hl, ptrInt(5), model.True, nil)
			rbTalent(sc, hl, ptrInt(8), model.True, nil)
		}, Eligible, 2, [2]string{"符合条件的高层次人才 2 人", "2 high-level talents qualify"}, nil},
		{"one confirmed, one undecided: eligible, undecided listed", func(sc *model.Scenario) {
			rbTalent(sc, hl, ptrInt(5), model.True, nil)
			rbTalent(sc, hl, nil, model.True, nil)
		}, Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, []string{"people[2].talent.contract_years"}},
		{"provincial programme is not high-level", func(sc *model.Scenario) { rbTalent(sc, model.TalentProvOverseas, ptrInt(5), model.True, nil) },
			Ineligible, 0, [2]string{"符合条件的高层次人才 0 人", "0 high-level talents qualify"}, nil},
		{"founder without a hiring date counts from founding", func(sc *model.Scenario) {
			sc.People = append(sc.People, model.Person{ID: "p2", Name: "人才创办人", Founder: true, Categories: []string{},
				Talent: &model.Talent{Program: hl, ContractYears: ptrInt(5), HomeInYuxi: model.True}})
		}, Eligible, 1, [2]string{"符合条件的高层次人才 1 人", "1 high-level talents qualify"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := baseFirm()
			c.mod(sc)
			r := rule(t, sc, rbTalentD, "high-level-talent-settlement")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.reason[0], c.reason[1])
			rbMissing(t, r, c.miss...)
			rbWantNum(t, r, map[string]int64{"count": c.count})
			if ps, ok := detailsOf(t, r)["persons"].([]any); !ok || int64(len(ps)) != c.count {
				t.Errorf("persons = %v, want %d", detailsOf(t, r)["persons"], c.count)
			}
			rbAmounts(t, r, c.count*20_000_000, c.count*100_000_000)
		})
	}
}
