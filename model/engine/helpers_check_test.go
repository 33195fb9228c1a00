package engine

import "testing"

// The base firm is valid input and a small firm whose founder is neither a
// student nor a graduate: the rule tests start from a known state.
func TestBaseFirm(t *testing.T) {
	ev := evaluate(t, baseFirm(), "2021-06-30")
	if ev.SizeClass != Micro {
		t.Errorf("size %q, want micro (1 staff)", ev.SizeClass)
	}
	if r, _ := ev.Result("student-excellent-grant"); r.Status != Ineligible {
		t.Errorf("student-excellent-grant %s", r.Status)
	}
	if id := validID("19900101", 1); len(id) != 18 {
		t.Errorf("validID = %q", id)
	}
}
