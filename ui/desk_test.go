package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiqi/model/civil"
	"huiqi/model/demo"
	"huiqi/model/store"
)

// deskFiles are the test folder's clients, by file, with the demo client
// each holds.
var deskFiles = map[string]int{"b-客户.db": 3, "a-客户.db": 1, "d-客户.db": 8, "c-客户.db": 6}

// newDeskApp opens a client folder of four demo clients and a file that is
// not a client, headless at 1024×640, in the given language, and waits for
// the scan.
func newDeskApp(t *testing.T, language string) (*App, *desk, string) {
	t.Helper()
	fy := test.NewTempApp(t)
	fy.Preferences().SetString(prefLanguage, language)
	if err := Setup(fy); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { SetLanguage(LangZh) })
	dir := filepath.Join(t.TempDir(), "客户")
	os.Mkdir(dir, 0o700)
	ctx := context.Background()
	for f, i := range deskFiles {
		sc := demo.Client(testDay, i)
		if err := store.Create(ctx, filepath.Join(dir, f), func(s store.Store) error { return s.Import(ctx, sc, false) }); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "说明.txt"), []byte("不是客户"), 0o600)
	a := New(fy)
	a.today = func() civil.Date { return testDay }
	a.win.Resize(fyne.NewSize(1024, 640))
	if err := a.OpenFolder(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.close)
	a.desk.wait()
	return a, a.desk, dir
}

// files returns the files of the rows shown, in order.
func (d *desk) files() []string {
	var out []string
	for _, i := range d.rows {
		out = append(out, d.clients[i].File)
	}
	return out
}

func (d *desk) firms() []string {
	var out []string
	for _, i := range d.rows {
		out = append(out, d.clients[i].Firm)
	}
	return out
}

// fits checks the window did not have to grow for the screen.
func fits(t *testing.T, a *App, what string) {
	t.Helper()
	min := a.win.Content().MinSize()
	if min.Width > 1024 || min.Height > 640 {
		t.Errorf("%s needs %v, more than 1024×640", what, min)
	}
}

// The overview: a row per file, the clients' figures, the file that is
// not a client with its reason; in both languages, within 1024×640.
func TestDeskOverview(t *testing.T) {
	for _, language := range []string{LangZh, LangEn} {
		t.Run(language, func(t *testing.T) {
			a, d, _ := newDeskApp(t, language)
			if want := []string{"a-客户.db", "b-客户.db", "c-客户.db", "d-客户.db", "说明.txt"}; !slices.Equal(d.files(), want) {
				t.Fatalf("rows %v, want %v", d.files(), want)
			}
			c, _ := d.client("a-客户.db")
			if c.Firm != demo.Client(testDay, 1).Firm.Name || c.Counts.Eligible == 0 {
				t.Errorf("a's row: %+v", c)
			}
			shows(t, a.win.Content(), c.Firm, c.Next.Date.String(), c.Totals.CashPossible.Yuan(), lang.L("desk.col_firm"))
			if d.which.Selected != lang.L("desk.filter_all") {
				t.Errorf("filter shows %q", d.which.Selected)
			}
			bad, _ := d.client("说明.txt")
			if bad.Err == nil {
				t.Fatal("the text file is a client")
			}
			shows(t, a.win.Content(), a.pick(bad.Err.Zh, bad.Err.En))
			fits(t, a, "the overview")
			capture(t, a, "desk-overview-"+language)
			d.tabs.SelectIndex(1)
			if len(d.events) == 0 {
				t.Error("the calendar of all clients is empty")
			}
			shows(t, a.win.Content(), lang.L("desk.export_ics"), d.events[0].Firm)
			fits(t, a, "the calendar")
			capture(t, a, "desk-calendar-"+language)
			d.tabs.SelectIndex(0)
		})
	}
}

// Every heading, filter and word of the desk is translated: the keys the
// desk builds from its tables are not literal calls the i18n test finds.
func TestDeskKeysTranslated(t *testing.T) {
	for _, language := range []string{LangZh, LangEn} {
		if err := SetLanguage(language); err != nil {
			t.Fatal(err)
		}
		keys := append([]string{"desk.mark_new", "desk.mark_changed", "desk.reading", "desk.packets_folder"}, filterKeys...)
		for _, c := range deskColumns {
			keys = append(keys, c.title)
		}
		for _, k := range keys {
			if lang.L(k) == k {
				t.Errorf("%s: %q is not translated", language, k)
			}
		}
	}
	SetLanguage(LangZh)
}

// Sort by a column heading (again: the other way), filter, search.
func TestDeskSortFilterSearch(t *testing.T) {
	a, d, _ := newDeskApp(t, LangZh)
	heading := findButton(a.win.Content(), lang.L("desk.col_firm"))
	if heading == nil {
		t.Fatal("no 企业名称 heading to tap")
	}
	test.Tap(heading)
	firms := d.firms()
	if d.sortCol != colFirm || !slices.IsSorted(firms[:4]) {
		t.Errorf("sorted by firm: %v", firms)
	}
	test.Tap(findButton(a.win.Content(), lang.L("desk.col_firm")+" ▲"))
	desc := d.firms()
	if !d.sortDesc || desc[0] < desc[1] {
		t.Errorf("sorted by firm, descending: %v", desc)
	}
	d.table.ScrollTo(widget.TableCellID{Row: 0, Col: colPossible}) // a column off the screen's right
	possible := findButton(a.win.Content(), lang.L("dash.cash_possible"))
	if possible == nil {
		t.Fatal("no 如评审通过最多 heading after scrolling to it")
	}
	test.Tap(possible)
	for i := 1; i < 4; i++ {
		x, y := d.clients[d.rows[i-1]], d.clients[d.rows[i]]
		if x.Totals.CashPossible < y.Totals.CashPossible {
			t.Errorf("money at most not largest first: %v then %v", x.Totals.CashPossible, y.Totals.CashPossible)
		}
	}

	d.which.SetSelectedIndex(filterBroken)
	if !slices.Equal(d.files(), []string{"说明.txt"}) {
		t.Errorf("打不开的文件: %v", d.files())
	}
	d.which.SetSelectedIndex(filterNew)
	if len(d.rows) != 4 {
		t.Errorf("有新结果 before any look: %v", d.files())
	}
	d.which.SetSelectedIndex(filterDue)
	for _, i := range d.rows {
		if c := d.clients[i]; c.Next == nil || c.DaysLeft > 30 {
			t.Errorf("30 天内到期 shows %s due in %d days", c.File, c.DaysLeft)
		}
	}
	d.which.SetSelectedIndex(filterMissing)
	for _, i := range d.rows {
		if c := d.clients[i]; c.Missing == 0 && c.Counts.MissingData == 0 {
			t.Errorf("待补充资料 shows %s", c.File)
		}
	}
	d.which.SetSelectedIndex(filterAll)
	c, _ := d.client("c-客户.db")
	test.Type(d.search, c.USCC[12:])
	if !slices.Equal(d.files(), []string{"c-客户.db"}) {
		t.Errorf("search by code: %v", d.files())
	}
	d.search.SetText("")
	test.Type(d.search, c.Firm[:9])
	if !slices.Contains(d.files(), "c-客户.db") || len(d.rows) == 5 {
		t.Errorf("search by name %q: %v", c.Firm[:9], d.files())
	}
}

// rowPos is a point inside row r of the table (below its heading).
func rowPos(d *desk, r int) fyne.Position {
	head := d.table.CreateHeader().MinSize().Height
	cell := max(d.table.CreateCell().MinSize().Height, head)
	return fyne.NewPos(deskColumns[colPick].width+deskColumns[colMark].width+60, head+cell*float32(r)+cell/2+4)
}

// Open a client with a double click, come back to the list: the sort,
// filter and search are as they were, and the client's new results are
// seen (so 有新结果 no longer lists it). Enter opens the focused row.
func TestDeskOpenAndReturn(t *testing.T) {
	a, d, dir := newDeskApp(t, LangZh)
	d.setSort(colFirm)
	d.setSort(colFirm) // descending
	d.which.SetSelectedIndex(filterNew)
	test.Type(d.search, "玉溪")
	before := d.files()
	if len(before) != 4 {
		t.Fatalf("rows %v", before)
	}
	d.table.DoubleTapped(&fyne.PointEvent{Position: rowPos(d, 1)})
	if !d.inClient || a.st == nil || filepath.Base(a.st.Where()) != before[1] {
		t.Fatalf("double click on row 1 (%s) opened %v", before[1], a.st)
	}
	if a.sc.Firm.Name != d.clients[d.indexOf(before[1])].Firm || a.evalDate() != d.asOf {
		t.Errorf("opened %q on %s", a.sc.Firm.Name, a.evalDate())
	}
	back := findButton(a.win.Content(), lang.L("desk.back"))
	if back == nil {
		t.Fatal("no way back to the overview")
	}
	// The bar above the client takes no width (the screens' own widths
	// are the lead's issue 10) and fits in the height.
	if got, own := a.win.Content().MinSize(), d.split.MinSize(); got.Width > max(1024, own.Width) || got.Height > 640 {
		t.Errorf("a client under the desk's bar needs %v; its screens alone %v", got, own)
	}
	capture(t, a, "desk-client")
	test.Tap(back)
	if d.inClient || a.win.Content() != d.view {
		t.Fatal("did not come back to the overview")
	}
	if d.sortCol != colFirm || !d.sortDesc || d.filter != filterNew || d.which.SelectedIndex() != filterNew || d.search.Text != "玉溪" {
		t.Errorf("came back to sort %d desc %v filter %d search %q", d.sortCol, d.sortDesc, d.filter, d.search.Text)
	}
	after := d.files()
	want := slices.DeleteFunc(slices.Clone(before), func(f string) bool { return f == before[1] })
	if !slices.Equal(after, want) {
		t.Errorf("有新结果 after looking at %s: %v, want %v", before[1], after, want)
	}
	// The look is in the file, so a new window's scan agrees.
	s, err := store.OpenReader(context.Background(), filepath.Join(dir, before[1]))
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.LastLook(context.Background())
	s.Close()
	if err != nil || l == nil || l.AsOf != testDay {
		t.Errorf("the file's last look: %+v, %v", l, err)
	}

	// Enter on the focused row: down once, then Enter.
	d.which.SetSelectedIndex(filterAll)
	d.search.SetText("")
	rows := d.files()
	d.table.Select(widget.TableCellID{Row: 0, Col: colFirm})
	d.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	d.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !d.inClient || filepath.Base(a.st.Where()) != rows[1] {
		t.Errorf("Enter opened %v, want %s", a.st.Where(), rows[1])
	}
	d.back()
	// A file that is not a client says why instead of opening.
	d.open("说明.txt")
	if d.inClient || overlay(a) == nil {
		t.Error("the text file opened, or said nothing")
	}
}

// Batch packets of the ticked clients into the folder's 申报材料, with a
// progress dialog; cancelling stops between packets.
func TestDeskBatchPackets(t *testing.T) {
	a, d, dir := newDeskApp(t, LangZh)
	d.checked["a-客户.db"], d.checked["c-客户.db"] = true, true
	d.refresh()
	if !strings.Contains(d.printBtn.Text, "（2）") {
		t.Errorf("print button %q", d.printBtn.Text)
	}
	d.printPackets()
	d.waitPrint()
	entries, _ := os.ReadDir(filepath.Join(dir, "申报材料"))
	if len(entries) != 2 || !strings.Contains(d.lastPrint, "已生成 2 份") {
		t.Fatalf("packets %v; said %q", entries, d.lastPrint)
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), " "+testDay.String()+".pdf") {
			t.Errorf("packet %q", e.Name())
		}
	}
	// The packets folder is no row of the overview.
	d.rescan()
	d.wait()
	if len(d.clients) != 5 {
		t.Errorf("after printing: %v", d.files())
	}

	// Cancel at once: fewer packets than clients, each whole.
	os.RemoveAll(filepath.Join(dir, "申报材料"))
	d.checked = map[string]bool{}
	d.printPackets()
	if cancel := findButton(overlay(a), lang.L("button.cancel")); cancel != nil {
		test.Tap(cancel)
	} else {
		t.Fatal("no cancel button while printing")
	}
	d.waitPrint()
	entries, _ = os.ReadDir(filepath.Join(dir, "申报材料"))
	if len(entries) >= 4 || !strings.Contains(d.lastPrint, "已取消") {
		t.Errorf("after cancelling: %d packets; said %q", len(entries), d.lastPrint)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || !strings.HasSuffix(e.Name(), ".pdf") {
			t.Errorf("left behind %q", e.Name())
		}
	}
}

func (d *desk) waitPrint() {
	d.mu.Lock()
	done := d.printing
	d.mu.Unlock()
	if done != nil {
		<-done
	}
}

// 新建客户 makes a file in the folder named after the firm and opens it;
// a scenario imports as a new client the same way.
func TestDeskNewAndImportedClients(t *testing.T) {
	a, d, dir := newDeskApp(t, LangZh)
	d.newClient()
	e := a.editor
	test.Type(e.entry("name"), "玉溪新星科技有限公司")
	test.Type(e.entry("uscc"), "91530402MA6K5Q3R2H")
	setCounty(e, "红塔区")
	test.Tap(e.save)
	if _, err := os.Stat(filepath.Join(dir, "玉溪新星科技有限公司.db")); err != nil {
		t.Fatalf("the new client's file: %v", err)
	}
	if !d.inClient || a.sc.Firm.Name != "玉溪新星科技有限公司" {
		t.Errorf("the new client is not open: %v", a.sc.Firm.Name)
	}
	d.back()
	if c, ok := d.client("玉溪新星科技有限公司.db"); !ok || c.Firm != "玉溪新星科技有限公司" {
		t.Errorf("no row for the new client: %v", d.files())
	}

	data, err := os.ReadFile("../testdata/examples/tech-startup-2021.json")
	if err != nil {
		t.Fatal(err)
	}
	d.importScenario("tech-startup-2021.json", data)
	if !d.inClient {
		t.Fatal("the imported client is not open")
	}
	name := a.sc.Firm.Name
	if _, err := os.Stat(filepath.Join(dir, name+".db")); err != nil {
		t.Errorf("the imported client's file: %v", err)
	}
	d.back()
	// The same scenario again: a second file, never over the first.
	d.importScenario("tech-startup-2021.json", data)
	if _, err := os.Stat(filepath.Join(dir, name+" (2).db")); err != nil {
		t.Errorf("the second import's file: %v", err)
	}
	d.back()
	if len(d.clients) != 8 {
		t.Errorf("rows %v", d.files())
	}
}

// A spreadsheet of one table imports as a new client: the firm's profile
// first, then its rows, all in one new file; a bad row refuses the whole
// file and creates nothing.
func TestDeskClientFromSpreadsheet(t *testing.T) {
	a, d, dir := newDeskApp(t, LangZh)
	csv := "姓名,身份证号码,入职日期,合同期限(月),毕业日期\n" +
		"周表格," + validID(t, "53040219990101001") + ",2026/6/1,12,2025年7月1日\n" +
		"吴表格," + validID(t, "53040219990202001") + ",2026.6.2,24,\n"
	fill := func() {
		e := a.editor
		test.Type(e.entry("name"), "玉溪表格商贸有限公司")
		test.Type(e.entry("uscc"), "91530402MA6K5Q3R2H")
		setCounty(e, "通海县")
		test.Tap(e.save)
	}
	d.importSheet("花名册.csv", []byte(strings.Replace(csv, "2026/6/1", "2026/13/1", 1)), "people")
	fill()
	if _, err := os.Stat(filepath.Join(dir, "玉溪表格商贸有限公司.db")); err == nil || d.inClient {
		t.Fatal("a spreadsheet with a bad row made a client")
	}
	a.editor.dlg.Hide()
	d.importSheet("花名册.csv", []byte(csv), "people")
	fill()
	if !d.inClient || a.sc.Firm.Name != "玉溪表格商贸有限公司" || len(a.sc.People) != 2 || a.sc.People[1].Name != "吴表格" {
		t.Fatalf("the new client: open %v, %q, people %v", d.inClient, a.sc.Firm.Name, a.sc.People)
	}
	if _, err := os.Stat(filepath.Join(dir, "玉溪表格商贸有限公司.db")); err != nil {
		t.Error(err)
	}
	if list, _ := store.ListBackups(filepath.Join(dir, "玉溪表格商贸有限公司.db")); len(list) != 0 {
		t.Errorf("a new client came with backups: %v", list)
	}
}

// setCounty fills the county, typed or chosen from Yuxi's list.
func setCounty(e *editor, name string) {
	if sel, ok := e.byKey["county"].input.(*widget.Select); ok {
		sel.SetSelected(name)
		return
	}
	test.Type(e.entry("county"), name)
}
