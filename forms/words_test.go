package forms

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/engine"
	"huiqi/model/params"
	"huiqi/model/scenario"
)

// The packet is read by people at a government office: everything it
// prints is in words, never the codes of the JSON format and the command
// line (issue 10 found "leave_from.kind 为 institute" and
// "（见 tech-sme-founder-loan）" on printed forms).

// enums are the enumerations whose codes must not be printed.
var enums = []model.Enum{model.LegalForms, model.Ownerships, model.Industries, model.CertKinds, model.Categories,
	model.TalentPrograms, model.LeaveKinds, model.PatentKinds, model.PatentStatuses, model.IncomeKinds,
	model.RDCategories, model.LoanKinds}

// plainWords are codes that are also ordinary English words, which a
// firm's own data (a name, an address, an invention's title) may hold:
// "design", "other". A code with an underscore, or a word that no one
// writes in a Chinese form (institute, soe), is a code wherever it stands.
var plainWords = map[string]bool{
	"company": true, "private": true, "agriculture": true, "mining": true, "utilities": true, "tobacco": true,
	"construction": true, "wholesale": true, "retail": true, "transport": true, "warehousing": true, "postal": true,
	"accommodation": true, "catering": true, "entertainment": true, "other": true, "disabled": true, "veteran": true,
	"invention": true, "design": true, "pending": true, "granted": true, "lapsed": true, "transfer": true,
	"license": true, "equity": true, "personnel": true, "depreciation": true, "amortization": true,
	"guaranteed": true, "commercial": true, "firm": true, "eligible": true, "ineligible": true, "cash": true,
	"tax": true, "loan": true, "obligation": true, "procedure": true,
}

// codes lists every code to look for: rule ids, enumeration codes that
// are not plain words, and the engine's statuses and value kinds.
func codes() []string {
	out := model.RuleIDs()
	for _, e := range enums {
		out = append(out, e.Codes()...)
	}
	for _, s := range []engine.Status{engine.Eligible, engine.MayApply, engine.Ineligible, engine.MissingData} {
		out = append(out, string(s))
	}
	for _, k := range []engine.Kind{engine.Cash, engine.Tax, engine.Loan, engine.Obligation, engine.Procedure} {
		out = append(out, string(k))
	}
	var kept []string
	for _, c := range out {
		if !plainWords[c] {
			kept = append(kept, c)
		}
	}
	return kept
}

// jsonPath matches a field path of the format: people[3], fees[0],
// firm.credit_clean, leave_from.kind, people[34].talent.home_in_yuxi,
// and a single key in snake case (government_priced), which no one
// writes in words.
var jsonPath = regexp.MustCompile(`[A-Za-z_]\w*\[\d*\]|[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+|[a-z]+_[a-z0-9_]+`)

// findCodes returns the codes and paths in text, each as "what: context".
func findCodes(text string, codes []string) []string {
	var found []string
	for _, c := range codes {
		word := regexp.MustCompile(`(^|[^A-Za-z0-9_-])` + regexp.QuoteMeta(c) + `($|[^A-Za-z0-9_-])`)
		if loc := word.FindStringIndex(text); loc != nil {
			found = append(found, "code "+c+": "+around(text, loc[0]))
		}
	}
	for _, loc := range jsonPath.FindAllStringIndex(text, -1) {
		found = append(found, "path "+text[loc[0]:loc[1]]+": "+around(text, loc[0]))
	}
	return found
}

// around is the text near byte i, for a readable failure.
func around(text string, i int) string {
	r := []rune(text[:i])
	from := max(0, len(r)-20)
	rest := []rune(text[i:])
	return string(r[from:]) + string(rest[:min(len(rest), 40)])
}

// packetText is everything a packet prints: header, title, every block.
func packetText(p *Packet) string {
	all := p.Title + "\n" + p.Header + "\n"
	for _, s := range p.Sections {
		all += s.Title + "\n" + text(s)
	}
	return all
}

func TestFindCodes(t *testing.T) {
	cs := codes()
	for _, bad := range []string{"leave_from.kind 为 institute", "（见 tech-sme-founder-loan）", "缺少 people[34].talent.home_in_yuxi",
		"fees[0] 金额", "firm.credit_clean 未填", "（high_level）", "（government_priced）", "状态 may_apply", "为 soe"} {
		if findCodes(bad, cs) == nil {
			t.Errorf("%q: no code found", bad)
		}
	}
	for _, good := range []string{"玉溪市红塔区抚仙路 88 号", "专利号 ZL201610123456.6", "¥1,234.56，3.85%", "Yuxi Design Co., Ltd.",
		"人员 p35 杨建华", "财金〔2023〕75号", "2026-12-01"} {
		if found := findCodes(good, cs); found != nil {
			t.Errorf("%q: found %q", good, found)
		}
	}
}

// TestPacketInWords builds the packet of every example, at its own date
// and at two others (before the 2018 changes, after the rules were last
// checked), and looks for a rule id, an enumeration code or a JSON path
// anywhere in what it prints.
func TestPacketInWords(t *testing.T) {
	files, err := filepath.Glob("../testdata/examples/*.json")
	if err != nil {
		t.Fatal(err)
	}
	cs := codes()
	built := 0
	e := engine.New(params.Default())
	for _, f := range files {
		if strings.HasSuffix(f, ".expected.json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := scenario.Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, d := range []civil.Date{sc.AsOf, day("2017-06-30"), day("2026-12-02")} {
			ev, err := e.Evaluate(sc, d)
			if err != nil {
				t.Fatalf("%s at %s: %v", f, d, err)
			}
			p, err := Build(sc, ev, Options{Generated: day("2026-11-26")})
			if err != nil {
				continue // nothing applies on that day: no packet to read
			}
			built++
			for _, found := range findCodes(packetText(p), cs) {
				t.Errorf("%s at %s prints %s", filepath.Base(f), d, found)
			}
		}
	}
	// The demo firm, on the same dates.
	for _, d := range []civil.Date{day("2026-11-26"), day("2017-06-30"), day("2026-12-02")} {
		sc := demo.Scenario(d)
		ev, err := e.Evaluate(sc, d)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Build(sc, ev, Options{Generated: d})
		if err != nil {
			t.Fatalf("demo at %s: %v", d, err)
		}
		built++
		for _, found := range findCodes(packetText(p), cs) {
			t.Errorf("the demo at %s prints %s", d, found)
		}
	}
	t.Logf("read %d packets", built)
	if built < 20 {
		t.Errorf("only %d packets built: the test reads too little", built)
	}
}
