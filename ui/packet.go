package ui

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/forms"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/model/safefile"
	"huiqi/pdf"
)

// packetScreen (申报材料): choose benefits, render the packet off the UI
// goroutine with a progress indicator, save it where the user chooses (the
// Documents folder the first time, then the folder chosen last) and open
// it in the system viewer.
type packetScreen struct {
	a        *App
	choices  *widget.CheckGroup
	ids      []string // rule ids in the order of the choices
	generate *widget.Button
	progress *widget.ProgressBarInfinite
	status   *textBlock
	open     *widget.Button
	folder   *widget.Button
	file     string // the last packet saved
}

func (s *packetScreen) build() fyne.CanvasObject {
	s.choices = widget.NewCheckGroup(nil, nil)
	s.generate = widget.NewButton(lang.L("packet.generate"), s.run)
	s.generate.Importance = widget.HighImportance
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Stop()
	s.progress.Hide()
	s.status = wrapped("")
	s.open = widget.NewButton(lang.L("packet.open"), s.openFile)
	s.folder = widget.NewButton(lang.L("packet.open_folder"), s.openFolder)
	s.open.Disable()
	s.folder.Disable()
	s.refresh()
	return container.NewVScroll(container.NewPadded(container.NewVBox(
		heading(lang.L("packet.title")),
		wrapped(lang.L("packet.help")),
		section(lang.L("packet.choose"), "", s.choices),
		container.NewHBox(s.generate, s.open, s.folder),
		s.progress, s.status,
	)))
}

func (s *packetScreen) refresh() {
	a := s.a
	if s.choices == nil || a.ev == nil {
		return
	}
	var labels []string
	s.ids = nil
	for i := range a.ev.Results {
		r := &a.ev.Results[i]
		if r.Status.Applies() {
			labels = append(labels, a.text(r.Rule.Title))
			s.ids = append(s.ids, r.Rule.ID)
		}
	}
	s.choices.Options = labels
	s.choices.SetSelected(labels)
	s.choices.Refresh()
	if len(labels) == 0 {
		s.generate.Disable()
		s.status.SetText(lang.L("packet.nothing"))
	} else {
		s.generate.Enable()
	}
}

// chosen returns the rule ids of the ticked benefits.
func (s *packetScreen) chosen() []string {
	var out []string
	for i, l := range s.choices.Options {
		for _, sel := range s.choices.Selected {
			if sel == l {
				out = append(out, s.ids[i])
			}
		}
	}
	return out
}

// packetFolder is where the save dialog opens: the folder the user chose
// last if it still exists, else the Documents folder.
func (a *App) packetFolder() string {
	if d := a.fy.Preferences().String(prefPacketFolder); d != "" && isDir(d) {
		return d
	}
	return documentsDir()
}

// packetName names a packet after its firm and the date it is evaluated as
// of: "玉溪云帆智能科技有限公司 申报材料 2026-12-01.pdf".
func packetName(firm string, asOf civil.Date) string {
	return fmt.Sprintf("%s %s %s.pdf", sanitize(firm), lang.L("file.packet"), asOf)
}

// run renders the packet on a goroutine (the UI shows progress and is
// updated with fyne.Do), then asks where to save it.
func (s *packetScreen) run() {
	a := s.a
	ids := s.chosen()
	if len(ids) == 0 {
		s.status.SetText(lang.L("packet.none_chosen"))
		return
	}
	sc, ev := a.sc, a.ev
	today := a.today()
	s.generate.Disable()
	s.progress.Show()
	s.progress.Start()
	s.status.SetText(lang.L("packet.working"))
	go func() {
		doc, err := renderPacket(sc, ev, ids, today)
		fyne.Do(func() {
			s.progress.Stop()
			s.progress.Hide()
			s.generate.Enable()
			if err != nil {
				s.status.SetText(a.errText(err))
				return
			}
			a.chooseSave(a.packetFolder(), packetName(sc.Firm.Name, ev.AsOf), func(path string) { s.save(path, doc) })
		})
	}()
}

// save writes the rendered packet to path, whole or not at all.
func (s *packetScreen) save(path string, doc []byte) {
	a := s.a
	if path == "" {
		s.status.SetText(lang.L("packet.not_saved"))
		return
	}
	err := safefile.WriteAtomic(path, func(w io.Writer) error {
		_, err := w.Write(doc)
		return err
	})
	if err != nil {
		// The save dialog created the file empty; leave nothing behind.
		if fi, serr := os.Stat(path); serr == nil && fi.Size() == 0 {
			os.Remove(path)
		}
		s.status.SetText(a.errText(err))
		a.showError(err)
		return
	}
	s.file = path
	a.fy.Preferences().SetString(prefPacketFolder, filepath.Dir(path))
	s.status.SetText(lang.X("packet.done", "", map[string]any{"File": path}))
	a.status(lang.X("packet.done", "", map[string]any{"File": path}))
	s.open.Enable()
	s.folder.Enable()
}

// renderPacket builds the chosen forms and renders them as a PDF.
func renderPacket(sc *model.Scenario, ev *engine.Evaluation, ids []string, today civil.Date) ([]byte, error) {
	p, err := forms.Build(sc, ev, forms.Options{Benefits: ids, Generated: today})
	if err != nil {
		return nil, err
	}
	return pdf.Render(p)
}

// sanitize makes a firm name safe as a file name on every OS.
func sanitize(name string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < 32 {
			return '_'
		}
		return r
	}, name)
}

// fileURL is the file: URL of a local path, Chinese characters and spaces
// escaped, as the system's PDF viewer expects it.
func fileURL(path string) *url.URL {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}

func (s *packetScreen) openFile() { s.show(s.file) }

func (s *packetScreen) openFolder() { s.show(filepath.Dir(s.file)) }

// show opens path in the system's viewer; where none answers (no PDF
// reader, no desktop) it says in words where the file is instead of
// passing on the system's message.
func (s *packetScreen) show(path string) {
	a := s.a
	if s.file == "" {
		return
	}
	if err := a.openURL(fileURL(path)); err != nil {
		a.message(lang.L("packet.title"), lang.X("packet.open_failed", "", map[string]any{"File": s.file})).Show()
	}
}
