package model

import (
	"fmt"
	"strings"
	"testing"
)

func TestErrorsListOneProblemALine(t *testing.T) {
	var es Errors
	for i := 0; i < maxListed+3; i++ {
		es.Addf(fmt.Sprintf("people[%d].name", i), "不能为空", "must not be empty")
	}
	lines := strings.Split(es.Error(), "\n")
	if len(lines) != maxListed+1 {
		t.Fatalf("%d lines, want %d problems and a count", len(lines), maxListed)
	}
	if lines[0] != "people[0].name: 不能为空 / must not be empty" {
		t.Errorf("first line %q", lines[0])
	}
	if last := lines[len(lines)-1]; last != "……另有 3 处错误 / … and 3 more errors" {
		t.Errorf("last line %q", last)
	}
	if (Errors{}).Err() != nil {
		t.Error("no problems must be a nil error")
	}
}
