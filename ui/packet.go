package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiqi/forms"
	"huiqi/model"
	"huiqi/model/civil"
	"huiqi/model/engine"
	"huiqi/pdf"
)

// packetScreen (申报材料): choose benefits, generate the packet off the UI
// goroutine with a progress indicator, open it in the system viewer, or
// save it elsewhere.
type packetScreen struct {
	a        *App
	choices  *widget.CheckGroup
	ids      []string // rule ids in the order of the choices
	generate *widget.Button
	progress *widget.ProgressBarInfinite
	status   *widget.Label
	open     *widget.Button
	saveAs   *widget.Button
	file     string // the last packet written
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
	s.saveAs = widget.NewButton(lang.L("packet.save_as"), s.saveFile)
	s.open.Disable()
	s.saveAs.Disable()
	s.refresh()
	return container.NewVScroll(container.NewPadded(container.NewVBox(
		heading(lang.L("packet.title")),
		wrapped(lang.L("packet.help")),
		widget.NewCard(lang.L("packet.choose"), "", s.choices),
		container.NewHBox(s.generate, s.open, s.saveAs),
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

// packetDir is where packets are written before the user saves them
// elsewhere: a folder beside the database, so they stay with the client's
// file.
func (a *App) packetDir() string {
	return filepath.Join(filepath.Dir(a.st.Path()), lang.L("file.packets"))
}

// run builds and renders the packet on a goroutine; the UI shows progress
// and is updated with fyne.Do when it is done.
func (s *packetScreen) run() {
	a := s.a
	ids := s.chosen()
	if len(ids) == 0 {
		s.status.SetText(lang.L("packet.none_chosen"))
		return
	}
	sc, ev := a.sc, a.ev
	today := a.today()
	dir := a.packetDir()
	name := fmt.Sprintf("%s %s %s.pdf", sanitize(sc.Firm.Name), lang.L("file.packet"), ev.AsOf)
	s.generate.Disable()
	s.progress.Show()
	s.progress.Start()
	s.status.SetText(lang.L("packet.working"))
	go func() {
		file, err := writePacket(sc, ev, ids, today, dir, name)
		fyne.Do(func() {
			s.progress.Stop()
			s.progress.Hide()
			s.generate.Enable()
			if err != nil {
				s.status.SetText(a.errText(err))
				return
			}
			s.file = file
			s.status.SetText(lang.X("packet.done", "", map[string]any{"File": file}))
			s.open.Enable()
			s.saveAs.Enable()
		})
	}()
}

// writePacket renders the packet into dir/name, atomically.
func writePacket(sc *model.Scenario, ev *engine.Evaluation, ids []string, today civil.Date, dir, name string) (string, error) {
	p, err := forms.Build(sc, ev, forms.Options{Benefits: ids, Generated: today})
	if err != nil {
		return "", err
	}
	doc, err := pdf.Render(p)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	file := filepath.Join(dir, name)
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, doc, 0o644); err != nil {
		return "", err
	}
	return file, os.Rename(tmp, file)
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

func (s *packetScreen) openFile() {
	if s.file == "" {
		return
	}
	if err := s.a.openURL(fileURL(s.file)); err != nil {
		s.a.showError(err)
	}
}

func (s *packetScreen) saveFile() {
	a := s.a
	if s.file == "" {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		defer w.Close()
		data, err := os.ReadFile(s.file)
		if err == nil {
			_, err = w.Write(data)
		}
		if err != nil {
			a.showError(err)
		}
	}, a.win)
	d.SetFileName(filepath.Base(s.file))
	a.showDialog(d)
}
