package forms

import (
	"os"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/params"
	"huiqi/model/scenario"
)

func example(t *testing.T, name string) (*model.Scenario, *engine.Evaluation) {
	t.Helper()
	data, err := os.ReadFile("../testdata/examples/" + name)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenario.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := engine.New(params.Default()).Evaluate(sc, sc.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	return sc, ev
}

// text flattens a section's printable text, to look for what a reader
// would see.
func text(s Section) string { return blocksText(s.Blocks) }

func blocksText(blocks []Block) string {
	var b strings.Builder
	for _, blk := range blocks {
		switch v := blk.(type) {
		case Heading:
			b.WriteString(strings.ReplaceAll(v.Text, zwsp, ""))
		case Paragraph:
			b.WriteString(v.Text)
		case Table:
			for _, c := range v.Columns {
				b.WriteString(c.Title + "|")
			}
			for _, r := range v.Rows {
				b.WriteString(strings.Join(r, "|"))
				b.WriteByte('\n')
			}
		case Fields:
			for _, f := range v.Items {
				b.WriteString(f.Label + "=" + f.Value + "\n")
			}
		case Checklist:
			b.WriteString(strings.Join(v.Items, "\n"))
		case Signatures:
			b.WriteString(strings.Join(v.Labels, "|"))
		case Keep:
			b.WriteString(blocksText(v.Blocks))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestPacketOfApplicableBenefits(t *testing.T) {
	sc, ev := example(t, "tech-startup-2021.json")
	p, err := Build(sc, ev, Options{Generated: civil.Date(20261126)})
	if err != nil {
		t.Fatal(err)
	}
	var applicable []string
	for _, r := range ev.Results {
		if r.Status.Applies() {
			applicable = append(applicable, r.Rule.Title.Zh+"申请表")
		}
	}
	// cover, one form per applicable benefit, checklist
	if len(p.Sections) != len(applicable)+2 {
		t.Fatalf("%d sections for %d applicable benefits", len(p.Sections), len(applicable))
	}
	for i, title := range applicable {
		if p.Sections[i+1].Title != title {
			t.Errorf("section %d is %q, want %q", i+1, p.Sections[i+1].Title, title)
		}
	}
	if !p.Contents || p.Header != "玉溪数智软件有限公司" || len(p.Fingerprint) != 16 {
		t.Errorf("contents %v, header %q, fingerprint %q", p.Contents, p.Header, p.Fingerprint)
	}
	cover := text(p.Sections[0])
	// Determined amounts: fee refund 8,000 + founder-loan subsidy 6,960 + R&D deduction 517,500.
	// Money: the fee refund of 8,000; 如评审通过最多 adds the grant, rent and
	// pioneer ceilings (50,000 + 3,000 + 20,000); the R&D deduction saves
	// 129,375 and is not money. Loan ceilings are listed apart.
	for _, want := range []string{"91530421MA6N8K2P12", "小型", "2021-06-30", "可申请退还 ¥8,000.00*",
		"¥30,000.00 至 ¥50,000.00", "最高 ¥200,000.00", "资金|¥8,000.00|", "如评审通过最多|¥81,000.00|", "预计节税|¥129,375.00|",
		"人民币捌仟元整", "经营地址=云南省玉溪市江川区星云路 66 号", "联系人=陈会计", "联系电话=0877-8011234",
		"小微企业吸纳就业创业担保贷款（最高200万元）|最高 ¥3,000,000.00"} {
		if !strings.Contains(cover, want) {
			t.Errorf("cover lacks %q:\n%s", want, cover)
		}
	}
	last := text(p.Sections[len(p.Sections)-1])
	if !strings.Contains(last, "研发支出辅助账及汇总表") || !strings.Contains(last, "营业执照副本复印件") {
		t.Errorf("checklist:\n%s", last)
	}
}

func TestFormsCarryTheirFigures(t *testing.T) {
	sc, ev := example(t, "tech-startup-2021.json")
	p, err := Build(sc, ev, Options{Benefits: []string{"sme-hiring-loan", "tech-sme-founder-loan", "rd-super-deduction", "startup-fee-cap"}})
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]string{}
	for _, s := range p.Sections[1 : len(p.Sections)-1] {
		forms[s.Title] = text(s)
	}
	checks := map[string][]string{
		"小微企业吸纳就业创业担保贷款（最高200万元）申请表": {"新人9", "530421198808080095", "2021-03-01", "高校毕业生（2020-07-01 毕业）",
			"(a) 符合创业担保贷款申请条件人员|2|10|20.00%|15%|达到", "(b) 高校毕业生|2|10|20.00%|20%|达到", "法定代表人（签字）：",
			"口径说明：", "财金〔2020〕21号", "本条新招用符合条件人员占从业人员的比例（100人及以下）已按财金〔2020〕21号调整为 15%",
			"经营地址=云南省玉溪市江川区星云路 66 号", "联系人=陈会计", "联系电话=0877-8011234"},
		"科技型小微企业创办人担保贷款提至20万元及贴息申请表": {"提高部分本金|¥0.00", "贴息利率|3.85%", "贴息合计|¥0.00",
			"国家创业担保贷款个人额度已达 20 万元（财金〔2020〕21号"},
		"研发费用加计扣除申请表": {"人员人工费用|¥630,000.00", "其他相关费用（实际发生）|¥100,000.00", "其他相关费用限额|¥70,000.00",
			"可加计扣除的研发费用合计|¥690,000.00", "加计扣除比例|75%", "加计扣除额|¥517,500.00", "财税〔2018〕99号"},
		"初创企业涉企服务性收费减半申请表": {"上限（50%） ①", "2019-09-10|软件产品检测|¥16,000.00|¥8,000.00|¥16,000.00|¥8,000.00"},
	}
	for title, wants := range checks {
		body, ok := forms[title]
		if !ok {
			t.Errorf("no form %q", title)
			continue
		}
		for _, w := range wants {
			if !strings.Contains(body, w) {
				t.Errorf("%s lacks %q:\n%s", title, w, body)
			}
		}
	}
}

func TestBenefitThatDoesNotApplyIsRefused(t *testing.T) {
	sc, ev := example(t, "tech-startup-2021.json")
	_, err := Build(sc, ev, Options{Benefits: []string{"maker-space-subsidy"}})
	if err == nil || !strings.Contains(err.Error(), "maker-space-subsidy does not apply (status ineligible)") ||
		!strings.Contains(err.Error(), "众创空间") {
		t.Errorf("error %v", err)
	}
	if _, err := Build(sc, ev, Options{Benefits: []string{"free-lunch"}}); err == nil || !strings.Contains(err.Error(), `no rule has the id "free-lunch"`) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestSelfEmployedAndVCTables(t *testing.T) {
	sc, ev := example(t, "individual-business-deduction.json")
	p, err := Build(sc, ev, Options{Benefits: []string{"self-employed-tax-deduction"}})
	if err != nil {
		t.Fatal(err)
	}
	if body := text(p.Sections[1]); !strings.Contains(body, "2017|10|¥9,600.00|¥8,000.00|¥6,100.00|¥305.00|¥183.00|¥122.00|¥1,200.00|¥7,910.00") ||
		!strings.Contains(body, "财税〔2014〕39号、财税〔2017〕49号") {
		t.Errorf("self-employed table:\n%s", body)
	}
	sc, ev = example(t, "vc-fund-ledger.json")
	p, err = Build(sc, ev, Options{Benefits: []string{"vc-investment-deduction"}})
	if err != nil {
		t.Fatal(err)
	}
	body := text(p.Sections[1])
	for _, w := range []string{"2018|¥2,100,000.00|¥800,000.00|¥1,300,000.00", "2019|¥0.00|¥1,200,000.00|¥100,000.00", "合计|¥2,450,000.00|¥2,000,000.00|¥450,000.00"} {
		if !strings.Contains(body, w) {
			t.Errorf("vc ledger lacks %q:\n%s", w, body)
		}
	}
}

func TestFingerprintTracksInput(t *testing.T) {
	sc, _ := example(t, "vc-fund-ledger.json")
	a, _ := Fingerprint(sc)
	sc.Investments[0].Amount++
	b, _ := Fingerprint(sc)
	if a == b {
		t.Error("a fen's change did not change the fingerprint")
	}
}

// The packet states the figures of the evaluation date (RULES.md §5): the
// same firm evaluated in 2018 and in 2026 prints the ceiling, share and
// reference documents of each period, and after the day the rules were
// checked the cover carries the warning.
func TestPacketFiguresFollowTheDate(t *testing.T) {
	data, err := os.ReadFile("../testdata/examples/hiring-loan-2026.json")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenario.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	e := engine.New(params.Default())
	for _, c := range []struct {
		d         string
		want, not []string
		warned    bool
	}{
		{"2026-09-30", []string{"最高 ¥4,000,000.00", "财金〔2023〕75号", "申请前 1 年内", "比例（100人及以下） 10%"},
			[]string{"最高 ¥2,000,000.00", "最高 ¥3,000,000.00", "30%", "15%"}, false},
		{"2026-12-02", []string{"最高 ¥4,000,000.00", "规则核对至 2026-12-01"}, nil, true},
	} {
		ev, err := e.Evaluate(sc, day(c.d))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Build(sc, ev, Options{Benefits: []string{"sme-hiring-loan"}})
		if err != nil {
			t.Fatal(err)
		}
		var all string
		for _, s := range p.Sections {
			all += text(s)
		}
		for _, w := range c.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: the packet lacks %q", c.d, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(all, w) {
				t.Errorf("%s: the packet states %q of another period", c.d, w)
			}
		}
		if got := strings.Contains(text(p.Sections[0]), "规则核对至"); got != c.warned {
			t.Errorf("%s: warning on the cover %v, want %v", c.d, got, c.warned)
		}
	}
	// The same hires in 2018 (30%, 200万, the calendar year): ineligible,
	// and so not printable; its advice states the 2018 share.
	ev, _ := e.Evaluate(sc, day("2018-01-31"))
	r, _ := ev.Result("sme-hiring-loan")
	if r.Status.Applies() {
		t.Fatalf("in 2018 the loan applies: %v", r.Reasons)
	}
	found := false
	for _, x := range r.Reasons {
		found = found || strings.Contains(x.Zh, "的 30%（银发〔2016〕202号、财金〔2016〕85号）")
	}
	if !found {
		t.Errorf("the 2018 reasons do not state 30%%: %v", r.Reasons)
	}
}

func day(s string) civil.Date {
	d, err := civil.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}
