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
func text(s Section) string {
	var b strings.Builder
	for _, blk := range s.Blocks {
		switch v := blk.(type) {
		case Heading:
			b.WriteString(v.Text)
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
	for _, want := range []string{"91530421MA6N8K2P12", "小型", "2021-06-30", "可申请退还 ¥8,000.00 *",
		"¥30,000.00 至 ¥50,000.00", "最高 ¥100,000.00", "¥532,460.00", "人民币伍拾叁万贰仟肆佰陆拾元整"} {
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
			"(a) 符合创业担保贷款申请条件人员 ②|2|10|20.00% ①|30%|未达到", "(b) 高校毕业生|2|10|20.00% ①|20%|达到", "法定代表人（签字）：", "口径说明："},
		"科技型小微企业创办人担保贷款提至20万元及贴息申请表": {"¥80,000.00 ①", "4.35%", "¥6,960.00 ①", "¥2,784.00 ①", "¥2,088.00 ①"},
		"研发费用加计扣除申请表":                {"人员人工费用|¥630,000.00", "其他相关费用（实际发生）|¥100,000.00", "¥70,000.00 ①", "¥690,000.00 ①", "75%", "¥517,500.00 ①", "财税〔2018〕99号"},
		"初创企业涉企服务性收费减半申请表":           {"2019-09-10|软件产品检测|¥16,000.00|¥8,000.00 ①|¥16,000.00|¥8,000.00 ①"},
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
	if body := text(p.Sections[1]); !strings.Contains(body, "2017|10|¥8,000.00 ①|¥6,100.00|¥305.00|¥183.00|¥122.00|¥1,200.00|¥7,910.00 ①") {
		t.Errorf("self-employed table:\n%s", body)
	}
	sc, ev = example(t, "vc-fund-ledger.json")
	p, err = Build(sc, ev, Options{Benefits: []string{"vc-investment-deduction"}})
	if err != nil {
		t.Fatal(err)
	}
	body := text(p.Sections[1])
	for _, w := range []string{"2018|¥2,100,000.00|¥800,000.00 ①|¥1,300,000.00 ①", "2019|¥0.00|¥1,200,000.00 ①|¥100,000.00 ①", "合计|¥2,450,000.00|¥2,000,000.00|¥450,000.00"} {
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
