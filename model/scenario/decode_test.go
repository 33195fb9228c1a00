package scenario

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"huiqi/model"
)

func examples(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/examples/*.json")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if !strings.HasSuffix(f, ".expected.json") {
			out = append(out, f)
		}
	}
	if len(out) < 5 {
		t.Fatalf("found %d example scenarios, want the 5 of the specification", len(out))
	}
	return out
}

func jsonValue(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// Export writes what import read: every shared example decodes and
// encodes back to the same JSON value (arrays in order, nulls kept).
func TestExamplesRoundTrip(t *testing.T) {
	for _, f := range examples(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sc, err := Decode(data)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			out, err := Encode(sc)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(jsonValue(t, data), jsonValue(t, out)) {
				t.Errorf("round trip changed the scenario:\n%s", out)
			}
			again, err := Decode(out)
			if err != nil {
				t.Fatalf("decode of own output: %v", err)
			}
			if !reflect.DeepEqual(sc, again) {
				t.Error("decode(encode(s)) differs from s")
			}
		})
	}
}

// base returns the tech-startup example as a generic JSON value that the
// refusal cases mutate.
func base(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile("../../testdata/examples/tech-startup-2021.json")
	if err != nil {
		t.Fatal(err)
	}
	return jsonValue(t, data).(map[string]any)
}

// toFormat1 rewrites a format-2 scenario as format 1: without the firm's
// contact fields and the investments' startup_tech.
func toFormat1(s map[string]any) {
	s["format"] = Format1
	for _, k := range []string{"address", "contact_person", "phone"} {
		delete(obj(s, "firm"), k)
	}
	for _, in := range s["investments"].([]any) {
		delete(in.(map[string]any), "startup_tech")
	}
}

// A format-1 file reads as if the new keys were null and false, and its
// export is format 2 with them so (scenario.md, Versions).
func TestFormat1ReadsAndExportsAsFormat2(t *testing.T) {
	s := base(t)
	toFormat1(s)
	s["investments"] = []any{map[string]any{"investee": "某公司", "investee_uscc": nil, "unlisted": true,
		"sme_high_tech": true, "amount_fen": 100, "date": "2019-01-01", "exited": nil}}
	sc, err := Decode(marshal(t, s))
	if err != nil {
		t.Fatal(err)
	}
	if f := sc.Firm; f.Address != "" || f.ContactPerson != "" || f.Phone != "" || sc.Investments[0].StartupTech {
		t.Fatalf("format 1 read as %+v, %+v", f, sc.Investments[0])
	}
	out, err := Encode(sc)
	if err != nil {
		t.Fatal(err)
	}
	v := jsonValue(t, out).(map[string]any)
	firm := obj(v, "firm")
	if v["format"] != Format || firm["address"] != nil || firm["contact_person"] != nil || firm["phone"] != nil {
		t.Errorf("export of a format-1 file: format %v, firm %v", v["format"], firm)
	}
	for _, k := range []string{"address", "contact_person", "phone"} {
		if _, ok := firm[k]; !ok {
			t.Errorf("export lacks firm.%s", k)
		}
	}
	if in := obj(v, "investments", 0); in["startup_tech"] != false {
		t.Errorf("export of the investment: %v", in)
	}
}

func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			v = v.(map[string]any)[k]
		case int:
			v = v.([]any)[k]
		}
	}
	return v
}

func obj(v any, path ...any) map[string]any { return at(v, path...).(map[string]any) }

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// refusalCase is a way a scenario file can be wrong, the path the message
// must name and words it must contain in each language. The command-line
// tests run a selection of them through huiqi import.
type refusalCase struct {
	Name   string
	Mutate func(s map[string]any) []byte // returns the file's bytes
	Path   string
	Zh, En string
}

// refusalCases lists every refusal scenario.md and issue 2 name.
func refusalCases(t *testing.T) []refusalCase {
	enc := func(s map[string]any) []byte { return marshal(t, s) }
	return []refusalCase{
		{"unknown key", func(s map[string]any) []byte {
			obj(s, "people", 3)["nickname"] = "小李"
			return enc(s)
		}, "people[3].nickname", "未知字段", "unknown field"},
		{"unknown top-level key", func(s map[string]any) []byte {
			s["version"] = 2
			return enc(s)
		}, "version", "未知字段", "unknown field"},
		{"float where fen are integers", func(s map[string]any) []byte {
			obj(s, "fees", 0)["charged_fen"] = 1600000.5
			return enc(s)
		}, "fees[0].charged_fen", "应为整数", "must be an integer, got 1600000.5 (amounts are whole fen)"},
		{"string where a number is due", func(s map[string]any) []byte {
			obj(s, "loans", 0)["rate_bp"] = "435"
			return enc(s)
		}, "loans[0].rate_bp", "应为整数，实际为字符串", "must be an integer, got a string"},
		{"string where a boolean is due", func(s map[string]any) []byte {
			obj(s, "people", 0)["founder"] = "yes"
			return enc(s)
		}, "people[0].founder", "应为true 或 false", "must be true or false, got a string"},
		{"bad enum", func(s map[string]any) []byte {
			obj(s, "firm")["industry"] = "spaceflight"
			return enc(s)
		}, "firm.industry", "不是可选值", `"spaceflight" is not one of agriculture`},
		{"bad category", func(s map[string]any) []byte {
			obj(s, "people", 2)["categories"] = []any{"astronaut"}
			return enc(s)
		}, "people[2].categories[0]", "不是可选值", `"astronaut" is not one of`},
		{"impossible date", func(s map[string]any) []byte {
			obj(s, "people", 1)["hired"] = "2019-02-30"
			return enc(s)
		}, "people[1].hired", "不存在", `date "2019-02-30" does not exist`},
		{"date in another format", func(s map[string]any) []byte {
			obj(s, "firm")["founded"] = "2019/04/01"
			return enc(s)
		}, "firm.founded", "YYYY-MM-DD", "YYYY-MM-DD"},
		{"dangling borrower", func(s map[string]any) []byte {
			obj(s, "loans", 0)["borrower"] = "e99"
			return enc(s)
		}, "loans[0].borrower", "既不是", `borrower "e99" is neither "firm" nor a person id`},
		{"dangling inventor", func(s map[string]any) []byte {
			s["patents"] = []any{map[string]any{"number": "ZL201610123456.6", "kind": "invention", "title": "一种装置",
				"filed": "2016-04-01", "granted": nil, "status": "pending", "service_invention": true,
				"reward_agreed": false, "inventors": []any{"e1", "x7"}, "income": []any{}, "rewards_paid": []any{}}}
			return enc(s)
		}, "patents[0].inventors[1]", "找不到编号为 \"x7\" 的人员", `no person has the id "x7"`},
		{"duplicate person id", func(s map[string]any) []byte {
			obj(s, "people", 4)["id"] = "e2"
			return enc(s)
		}, "people[4].id", "重复", `person id "e2" is already used by people[1]`},
		{"person id firm", func(s map[string]any) []byte {
			obj(s, "people", 4)["id"] = "firm"
			return enc(s)
		}, "people[4].id", "不能是", `must not be "firm"`},
		{"left before hired", func(s map[string]any) []byte {
			obj(s, "people", 3)["left"] = "2019-05-31"
			return enc(s)
		}, "people[3].left", "早于", "2019-05-31 is before hired (2019-06-01)"},
		{"negative amount", func(s map[string]any) []byte {
			obj(s, "rd_expenses", 2)["amount_fen"] = -100
			return enc(s)
		}, "rd_expenses[2].amount_fen", "不能为负数", "amount must not be negative (-¥1.00)"},
		{"resident ID check digit", func(s map[string]any) []byte {
			obj(s, "people", 3)["id_number"] = "530421198808080045"
			return enc(s)
		}, "people[3].id_number", "号码有误（校验位不符），请核对", "its check character does not match"},
		{"resident ID birth date", func(s map[string]any) []byte {
			obj(s, "people", 3)["id_number"] = "530421198802300044"
			return enc(s)
		}, "people[3].id_number", "出生日期 19880230 不存在", "birth date 19880230 does not exist"},
		{"USCC check character", func(s map[string]any) []byte {
			obj(s, "firm")["uscc"] = "91530421MA6N8K2P13"
			return enc(s)
		}, "firm.uscc", "号码有误（校验位不符），请核对", "its check character does not match"},
		{"patent number check digit", func(s map[string]any) []byte {
			s["patents"] = []any{map[string]any{"number": "ZL201610123456.7", "kind": "invention", "title": "一种装置",
				"filed": "2016-04-01", "granted": nil, "status": "pending", "service_invention": true,
				"reward_agreed": false, "inventors": []any{"e1"}, "income": []any{}, "rewards_paid": []any{}}}
			return enc(s)
		}, "patents[0].number", "号码有误（校验位不符），请核对", "its check character does not match"},
		{"missing required field", func(s map[string]any) []byte {
			delete(obj(s, "firm"), "name")
			return enc(s)
		}, "firm.name", "缺少必填字段", "required field is missing"},
		{"missing required array", func(s map[string]any) []byte {
			delete(s, "fees")
			return enc(s)
		}, "fees", "缺少必填字段", "required field is missing"},
		{"null where a value is required", func(s map[string]any) []byte {
			obj(s, "people", 0)["name"] = nil
			return enc(s)
		}, "people[0].name", "不能为 null", "must not be null"},
		{"wrong format", func(s map[string]any) []byte {
			s["format"] = "huiqi-scenario/3"
			return enc(s)
		}, "format", "本程序读取", `format is "huiqi-scenario/3"; this program reads "huiqi-scenario/1" and "huiqi-scenario/2"`},
		{"a format-2 firm key in a format-1 file", func(s map[string]any) []byte {
			toFormat1(s)
			obj(s, "firm")["address"] = "玉溪市红塔区"
			return enc(s)
		}, "firm.address", "未知字段", "unknown field"},
		{"startup_tech in a format-1 file", func(s map[string]any) []byte {
			toFormat1(s)
			s["investments"] = []any{map[string]any{"investee": "某公司", "investee_uscc": nil, "unlisted": true,
				"sme_high_tech": false, "startup_tech": true, "amount_fen": 100, "date": "2019-01-01", "exited": nil}}
			return enc(s)
		}, "investments[0].startup_tech", "未知字段", "unknown field"},
		{"startup_tech missing in a format-2 file", func(s map[string]any) []byte {
			s["investments"] = []any{map[string]any{"investee": "某公司", "investee_uscc": nil, "unlisted": true,
				"sme_high_tech": false, "amount_fen": 100, "date": "2019-01-01", "exited": nil}}
			return enc(s)
		}, "investments[0].startup_tech", "缺少必填字段", "required field is missing"},
		{"a phone with letters", func(s map[string]any) []byte {
			obj(s, "firm")["phone"] = "0877-CALL-ME"
			return enc(s)
		}, "firm.phone", "只能包含数字", `not "C"`},
		{"a phone too long", func(s map[string]any) []byte {
			obj(s, "firm")["phone"] = strings.Repeat("1", 31)
			return enc(s)
		}, "firm.phone", "最多 30 个字符", "at most 30 characters, got 31"},
		{"an address of 101 characters", func(s map[string]any) []byte {
			obj(s, "firm")["address"] = strings.Repeat("路", 101)
			return enc(s)
		}, "firm.address", "最多 100 个字符", "at most 100 characters, got 101"},
		{"a contact person of spaces", func(s map[string]any) []byte {
			obj(s, "firm")["contact_person"] = "   "
			return enc(s)
		}, "firm.contact_person", "不能只有空格", "must not be only spaces"},
		{"an empty address", func(s map[string]any) []byte {
			obj(s, "firm")["address"] = ""
			return enc(s)
		}, "firm.address", "不能为空字符串", "write null when it is not known"},
		{"as_of before the policy", func(s map[string]any) []byte {
			s["as_of"] = "2016-11-14"
			return enc(s)
		}, "as_of", "早于政策施行日", "evaluation date 2016-11-14 is before the policy took effect on 2016-11-15"},
		{"unknown received benefit", func(s map[string]any) []byte {
			obj(s, "firm")["received"] = []any{map[string]any{"benefit": "free-lunch", "date": "2020-01-01"}}
			return enc(s)
		}, "firm.received[0].benefit", "不是 RULES.md 中的规则编号", `"free-lunch" is not a rule id`},
		{"duplicate financial year", func(s map[string]any) []byte {
			s["financials"] = append(s["financials"].([]any), at(s, "financials", 0))
			return enc(s)
		}, "financials[1].year", "重复", "year 2020 is already given in financials[0]"},
		{"duplicate key", func(s map[string]any) []byte {
			data := enc(s)
			return bytes.Replace(data, []byte(`"county":`), []byte(`"county":"红塔区","county":`), 1)
		}, "firm.county", "字段重复出现", "field appears twice"},
		{"invalid UTF-8", func(s map[string]any) []byte {
			data := enc(s)
			return bytes.Replace(data, []byte("段晓"), []byte("\xe6\xae"), 1)
		}, "people[0].name", "不是有效的 UTF-8", "not valid UTF-8"},
		{"empty string for an unknown ID number", func(s map[string]any) []byte {
			obj(s, "people", 2)["id_number"] = ""
			return enc(s)
		}, "people[2].id_number", "不能为空字符串", "write null when it is not known"},
		{"a decimal in a count", func(s map[string]any) []byte {
			data := enc(s)
			return bytes.Replace(data, []byte(`"contract_months":36`), []byte(`"contract_months":36.0`), 1)
		}, "people[1].contract_months", "应为整数", "must be an integer, got 36.0"},
		{"truncated JSON", func(s map[string]any) []byte {
			data := enc(s)
			return data[:len(data)/2]
		}, "", "JSON", "the file ends too early; it may be truncated"},
		{"not JSON at all", func(s map[string]any) []byte {
			return []byte("姓名,身份证号码\n李明,530402199203150017\n")
		}, "", "JSON 语法错误", "line 1, column 1: JSON syntax error"},
		{"content after the document", func(s map[string]any) []byte {
			return append(enc(s), []byte("\n{}")...)
		}, "", "还有内容", "content after the end of the JSON document"},
	}
}

func TestDecodeRefusals(t *testing.T) {
	for _, c := range refusalCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			sc, err := Decode(c.Mutate(base(t)))
			if err == nil {
				t.Fatalf("accepted: %+v", sc.Firm)
			}
			errs, ok := err.(model.Errors)
			if !ok {
				t.Fatalf("error %T %v, want model.Errors", err, err)
			}
			for _, e := range errs {
				if (c.Path == "" || e.Path == c.Path) && strings.Contains(e.Err.Zh, c.Zh) && strings.Contains(e.Err.En, c.En) {
					return
				}
			}
			t.Errorf("no error at %q with %q / %q; got:\n%v", c.Path, c.Zh, c.En, err)
		})
	}
}

// A missing nullable key reads as null, and is written back as null.
func TestMissingNullableIsNull(t *testing.T) {
	s := base(t)
	delete(s, "as_of")
	delete(obj(s, "people", 0), "left")
	delete(obj(s, "firm"), "online_shop_opened")
	sc, err := Decode(marshal(t, s))
	if err != nil {
		t.Fatal(err)
	}
	if !sc.AsOf.IsZero() || !sc.People[0].Left.IsZero() {
		t.Errorf("as_of %v, left %v: want no date", sc.AsOf, sc.People[0].Left)
	}
	out, _ := Encode(sc)
	v := jsonValue(t, out).(map[string]any)
	if _, present := v["as_of"]; !present || v["as_of"] != nil {
		t.Errorf("as_of written as %v, want null", v["as_of"])
	}
}

// Unknowns stay unknown: a null tri-state is not false.
func TestNullBooleansAreUnknown(t *testing.T) {
	s := base(t)
	obj(s, "firm")["credit_clean"] = nil
	obj(s, "loans", 0)["repaid_on_time"] = nil
	sc, err := Decode(marshal(t, s))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Firm.CreditClean != model.Unknown || sc.Loans[0].RepaidOnTime != model.Unknown {
		t.Errorf("credit_clean %v, repaid_on_time %v: want unknown", sc.Firm.CreditClean, sc.Loans[0].RepaidOnTime)
	}
	if sc.Firm.TaxCompliant != model.True {
		t.Errorf("tax_compliant %v, want true", sc.Firm.TaxCompliant)
	}
}

// Every problem is reported, not just the first.
func TestDecodeReportsAllProblems(t *testing.T) {
	s := base(t)
	obj(s, "people", 1)["id_number"] = "530421198808080029"
	obj(s, "people", 2)["hired"] = "2019-13-01"
	obj(s, "fees", 0)["charged_fen"] = -1
	_, err := Decode(marshal(t, s))
	if err == nil {
		t.Fatal("accepted")
	}
	// The date error is a decoding error; the other two come from
	// validation, which runs once the file decodes.
	if errs := err.(model.Errors); len(errs) != 1 || errs[0].Path != "people[2].hired" {
		t.Errorf("got %v", err)
	}
	obj(s, "people", 2)["hired"] = "2019-12-01"
	_, err = Decode(marshal(t, s))
	errs := err.(model.Errors)
	if len(errs) != 2 || errs[0].Path != "people[1].id_number" || errs[1].Path != "fees[0].charged_fen" {
		t.Errorf("got %v", err)
	}
}

func TestEscapedStrings(t *testing.T) {
	s := base(t)
	data := marshal(t, s)
	data = bytes.Replace(data, []byte(`"name":"段晓"`), []byte(`"name":"\u6bb5\u6653 \"\\\/\ud83d\ude00"`), 1)
	sc, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := sc.People[0].Name; got != "段晓 \"\\/😀" {
		t.Errorf("name = %q", got)
	}
}

func TestByteOrderMarkAccepted(t *testing.T) {
	data := append([]byte("\uFEFF"), marshal(t, base(t))...)
	if _, err := Decode(data); err != nil {
		t.Errorf("a UTF-8 BOM (Windows Notepad) was refused: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"tech-startup-2021.json", "vc-fund-ledger.json"} {
		data, err := os.ReadFile("../../testdata/examples/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	// Malformed samples of issue 11: deep nesting, lone surrogates, NUL,
	// amounts at and past the limits, a truncated document.
	for _, s := range []string{``, `{`, `[]`, `{"format":"huiqi-scenario/2"}`, strings.Repeat("[", 100),
		`{"format":"huiqi-scenario/2","firm":{"name":"\ud800"}}`, `{"a":"\u0000"}`, `{"format":1e999}`,
		`{"format":"huiqi-scenario/2","rd_expenses":[{"amount_fen":9223372036854775807}]}`, "\xff\xfe",
		`{"format":"huiqi-scenario/2","people":[{"name":"\ud83d\ude00"}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sc, err := Decode(data)
		if err != nil {
			if _, ok := err.(model.Errors); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		out, err := Encode(sc)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Decode(out)
		if err != nil || !reflect.DeepEqual(sc, again) {
			t.Fatalf("accepted input does not round-trip: %v", err)
		}
	})
}

// Every proper prefix of a valid file is refused with a message (no
// panic, no hang, no partial scenario): a file cut short by a failed copy
// must never import.
func TestEveryTruncationRefused(t *testing.T) {
	data, err := os.ReadFile("../../testdata/examples/vc-fund-ledger.json")
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.TrimSpace(data)
	for n := 0; n < len(data); n++ {
		sc, err := Decode(data[:n])
		if err == nil {
			t.Fatalf("prefix of %d bytes accepted: %+v", n, sc.Firm)
		}
		if errs, ok := err.(model.Errors); !ok || len(errs) == 0 || errs[0].Err.Zh == "" || errs[0].Err.En == "" {
			t.Fatalf("prefix of %d bytes: error %v", n, err)
		}
	}
}
