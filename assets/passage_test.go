package assets

import (
	"strings"
	"testing"
)

func TestClausePassageJoinsThePrintedLines(t *testing.T) {
	p, ok := ClausePassage("六")
	if !ok {
		t.Fatal("no clause 六")
	}
	if p.Heading != "(六)切实减轻创业者负担" {
		t.Errorf("heading %q", p.Heading)
	}
	body := strings.Join(p.Paragraphs, "")
	// "行政事\n\n业收费" in the file: one word again.
	if !strings.Contains(body, "不在目录内的行政事业收费") {
		t.Errorf("the printed lines were not joined: %q", body)
	}
	if strings.Contains(body, "\n") {
		t.Errorf("a paragraph holds a line break: %q", body)
	}
}

func TestFindTheSentence(t *testing.T) {
	p, _ := ClausePassage("六")
	para, start, end, ok := p.Find("对初创企业在创办")
	if !ok {
		t.Fatal("not found")
	}
	got := p.Paragraphs[para][start:end]
	want := "依法开展的各类行政审批前置性、强制性评估、检测、论证等专业服务性收费,收费标准实行当地政府管理的,对初创企业在创办 2 年内按照不高于价格主管部门核定标准的 50%收取。"
	if got != want {
		t.Errorf("sentence\n%q, want\n%q", got, want)
	}
	// A semicolon ends a sentence too (七: the 5% and the 20% of inventors).
	p, _ = ClausePassage("七")
	para, start, end, _ = p.Find("职务发明人的报酬总额")
	got = p.Paragraphs[para][start:end]
	if !strings.HasPrefix(got, "既未约定") || !strings.HasSuffix(got, "5%；") && !strings.HasSuffix(got, "5%;") {
		t.Errorf("sentence %q", got)
	}
	if _, _, _, ok := p.Find("不在这一条里的话"); ok {
		t.Error("found words that are not in the clause")
	}
}
