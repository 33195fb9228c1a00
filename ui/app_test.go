package ui

import (
	"context"
	"errors"

	"huiqi/model/ident"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/engine"
)

// find returns the first button showing text under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil {
			return
		}
		switch v := o.(type) {
		case *widget.Button:
			if v.Text == text {
				found = v
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return found
}

func (a *App) screen(key string) *screen {
	for _, s := range a.screens {
		if s.key == key {
			return s
		}
	}
	return nil
}

func result(t *testing.T, a *App, id string) *engine.Result {
	t.Helper()
	r, ok := a.ev.Result(id)
	if !ok {
		t.Fatalf("no %s", id)
	}
	return r
}

// addGraduate adds a person through the 人员 screen's dialog, as a user
// would: tap 新增, type, tap 保存.
func addGraduate(t *testing.T, a *App, name, idNumber string) *editor {
	t.Helper()
	s := a.goTo(scrPeople)
	add := findButton(s.view, "新增")
	if add == nil {
		t.Fatal("no 新增 button on the people screen")
	}
	test.Tap(add)
	e := a.editor
	test.Type(e.entry("name"), name)
	test.Type(e.entry("id_number"), idNumber)
	test.Type(e.entry("hired"), "2026-06-01")
	test.Type(e.entry("contract_months"), "12")
	test.Type(e.entry("graduated"), "2025-07-01")
	test.Tap(e.save)
	return e
}

func TestAddPersonChangesRule(t *testing.T) {
	a := newTestApp(t, LangZh)
	before := len(a.sc.People)
	if r := result(t, a, "sme-hiring-loan"); r.Status != engine.Ineligible || r.Details.(engine.SMEHiringLoanDetails).ExtraHiresNeeded != 2 {
		t.Fatalf("demo hiring loan: %s, %+v", r.Status, r.Details)
	}
	e := addGraduate(t, a, "赵新", validID(t, "53040220000101001"))
	if e.failed {
		t.Fatalf("the dialog refused a valid person: %q", e.problem(""))
	}
	addGraduate(t, a, "钱新", validID(t, "53040220000202001"))
	// Search finds them in the virtualised list.
	rs := a.records[scrPeople]
	test.Type(rs.query, "新")
	if len(rs.rows) != 2 {
		t.Errorf("search for 新 shows %d rows", len(rs.rows))
	}
	shows(t, rs.table, "赵新", "钱新", maskID(validID(t, "53040220000101001")))
	if n := len(a.sc.People); n != before+2 {
		t.Errorf("%d people after adding two to %d", n, before)
	}
	if r := result(t, a, "sme-hiring-loan"); r.Status != engine.Eligible {
		t.Errorf("after hiring two graduates the loan is %s\n%v", r.Status, r.Reasons)
	}
	// The evaluation on screen changed with it.
	res := a.goTo(scrResults)
	shows(t, res.view, "适用")
	// And the change is in the database.
	sc, err := a.st.Load(context.Background())
	if err != nil || len(sc.People) != before+2 || sc.People[len(sc.People)-1].Name != "钱新" {
		t.Errorf("database holds %d people", len(sc.People))
	}
	capture(t, a, "zh-add-person")
}

func TestInvalidIDNumberRefused(t *testing.T) {
	a := newTestApp(t, LangZh)
	before := len(a.sc.People)
	good := validID(t, "53040220000101001")
	bad := good[:17] + map[byte]string{'0': "1"}[good[17]]
	if bad == good[:17] {
		bad = good[:17] + "0"
	}
	e := addGraduate(t, a, "孙错", bad)
	if got := e.problem("id_number"); !strings.Contains(got, "号码有误（校验位不符），请核对") {
		t.Errorf("error beside the ID number: %q", got)
	}
	if len(a.sc.People) != before {
		t.Error("the invalid person was added")
	}
	sc, _ := a.st.Load(context.Background())
	if len(sc.People) != before {
		t.Error("the invalid person reached the database")
	}
	// A bad date is refused beside its own field, before validation.
	test.Type(e.entry("hired"), "x")
	test.Tap(e.save)
	if got := e.problem("hired"); !strings.Contains(got, "YYYY-MM-DD") {
		t.Errorf("error beside the hiring date: %q", got)
	}
	capture(t, a, "zh-invalid-id")
}

func TestSwitchLanguage(t *testing.T) {
	a := newTestApp(t, LangZh)
	shows(t, a.win.Content(), "概览", "政策匹配")
	a.goTo(scrSettings)
	a.settings.lang.SetSelected("English")
	shows(t, a.win.Content(), "Overview", "Benefits", "Settings")
	if strings.Contains(strings.Join(texts(a.win.Content()), "|"), "政策匹配") {
		t.Error("Chinese labels remain after switching to English")
	}
	if got := a.fy.Preferences().String(prefLanguage); got != LangEn {
		t.Errorf("language preference %q", got)
	}
	if !strings.HasPrefix(a.win.Title(), "Huiqi") || !strings.Contains(a.win.Title(), "演示 企业.db") {
		t.Errorf("title %q", a.win.Title())
	}
}

func TestWhatIfLeavesDatabase(t *testing.T) {
	a := newTestApp(t, LangZh)
	before, _ := a.st.Load(context.Background())
	s := a.goTo(scrWhatIf)
	scr := a.whatif
	scr.hireCount.SetText("2")
	scr.hireMonths.SetText("12")
	test.Tap(findButton(s.view, "加入模拟"))
	if scr.result == nil {
		t.Fatal("no what-if result")
	}
	var changed bool
	for _, d := range scr.result.Changed {
		if d.Rule.ID == "sme-hiring-loan" && d.Before.Status == engine.Ineligible && d.After.Status == engine.Eligible {
			changed = true
		}
	}
	if !changed {
		t.Errorf("two graduates should make the hiring loan eligible: %+v", scr.result.Changed)
	}
	shows(t, s.view, "不适用 → 适用")
	after, _ := a.st.Load(context.Background())
	if len(after.People) != len(before.People) || len(a.sc.People) != len(before.People) {
		t.Error("the what-if changed the firm's data")
	}
	if r := result(t, a, "sme-hiring-loan"); r.Status != engine.Ineligible {
		t.Error("the what-if changed the evaluation on screen")
	}
	// Keeping it stores the records.
	scr.keepChanges()
	yes := findButton(overlay(a), "保存")
	if yes == nil {
		t.Fatal("no confirmation dialog")
	}
	test.Tap(yes)
	if r := result(t, a, "sme-hiring-loan"); r.Status != engine.Eligible {
		t.Errorf("kept what-if: hiring loan %s", r.Status)
	}
	capture(t, a, "zh-whatif")
}

func TestPacketGeneratesSavesAndOpens(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	a := newTestApp(t, LangZh)
	var opened *url.URL
	a.openURL = func(u *url.URL) error { opened = u; return nil }
	var askedDir, askedName string
	chosen := filepath.Join(t.TempDir(), "给税务局的 材料.pdf")
	a.chooseSave = func(dir, name string, then func(string)) {
		askedDir, askedName = dir, name
		then(chosen)
	}
	s := a.goTo(scrPacket)
	test.Tap(findButton(s.view, "生成并保存申报材料…"))
	ps := a.packet
	deadline := time.Now().Add(30 * time.Second)
	for ps.file == "" && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if ps.file != chosen {
		t.Fatalf("packet saved at %q, want %q: %s", ps.file, chosen, ps.status.Text)
	}
	if askedDir != docs {
		t.Errorf("the save dialog opened in %q, want the Documents folder %q", askedDir, docs)
	}
	if want := "玉溪云帆智能科技有限公司 申报材料 " + a.ev.AsOf.String() + ".pdf"; askedName != want {
		t.Errorf("proposed name %q, want %q", askedName, want)
	}
	data, err := os.ReadFile(chosen)
	if err != nil || !strings.HasPrefix(string(data), "%PDF") {
		t.Fatalf("not a PDF: %v", err)
	}
	if !strings.Contains(ps.status.Text, chosen) {
		t.Errorf("status %q does not say where the packet is", ps.status.Text)
	}
	if got := a.packetFolder(); got != filepath.Dir(chosen) {
		t.Errorf("next save opens in %q, want the folder chosen last", got)
	}

	test.Tap(ps.open)
	if opened == nil || opened.Scheme != "file" {
		t.Fatalf("opened %v", opened)
	}
	if got := filepath.FromSlash(opened.Path); got != chosen {
		t.Errorf("URL path %q, file %q", got, chosen)
	}
	if !strings.Contains(opened.String(), "%E7%") { // Chinese path percent-encoded for the viewer
		t.Errorf("URL %s is not escaped", opened)
	}

	// No viewer: the user is told in words where the file is.
	a.openURL = func(*url.URL) error { return errors.New(`exec: "xdg-open": executable file not found in $PATH`) }
	test.Tap(ps.open)
	shown := strings.Join(texts(overlay(a)), " ")
	if !strings.Contains(shown, chosen) || !strings.Contains(shown, "PDF 阅读器") || strings.Contains(shown, "exec") {
		t.Errorf("open failure shows %q", shown)
	}
}

func TestPacketSaveCancelledWritesNothing(t *testing.T) {
	a := newTestApp(t, LangZh)
	asked := make(chan bool, 1)
	a.chooseSave = func(dir, name string, then func(string)) { then(""); asked <- true }
	s := a.goTo(scrPacket)
	test.Tap(findButton(s.view, "生成并保存申报材料…"))
	select {
	case <-asked:
	case <-time.After(30 * time.Second):
		t.Fatal("the save dialog was never shown")
	}
	if a.packet.file != "" || a.packet.open.Disabled() == false {
		t.Errorf("a cancelled save left file %q and an enabled open button", a.packet.file)
	}
	if got := a.packet.status.Text; got != "申报材料没有保存" {
		t.Errorf("status %q", got)
	}
}

func TestMissingFieldLinkOpensRecord(t *testing.T) {
	a := newTestApp(t, LangZh)
	r := result(t, a, "high-level-talent-settlement")
	if r.Status != engine.MissingData || len(r.Missing) != 1 {
		t.Fatalf("demo talent rule: %s %v", r.Status, r.Missing)
	}
	res := a.goTo(scrResults)
	for i, x := range a.ev.Results {
		if x.Rule.ID == r.Rule.ID {
			a.results.list.Select(i)
		}
	}
	// The link names the record and the field in words, not the JSON path.
	link := findButton(res.view, "人员 p35 陈博文 · 高层次人才 · 在玉溪购建住房")
	if link == nil || findButton(res.view, r.Missing[0]) != nil {
		t.Fatalf("no link in words for %s", r.Missing[0])
	}
	test.Tap(link)
	if a.editor == nil || a.editor.entry("name").Text != "陈博文" {
		t.Fatalf("the link did not open 陈博文's record")
	}
}

func TestOpenForeignFileSaysSo(t *testing.T) {
	a := newTestApp(t, LangZh)
	bad := filepath.Join(t.TempDir(), "报表.db")
	os.WriteFile(bad, []byte("not a database at all"), 0o600)
	err := a.Open(bad)
	if err == nil || !strings.Contains(a.errText(err), "不是惠企申报助手的数据库文件") {
		t.Errorf("open of a foreign file: %v", err)
	}
	if a.sc == nil || a.sc.Firm.Name != "玉溪云帆智能科技有限公司" {
		t.Error("the open file was dropped")
	}
}

func validID(t *testing.T, first17 string) string {
	t.Helper()
	c, err := ident.ResidentIDCheckChar(first17)
	if err != nil {
		t.Fatal(err)
	}
	return first17 + string(c)
}

func TestWhatIfRemovesOneChangeAndSaysWhenOneChangesNothing(t *testing.T) {
	a := newTestApp(t, LangZh)
	s := a.goTo(scrWhatIf)
	scr := a.whatif
	scr.hireCount.SetText("2")
	test.Tap(findButton(s.view, "加入模拟"))
	// Hires of the day after the evaluation date are not staff yet.
	scr.hireDate.SetText(a.evalDate().AddDays(1).String())
	test.Tap(findButton(s.view, "加入模拟"))
	if len(scr.changes) != 2 {
		t.Fatalf("%d changes", len(scr.changes))
	}
	if !scr.idle(1) || scr.idle(0) {
		t.Errorf("idle marks %v, want only the later hires", scr.idles)
	}
	if !strings.Contains(a.bar.Text, "不改变任何结果") {
		t.Errorf("adding a change that changes nothing says %q", a.bar.Text)
	}
	listed := strings.Join(texts(scr.listed), "\n")
	if strings.Count(listed, "去掉这一项，结果不变") != 1 {
		t.Errorf("change list:\n%s", listed)
	}
	removes := findButtons(scr.listed, "移除")
	if len(removes) != 2 {
		t.Fatalf("%d remove buttons for 2 changes", len(removes))
	}
	test.Tap(removes[0])
	if len(scr.changes) != 1 || scr.changes[0].(engine.ExtraHires).Hired != a.evalDate().AddDays(1) {
		t.Fatalf("removing the first change left %+v", scr.changes)
	}
	if len(scr.result.Changed) != 0 {
		t.Errorf("the later hires alone change %d rules", len(scr.result.Changed))
	}
	shows(t, s.view, "这些变化不改变任何政策的结果")
}
