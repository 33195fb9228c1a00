// Package quietlocale keeps Fyne from logging "Error parsing user locale C"
// on every start under LANG=C.UTF-8 (the usual locale of containers and
// CI machines): Fyne's lang package reads the locale while it is being
// initialised, before main runs, and cannot parse the "C" of "C.UTF-8".
//
// Importing this package from main fixes that: it depends on syscall alone,
// so by the Go specification's order of package initialisation (packages
// sorted by import path, each initialised once its imports are) it runs
// before os and so before Fyne. It then sets LANGUAGE, which gettext-style
// lookups (and Fyne's) consult only when the locale is not C or POSIX: the
// codeset of the locale stays as it was, for child processes too.
package quietlocale

import "syscall"

func init() { Apply(syscall.Getenv, syscall.Setenv) }

// Apply sets LANGUAGE to "en" when it is unset and the locale in force
// (the first of LC_ALL, LC_MESSAGES, LANG that is set) is C or POSIX with a
// codeset, such as C.UTF-8. The app chooses its own language afterwards.
func Apply(getenv func(string) (string, bool), setenv func(string, string) error) {
	if v, ok := getenv("LANGUAGE"); ok && v != "" {
		return
	}
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v, ok := getenv(name); ok && v != "" {
			locale = v
			break
		}
	}
	for _, plain := range []string{"C", "POSIX"} {
		if len(locale) > len(plain) && locale[:len(plain)+1] == plain+"." {
			_ = setenv("LANGUAGE", "en") // nothing to do if the environment refuses
			return
		}
	}
}
