package demo

import (
	"testing"

	"huiqi/model"
	"huiqi/model/civil"
)

// Every client of the demo folder is valid input, and the folder is
// varied as promised: staff 5–300, one to five years, no two names or
// credit codes alike.
func TestClientsValidAndVaried(t *testing.T) {
	ref := civil.Date(20260630)
	names, codes := map[string]bool{}, map[string]bool{}
	minStaff, maxStaff := 1000, 0
	years := map[int]bool{}
	for i := range 400 {
		sc := Client(ref, i)
		if errs := model.Validate(sc); len(errs) > 0 {
			t.Fatalf("client %d: %v", i, errs)
		}
		if names[sc.Firm.Name] || codes[sc.Firm.USCC] {
			t.Fatalf("client %d repeats %s / %s", i, sc.Firm.Name, sc.Firm.USCC)
		}
		names[sc.Firm.Name], codes[sc.Firm.USCC] = true, true
		minStaff, maxStaff = min(minStaff, len(sc.People)), max(maxStaff, len(sc.People))
		years[ref.Year()-sc.Firm.Founded.Year()] = true
	}
	if minStaff != 5 || maxStaff != 300 {
		t.Errorf("staff from %d to %d, want 5 to 300", minStaff, maxStaff)
	}
	for y := 1; y <= 5; y++ {
		if !years[y] {
			t.Errorf("no client founded %d years before", y)
		}
	}
}
