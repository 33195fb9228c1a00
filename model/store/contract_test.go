package store_test

import (
	"net/url"
	"path/filepath"
	"testing"

	"huiqi/model/store/pgtest"
	"huiqi/model/store/storetest"
)

// The store's contract, against a file.
func TestContractFile(t *testing.T) {
	storetest.Run(t, storetest.Backend{New: func(t *testing.T) string { return filepath.Join(t.TempDir(), "客户.db") }})
}

// The same contract against an office database, each test in a database
// of its own whose role owns only the schema huiqi; changes are recorded
// as made by that role.
func TestContractOffice(t *testing.T) {
	pgtest.Admin(t)
	storetest.Run(t, storetest.Backend{New: func(t *testing.T) string { return pgtest.URL(t) }, By: func(target string) string {
		u, _ := url.Parse(target)
		return u.User.Username()
	}})
}
