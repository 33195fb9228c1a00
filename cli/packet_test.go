package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"huiqi/forms"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/engine"
	"huiqi/model/params"
	"huiqi/pdf"
)

// poppler runs a poppler-utils tool (installed by make test).
func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Fatalf("%s not found: install poppler-utils (make test does)", tool)
	}
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

func pages(t *testing.T, file string) int {
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(poppler(t, "pdfinfo", file))
	if m == nil {
		t.Fatal("pdfinfo gave no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestPacketPDF(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "申报材料 2021.pdf")
	mustRun(t, "packet", examples+"tech-startup-2021.json", "--generated", "2026-11-26", "-o", out)
	n := pages(t, out)
	if n < 10 {
		t.Errorf("%d pages for nine benefits", n)
	}
	fonts := poppler(t, "pdffonts", out)
	lines := strings.Split(strings.TrimSpace(fonts), "\n")
	if len(lines) != 3 || !strings.Contains(lines[2], "WenQuanYiMicroHei") || !regexp.MustCompile(`yes\s+yes\s+yes`).MatchString(lines[2]) {
		t.Errorf("fonts are not one embedded subset:\n%s", fonts)
	}
	for p := 1; p <= n; p++ {
		page := poppler(t, "pdftotext", "-layout", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), out, "-")
		footer := fmt.Sprintf("第 %d 页 共 %d 页", p, n)
		if !strings.Contains(page, footer) || !strings.Contains(page, "玉溪数智软件有限公司") || !strings.Contains(page, "2026-11-26") {
			t.Errorf("page %d lacks its header or %q", p, footer)
		}
	}
	all := poppler(t, "pdftotext", "-layout", out, "-")
	for _, want := range []string{"惠企政策申报材料", "目", "小微企业吸纳就业创业担保贷款（最高200万元）申请表", "530421198808080095",
		"¥517,500.00", "人民币捌仟元整", "如评审通过最多", "¥81,000.00", "预计节税", "¥129,375.00", "申报材料清单", "法定代表人（签字）"} {
		if !strings.Contains(all, want) {
			t.Errorf("the PDF text lacks %q", want)
		}
	}
	// The contents page gives each form's first page: check one.
	contents := poppler(t, "pdftotext", "-layout", "-f", "1", "-l", "4", out, "-")
	m := regexp.MustCompile(`研发费用加计扣除申请表[ .·…]*(\d+)`).FindStringSubmatch(contents)
	if m == nil {
		t.Fatalf("contents lacks the R&D form:\n%s", contents)
	}
	p, _ := strconv.Atoi(m[1])
	if page := poppler(t, "pdftotext", "-f", m[1], "-l", m[1], out, "-"); !strings.Contains(page, "研发费用加计扣除申请表") {
		t.Errorf("contents says page %d for the R&D form, but it is not there", p)
	}
	// Same input and generation date, same bytes.
	again := filepath.Join(dir, "again.pdf")
	mustRun(t, "packet", examples+"tech-startup-2021.json", "--generated", "2026-11-26", "-o", again)
	a, _ := os.ReadFile(out)
	b, _ := os.ReadFile(again)
	if !bytes.Equal(a, b) {
		t.Error("the packet is not deterministic")
	}
}

func TestPacketBenefitChoice(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "one.pdf")
	mustRun(t, "packet", examples+"tech-startup-2021.json", "--benefit", "rd-super-deduction", "-o", out)
	text := poppler(t, "pdftotext", out, "-")
	if !strings.Contains(text, "研发费用加计扣除申请表") || strings.Contains(text, "小微企业吸纳就业创业担保贷款（最高200万元）申请表") {
		t.Error("--benefit did not limit the packet to the R&D form")
	}
	refused := filepath.Join(dir, "refused.pdf")
	code, _, errOut := run(t, "packet", examples+"tech-startup-2021.json", "--benefit", "maker-space-subsidy", "-o", refused)
	if code != ExitBadInput || !strings.Contains(errOut, "--benefit: ") || !strings.Contains(errOut, "does not apply") {
		t.Errorf("exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(refused); !os.IsNotExist(err) {
		t.Error("a refused packet left a file")
	}
	if code, _, _ := run(t, "packet", examples+"tech-startup-2021.json"); code != ExitBadInput {
		t.Errorf("no -o: exit %d", code)
	}
}

// largePacket is the packet of a firm with a roster of n hires this year.
func largePacket(tb testing.TB, n int) *forms.Packet {
	tb.Helper()
	d := civil.Date(20261120)
	sc := demo.Scenario(d)
	for i := 0; i < n; i++ {
		months := 24
		sc.People = append(sc.People, model.Person{ID: fmt.Sprintf("n%d", i), Name: fmt.Sprintf("新员工%04d", i),
			IDNumber: sc.People[1].IDNumber, Hired: civil.Date(20260105).AddDays(i % 300), ContractMonths: &months,
			Graduated: civil.Date(20250701), Categories: []string{}})
	}
	ev, err := engine.New(params.Default()).Evaluate(sc, d)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := forms.Build(sc, ev, forms.Options{Generated: d})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// Issue 4's yardstick: a packet for a firm with 1,000 staff on its roster
// (under 1 s and 2 MB; `make bench` prints the figures).
func BenchmarkPacket1000Staff(b *testing.B) {
	p := largePacket(b, 1000)
	b.ResetTimer()
	var size int
	for i := 0; i < b.N; i++ {
		doc, err := pdf.Render(p)
		if err != nil {
			b.Fatal(err)
		}
		size = len(doc)
	}
	b.ReportMetric(float64(size), "bytes")
}

func TestPacket1000StaffRenders(t *testing.T) {
	doc, err := pdf.Render(largePacket(t, 1000))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc) > 2<<20 {
		t.Errorf("%d bytes, over 2 MB", len(doc))
	}
	f := filepath.Join(t.TempDir(), "big.pdf")
	os.WriteFile(f, doc, 0o644)
	if text := poppler(t, "pdftotext", f, "-"); !strings.Contains(text, "新员工0999") || !strings.Contains(text, "新员工0000") {
		t.Error("the roster is incomplete")
	}
}
