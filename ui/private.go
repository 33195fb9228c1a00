package ui

import (
	"os"

	"fyne.io/fyne/v2"

	"huiqi/model/safefile"
)

// private makes a file that the save dialog has just created (empty, with
// the system's default mode) readable by its owner only, before a byte of
// the export or packet, which hold ID numbers, is written into it.
func private(w fyne.URIWriteCloser) error {
	if w.URI().Scheme() != "file" {
		return nil
	}
	return os.Chmod(w.URI().Path(), safefile.Mode)
}
