package engine

import (
	"fmt"
	"huiqi/model"
	"huiqi/model/money"
	"testing"
)

func TestStartupFeeCap(t *testing.T) {
	notMandatory := raFee("2020-01-10", 1000, 1000)
	notMandatory.Mandatory = false
	notPriced := raFee("2020-01-10", 1000, 1000)
	notPriced.GovernmentPriced = false
	cases := []struct {
		name      string
		founded   string
		fees      []model.Fee
		asOf      string
		status    Status
		counted   int
		refund    int64
		windowEnd string
	}{
		// founded 2019-04-01: window 2019-04-01 … 2021-04-01
		{"fee on founded: counted", "2019-04-01", []model.Fee{raFee("2019-04-01", 1000, 1000)}, "2021-06-30", Eligible, 1, 500, "2021-04-01"},
		{"fee the day before founded: not counted", "2019-04-01", []model.Fee{raFee("2019-03-31", 1000, 1000)}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"fee on founded+2y: counted", "2019-04-01", []model.Fee{raFee("2021-04-01", 1000, 1000)}, "2021-06-30", Eligible, 1, 500, "2021-04-01"},
		{"fee on founded+2y+1d: not counted", "2019-04-01", []model.Fee{raFee("2021-04-02", 1000, 1000)}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"D = window end − 1, no fees: eligible", "2019-04-01", nil, "2021-03-31", Eligible, 0, 0, "2021-04-01"},
		{"D = window end, no fees: eligible", "2019-04-01", nil, "2021-04-01", Eligible, 0, 0, "2021-04-01"},
		{"D = window end + 1, no fees: ineligible", "2019-04-01", nil, "2021-04-02", Ineligible, 0, 0, "2021-04-01"},
		{"D after window, fee at cap: ineligible", "2019-04-01", []model.Fee{raFee("2020-01-10", 1000, 500)}, "2021-04-02", Ineligible, 1, 0, "2021-04-01"},
		{"D after window, overcharge: eligible for the refund", "2019-04-01", []model.Fee{raFee("2020-01-10", 1000, 800)}, "2021-04-02", Eligible, 1, 300, "2021-04-01"},
		{"fee dated after D: ignored", "2019-04-01", []model.Fee{raFee("2020-06-01", 1000, 1000)}, "2020-05-31", Eligible, 0, 0, "2021-04-01"},
		{"fee dated on D: counted", "2019-04-01", []model.Fee{raFee("2020-05-31", 1000, 1000)}, "2020-05-31", Eligible, 1, 500, "2021-04-01"},
		{"not mandatory: not counted", "2019-04-01", []model.Fee{notMandatory}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"not government-priced: not counted", "2019-04-01", []model.Fee{notPriced}, "2021-06-30", Ineligible, 0, 0, "2021-04-01"},
		{"charged below the cap: no negative overcharge", "2019-04-01",
			[]model.Fee{raFee("2020-01-10", 1000, 100), raFee("2020-02-10", 1000, 700)}, "2021-06-30", Eligible, 2, 200, "2021-04-01"},
		// month end: 2016-02-29 + 2 years = 2018-02-28
		{"founded 2016-02-29: fee on 2018-02-28 counted", "2016-02-29", []model.Fee{raFee("2018-02-28", 1000, 1000)}, "2018-06-30", Eligible, 1, 500, "2018-02-28"},
		{"founded 2016-02-29: fee on 2018-03-01 not counted", "2016-02-29", []model.Fee{raFee("2018-03-01", 1000, 1000)}, "2018-06-30", Ineligible, 0, 0, "2018-02-28"},
		{"founded 2016-02-29: D 2018-02-28 in window", "2016-02-29", nil, "2018-02-28", Eligible, 0, 0, "2018-02-28"},
		{"founded 2016-02-29: D 2018-03-01 after window", "2016-02-29", nil, "2018-03-01", Ineligible, 0, 0, "2018-02-28"},
		// policy in force 2016-11-15
		{"fee 2016-11-14, before the policy: not counted", "2016-01-10", []model.Fee{raFee("2016-11-14", 1000, 1000)}, "2018-06-30", Ineligible, 0, 0, "2018-01-10"},
		{"fee 2016-11-15, policy start: counted", "2016-01-10", []model.Fee{raFee("2016-11-15", 1000, 1000)}, "2018-06-30", Eligible, 1, 500, "2018-01-10"},
		// rounding: cap = round(standard × 50 / 100), half up
		{"odd standard 2,000,001 fen: cap 1,000,001, charged at cap", "2019-04-01", []model.Fee{raFee("2020-01-10", 2_000_001, 1_000_001)}, "2021-06-30", Ineligible, 1, 0, "2021-04-01"},
		{"odd standard 2,000,001 fen: charged 1,000,002, refund 1", "2019-04-01", []model.Fee{raFee("2020-01-10", 2_000_001, 1_000_002)}, "2021-06-30", Eligible, 1, 1, "2021-04-01"},
		{"standard 3 fen: cap 2, refund 1", "2019-04-01", []model.Fee{raFee("2020-01-10", 3, 3)}, "2021-06-30", Eligible, 1, 1, "2021-04-01"},
		{"standard 1 fen: cap 1 (0.5 rounds up), no refund", "2019-04-01", []model.Fee{raFee("2020-01-10", 1, 1)}, "2021-06-30", Ineligible, 1, 0, "2021-04-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sc := founded(c.founded)
			sc.Fees = c.fees
			r := checkedRule(t, sc, c.asOf, "startup-fee-cap")
			wantStatus(t, r, c.status)
			wantDetail(t, r, "window_end", day(c.windowEnd))
			wantDetail(t, r, "counted_fees", c.counted)
			wantDetail(t, r, "refund_fen", c.refund)
			if c.status == Eligible {
				wantAmounts(t, r, c.refund, 0)
			}
			wantReason(t, r, "减半期至 "+c.windowEnd, "half-fee window until "+c.windowEnd)
			wantReason(t, r, fmt.Sprintf("计入收费 %d 笔，可申请退还 %s", c.counted, money.Fen(c.refund).Yuan()),
				fmt.Sprintf("%d fees counted, refund due %s", c.counted, money.Fen(c.refund).Yuan()))
			wantMissing(t, r)
		})
	}
}

// ---------------------------------------------------------------------------
// 2.2 inventor-reward-minimum
