package engine

import (
	"huiqi/model"
	"testing"
)

func TestGraduateEshopSubsidy(t *testing.T) {
	cases := []struct {
		name     string
		grad     string
		opened   string // "" no shop
		asOf     string
		received string
		status   Status
		zh, en   string
	}{
		// graduated 2018-07-01: shop window 2017-07-01 … 2019-07-01
		{"opened end(g,−1y) − 1: ineligible", "2018-07-01", "2017-06-30", "2019-12-31", "", Ineligible,
			"网店须在 2017-07-01 至 2019-07-01 间开办", "shop due between 2017-07-01 and 2019-07-01"},
		{"opened end(g,−1y): eligible", "2018-07-01", "2017-07-01", "2019-12-31", "", Eligible, "实际 2017-07-01", "opened 2017-07-01"},
		{"opened end(g,+1y), D = end(opened,6m): eligible", "2018-07-01", "2019-07-01", "2020-01-01", "", Eligible,
			"期满之日 2020-01-01", "reached on 2020-01-01"},
		{"opened end(g,+1y), D = end(opened,6m) − 1: ineligible", "2018-07-01", "2019-07-01", "2019-12-31", "", Ineligible,
			"期满之日 2020-01-01", "reached on 2020-01-01"},
		{"opened end(g,+1y) + 1: ineligible", "2018-07-01", "2019-07-02", "2020-06-30", "", Ineligible,
			"网店须在 2017-07-01 至 2019-07-01 间开办", "shop due between 2017-07-01 and 2019-07-01"},
		{"opened 2017-08-31: reached on 2018-02-28, D the day before", "2018-02-01", "2017-08-31", "2018-02-27", "", Ineligible,
			"期满之日 2018-02-28", "reached on 2018-02-28"},
		{"opened 2017-08-31: reached on 2018-02-28, D that day", "2018-02-01", "2017-08-31", "2018-02-28", "", Eligible,
			"期满之日 2018-02-28", "reached on 2018-02-28"},
		{"graduated 2020-02-29: from 2019-02-28 (month end), opened that day", "2020-02-29", "2019-02-28", "2020-03-01", "", Eligible,
			"网店须在 2019-02-28 至 2021-02-28 间开办", "shop due between 2019-02-28 and 2021-02-28"},
		{"graduated 2020-02-29: opened 2019-02-27, ineligible", "2020-02-29", "2019-02-27", "2020-03-01", "", Ineligible,
			"网店须在 2019-02-28 至 2021-02-28 间开办", "shop due between 2019-02-28 and 2021-02-28"},
		{"opened 2016-11-14, before the policy: ineligible", "2017-06-30", "2016-11-14", "2017-06-30", "", Ineligible,
			"不早于 2016-11-15", "not before 2016-11-15"},
		{"opened 2016-11-15, policy start: eligible", "2017-06-30", "2016-11-15", "2017-06-30", "", Eligible,
			"不早于 2016-11-15", "not before 2016-11-15"},
		{"graduation after D is ignored: ineligible", "2018-07-01", "2017-08-31", "2018-03-01", "", Ineligible,
			"未登记毕业日期", "no graduation date"},
		{"no shop: ineligible", "2018-07-01", "", "2019-12-31", "", Ineligible, "未开办网店", "no shop"},
		{"shop opened after D: not seen", "2018-07-01", "2019-07-01", "2019-06-30", "", Ineligible, "未开办网店", "no shop"},
		{"received before: ineligible", "2018-07-01", "2017-07-01", "2019-12-31", "2018-06-01", Ineligible,
			"已于 2018-06-01 领取过", "already received on 2018-06-01"},
		{"received after D: ignored", "2018-07-01", "2017-07-01", "2019-12-31", "2020-01-01", Eligible, "此前未领取过", "not received before"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := founded("2016-01-01")
			sc.People[0].Graduated = day(c.grad)
			if c.opened != "" {
				sc.Firm.OnlineShopOpened = day(c.opened)
			}
			if c.received != "" {
				sc.Firm.Received = []model.Received{{Benefit: "graduate-eshop-subsidy", Date: day(c.received)}}
			}
			r := checkedRule(t, sc, c.asOf, "graduate-eshop-subsidy")
			wantStatus(t, r, c.status)
			wantReason(t, r, c.zh, c.en)
			wantMissing(t, r)
			if c.status == Eligible {
				wantAmounts(t, r, 200_000, 0)
			}
		})
	}
	// The graduate must be a founder.
	sc := founded("2016-01-01")
	sc.Firm.OnlineShopOpened = day("2017-07-01")
	addStaff(sc, 1, "2017-01-01", ptrInt(12), func(p *model.Person) { p.Graduated = day("2018-07-01") })
	wantStatus(t, checkedRule(t, sc, "2019-12-31", "graduate-eshop-subsidy"), Ineligible)
}

// ---------------------------------------------------------------------------
// 2.9 pioneer-subsidy
