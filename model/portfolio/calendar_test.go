package portfolio

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/xuri/excelize/v2"

	"huiqi/model/civil"
)

// The calendar of all clients: every deadline of every readable client in
// the window, in date order, with the client's name.
func TestCalendarOfAllClients(t *testing.T) {
	dir := t.TempDir()
	for i, f := range []string{"a.db", "b.db", "c.db"} {
		client(t, dir, f, demoClient(i*5+1))
	}
	client(t, dir, "copy-of-a.db", demoClient(1)) // the same firm twice
	p := scan(t, dir, day)
	events := p.Calendar(DefaultDays, newEngine().Rules())
	want := 0
	last := day.AddDays(DefaultDays)
	for _, c := range p.Clients {
		for _, d := range c.Deadlines {
			if d.Date >= day && d.Date <= last {
				want++
			}
		}
	}
	if want < 3 || len(events) != want {
		t.Fatalf("%d events, want %d (at least 3)", len(events), want)
	}
	for i, e := range events {
		if i > 0 && e.Date < events[i-1].Date {
			t.Errorf("event %d (%s) before %s", i, e.Date, events[i-1].Date)
		}
		if e.Firm == "" || e.Title.Zh == "" || e.What.Zh == "" || e.DaysLeft != e.Date.DaysSince(day) {
			t.Errorf("event %+v", e)
		}
	}
	if short := p.Calendar(0, nil); len(short) > len(events) {
		t.Errorf("a 0-day calendar is longer: %d", len(short))
	}
}

// The iCalendar export parses back: one all-day event per deadline (the
// same firm's deadline twice is one event), on its date, with the client's
// name, and the same UIDs when exported again later, so a calendar updates
// instead of doubling.
func TestICSRoundTripAndStableUIDs(t *testing.T) {
	dir := t.TempDir()
	for i, f := range []string{"a.db", "b.db", "c.db"} {
		client(t, dir, f, demoClient(i*5+1))
	}
	client(t, dir, "copy-of-a.db", demoClient(1))
	p := scan(t, dir, day)
	events := p.Calendar(DefaultDays, newEngine().Rules())
	distinct := map[string]Event{}
	for _, e := range events {
		distinct[e.UID()] = e
	}
	if len(distinct) == len(events) {
		t.Fatal("the copied client should share its deadlines' UIDs")
	}
	export := func(stamp time.Time, lang string) []*ics.VEvent {
		var buf bytes.Buffer
		if err := WriteICS(&buf, events, lang, stamp); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "\r\n") || !strings.HasPrefix(buf.String(), "BEGIN:VCALENDAR\r\n") {
			t.Fatal("RFC 5545 lines end in CRLF")
		}
		cal, err := ics.ParseCalendar(&buf)
		if err != nil {
			t.Fatal(err)
		}
		return cal.Events()
	}
	first := export(time.Date(2026, 6, 30, 8, 0, 0, 0, time.UTC), "zh")
	second := export(time.Date(2026, 7, 1, 9, 30, 0, 0, time.UTC), "en")
	if len(first) != len(distinct) || len(second) != len(distinct) {
		t.Fatalf("%d and %d events, want %d", len(first), len(second), len(distinct))
	}
	for i, ev := range first {
		uid := ev.Id()
		e, ok := distinct[uid]
		if !ok {
			t.Fatalf("event %d has UID %q, not one of the deadlines'", i, uid)
		}
		if second[i].Id() != uid {
			t.Errorf("event %d: UID %q, then %q", i, uid, second[i].Id())
		}
		start, err := ev.GetAllDayStartAt()
		if err != nil {
			t.Fatal(err)
		}
		if civil.FromTime(start) != e.Date {
			t.Errorf("%s: starts %v, deadline %s", uid, start, e.Date)
		}
		if p := ev.GetProperty(ics.ComponentPropertyDtStart); p == nil || p.ICalParameters["VALUE"][0] != "DATE" {
			t.Errorf("%s: not an all-day event: %+v", uid, p)
		}
		summary := ev.GetProperty(ics.ComponentPropertySummary).Value
		if !strings.Contains(summary, e.Firm) || !strings.Contains(summary, e.What.Zh) {
			t.Errorf("%s: summary %q", uid, summary)
		}
		if en := second[i].GetProperty(ics.ComponentPropertySummary).Value; !strings.Contains(en, e.What.En) {
			t.Errorf("%s: English summary %q", uid, en)
		}
	}
}

// The .xlsx overview: Chinese headers, one row per file, the credit code
// as text, amounts in yuan, an unreadable file with its reason.
func TestOverviewXLSX(t *testing.T) {
	dir := t.TempDir()
	client(t, dir, "a.db", demoClient(2))
	oldClient(t, dir, "b.db", demoClient(3))
	writeFile(t, dir, "c.txt", "x")
	p := scan(t, dir, day)
	var buf bytes.Buffer
	if err := p.WriteXLSX(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("客户总览")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][0] != "文件" || rows[0][1] != "企业名称" || rows[0][9] != "资金（元）" {
		t.Fatalf("rows %v", rows)
	}
	a := p.Clients[0]
	if rows[1][0] != "a.db" || rows[1][1] != a.Firm || rows[1][2] != a.USCC {
		t.Errorf("row of a.db: %v", rows[1])
	}
	got, _ := f.GetCellValue("客户总览", "J2", excelize.Options{RawCellValue: true})
	if yuan, err := strconv.ParseFloat(got, 64); err != nil || int64(math.Round(yuan*100)) != int64(a.Totals.Cash) || a.Totals.Cash == 0 {
		t.Errorf("资金 %q, want %s yuan", got, a.Totals.Cash.Plain())
	}
	if typ, _ := f.GetCellType("客户总览", "C2"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("the credit code is a %v cell", typ)
	}
	if last := rows[2][len(rows[2])-1]; last != UpgradeNoteZh {
		t.Errorf("old file's note %q", last)
	}
	if last := rows[3][len(rows[3])-1]; !strings.Contains(last, "不是惠企申报助手的数据库文件") {
		t.Errorf("text file's note %q", last)
	}
}
