package portfolio

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"time"

	ics "github.com/arran4/golang-ical"

	"huiqi/model/civil"
)

// UID is the iCalendar UID of an event: a hash of what the event is (the
// client's credit code, the rule, the date and what falls due), not of
// when it was exported, so that importing the calendar again updates the
// events already there instead of adding copies. A client file renamed or
// moved keeps its UIDs.
func (e Event) UID() string {
	h := sha256.Sum256([]byte(e.USCC + "\x00" + e.Rule + "\x00" + e.Date.String() + "\x00" + e.What.Zh))
	return hex.EncodeToString(h[:16]) + "@huiqi"
}

// WriteICS writes the events as an iCalendar file (RFC 5545) that phone
// and desktop calendars import: one all-day event per deadline, titled
// with the client's name and what falls due, in lang ("zh" or "en").
// stamp is the DTSTAMP of every event: when the file was made. Two events
// with the same UID (a client file copied within the folder) are one event.
func WriteICS(w io.Writer, events []Event, lang string, stamp time.Time) error {
	cal := ics.NewCalendarFor("Huiqi")
	cal.SetProductId("-//Huiqi//惠企申报助手//ZH")
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	name := "惠企申报日程"
	if lang == "en" {
		name = "Huiqi deadlines"
	}
	cal.SetName(name)
	cal.SetXWRCalName(name)
	seen := map[string]bool{}
	for _, e := range events {
		uid := e.UID()
		if seen[uid] {
			continue
		}
		seen[uid] = true
		ev := cal.AddEvent(uid)
		ev.SetDtStampTime(stamp)
		ev.SetAllDayStartAt(midnight(e.Date))
		ev.SetAllDayEndAt(midnight(e.Date.AddDays(1))) // DTEND is exclusive: one day
		ev.SetSummary(e.Firm + "：" + e.What.In(lang))
		desc := e.Title.In(lang) + "\n" + e.What.In(lang) + "\n" + e.File
		if lang == "en" {
			desc = e.Title.In(lang) + "\n" + e.What.In(lang) + "\nfile: " + e.File
		}
		ev.SetDescription(desc)
		ev.SetTimeTransparency(ics.TransparencyTransparent) // a deadline does not make the day busy
	}
	return cal.SerializeTo(w, ics.WithNewLineWindows)
}

// midnight is the date as a time at midnight, for the library's DATE values
// (it prints only the date).
func midnight(d civil.Date) time.Time {
	return time.Date(d.Year(), time.Month(d.Month()), d.Day(), 0, 0, 0, 0, time.UTC)
}
