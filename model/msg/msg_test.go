package msg

import (
	"errors"
	"fmt"
	"strings"
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

func TestFrom(t *testing.T) {
	m := Errorf("错", "wrong")
	if got := From(fmt.Errorf("context: %w", m)); got != m {
		t.Errorf("From lost the wrapped message: %v", got)
	}
	if got := From(errors.New("disk full")); got.Zh != "disk full" || got.En != "disk full" {
		t.Errorf("From of a plain error: %+v", got)
	}
}

func TestErrorfMasksAndClips(t *testing.T) {
	long := strings.Repeat("名", 5000)
	e := Errorf("值 %q 无效，身份证 %s", "value %q is not valid, ID %s", long, "530421199001011237")
	if len(e.Zh) > 400 || len(e.En) > 400 {
		t.Errorf("a long argument was quoted whole: %d bytes", len(e.Zh))
	}
	if strings.Contains(e.Zh+e.En, "530421199001011237") || !strings.Contains(e.En, "5304**********1237") {
		t.Errorf("the ID number was not masked: %s", e.En)
	}
}
