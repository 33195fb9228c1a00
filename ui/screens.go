package ui

import (
	"fyne.io/fyne/v2/theme"
)

// Screen keys, also the translation keys of their names.
const (
	scrDashboard   = "nav.dashboard"
	scrFirm        = "nav.firm"
	scrPeople      = "nav.people"
	scrPatents     = "nav.patents"
	scrRD          = "nav.rd"
	scrInvestments = "nav.investments"
	scrLoans       = "nav.loans"
	scrFees        = "nav.fees"
	scrResults     = "nav.results"
	scrWhatIf      = "nav.whatif"
	scrPacket      = "nav.packet"
	scrSettings    = "nav.settings"
)

func (a *App) makeScreens() []*screen {
	dash := &dashboard{a: a}
	firm := &firmScreen{a: a}
	results := &resultsScreen{a: a}
	whatif := &whatIfScreen{a: a}
	packet := &packetScreen{a: a}
	settings := &settingsScreen{a: a}
	a.results, a.whatif, a.packet, a.settings = results, whatif, packet, settings
	list := []*screen{
		{key: scrDashboard, icon: theme.HomeIcon(), build: dash.build, refresh: dash.refresh},
		{key: scrFirm, icon: theme.InfoIcon(), build: firm.build, refresh: firm.refresh},
	}
	a.records = map[string]*recordScreen{}
	for _, k := range recordKinds(a) {
		rs := &recordScreen{a: a, kind: k}
		a.records[k.screen] = rs
		list = append(list, &screen{key: k.screen, icon: k.icon, build: rs.build, refresh: rs.refresh})
	}
	return append(list,
		&screen{key: scrResults, icon: theme.ConfirmIcon(), build: results.build, refresh: results.refresh},
		&screen{key: scrWhatIf, icon: theme.ViewRefreshIcon(), build: whatif.build, refresh: whatif.refresh},
		&screen{key: scrPacket, icon: theme.DocumentPrintIcon(), build: packet.build, refresh: packet.refresh},
		&screen{key: scrSettings, icon: theme.SettingsIcon(), build: settings.build, refresh: settings.refresh},
	)
}
