package pdf

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

	"github.com/jung-kurt/gofpdf"

	"huiqi/assets"
	"huiqi/forms"
	"huiqi/model/civil"
)

// The tests read the PDFs back with poppler-utils, as a person would see
// them. `make test` installs poppler-utils; without it the tests fail
// rather than skip, so a missing tool cannot pass for a good PDF.

// tool runs a poppler command and returns its standard output. Anything
// it prints on standard error (poppler's "Syntax Error" on a damaged file)
// fails the test.
func tool(t testing.TB, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Fatalf("%s not found: install poppler-utils (apt-get install -y poppler-utils, or make deps-test)", name)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Fatalf("%s %s complains:\n%s", name, strings.Join(args, " "), stderr.String())
	}
	return stdout.String()
}

// render renders p and writes it to a temporary file for the tools.
func render(t testing.TB, p *forms.Packet) (path string, doc []byte) {
	t.Helper()
	doc, err := Render(p)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	path = filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, doc
}

// pageCount is the number of pages pdfinfo reports.
func pageCount(t testing.TB, path string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindStringSubmatch(tool(t, "pdfinfo", path))
	if m == nil {
		t.Fatalf("pdfinfo gives no page count for %s", path)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// pageText is the text of page n (1-based), laid out as printed.
func pageText(t testing.TB, path string, n int) string {
	t.Helper()
	return tool(t, "pdftotext", "-layout", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), path, "-")
}

// rosterPacket has one section holding a table of n rows of six columns
// of Chinese text, one line per cell.
func rosterPacket(n int) *forms.Packet {
	t := forms.Table{Columns: []forms.Column{
		{Title: "序号", Width: 0.7, Align: forms.Center},
		{Title: "姓名", Width: 1},
		{Title: "身份证号码", Width: 2.2},
		{Title: "所属部门", Width: 1.5},
		{Title: "岗位名称", Width: 1.5},
		{Title: "月工资（元）", Width: 1.3, Align: forms.Right},
	}}
	depts := []string{"研发中心", "生产部", "市场营销部", "财务部", "综合办公室"}
	jobs := []string{"工程师", "操作工", "销售代表", "会计", "行政专员", "质检员"}
	for i := 0; i < n; i++ {
		t.Rows = append(t.Rows, []string{
			strconv.Itoa(i + 1), "职工" + strconv.Itoa(i+1),
			fmt.Sprintf("53040219900101%04d", i),
			depts[i%len(depts)], jobs[i%len(jobs)],
			fmt.Sprintf("¥%d,%03d.%02d", 3+i%7, i%1000, i%100),
		})
	}
	return &forms.Packet{
		Title: "职工花名册", Header: "玉溪市云岭精密机械制造有限公司",
		Generated: civil.Date(20261126), Fingerprint: "A1B2C3",
		Sections: []forms.Section{{Title: "职工花名册", Blocks: []forms.Block{t}}},
	}
}

// testMeasurer measures with the embedded font, for layout tests.
func testMeasurer(t testing.TB) *measurer {
	t.Helper()
	f := gofpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes(fontFamily, "", assets.FontTTF())
	f.SetFont(fontFamily, "", sizeBody)
	if err := f.Error(); err != nil {
		t.Fatal(err)
	}
	return newMeasurer(f)
}
