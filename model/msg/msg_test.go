package msg

import (
	"errors"
	"testing"
)

func TestError(t *testing.T) {
	e := &Error{Zh: "错误", En: "bad"}
	if got := e.Error(); got != "错误 / bad" {
		t.Fatalf("Error() = %q", got)
	}
}

func TestErrorf(t *testing.T) {
	e := Errorf("长度应为 %d 位，实际为 %d 位", "must be %d characters, got %d", 18, 17)
	if e.Zh != "长度应为 18 位，实际为 17 位" || e.En != "must be 18 characters, got 17" {
		t.Fatalf("Errorf = %+v", e)
	}
	var err error = e
	var target *Error
	if !errors.As(err, &target) || target != e {
		t.Fatal("errors.As failed to find *Error")
	}
}

func TestErrorfNoArgs(t *testing.T) {
	e := Errorf("空", "empty")
	if e.Error() != "空 / empty" {
		t.Fatalf("got %q", e.Error())
	}
}
